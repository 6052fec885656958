/**
 * Deployment data (embassy name, languages, countries with their emergency numbers, a gazetteer of
 * places where compounds are known, discreet mode per flow, the Telegram bot's cover, the embassy's own
 * hotline numbers and the other embassies it knows): a validated JSON file, so an embassy changes it
 * without code. Every embassy's file is in deployments/ (`--deployment <name>`, `DEPLOYMENT=<name>`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

const Localised = z.record(z.string(), z.string().min(1));
/** A text per language, each at most `max` characters (Telegram's limits for the bot's profile). */
const LocalisedUpTo = (max: number) => z.record(z.string(), z.string().min(1).max(max));

const Emergency = z.object({
  service: z.string().min(1),
  number: z.string().regex(/^[\d +-]{2,20}$/),
  /**
   * Its name gives away why the person wrote (an anti-trafficking hotline): in discreet mode it is not
   * left on the person's screen (police and ambulance numbers are).
   */
  revealing: z.boolean().default(false),
});

/**
 * A phone number given to a person. A wrong number can harm them (it reaches nobody, or the wrong people):
 * `verified: false` marks one the embassy has not confirmed, which is never shown to a person and makes
 * the start warn until the embassy confirms it.
 */
const Phone = z.object({
  number: z.string().regex(/^\+?[\d -]{3,20}$/, 'digits, spaces and "-", with an optional leading "+"'),
  verified: z.boolean(),
});

/** Another country's embassy the hotline points a person to who is not this embassy's citizen. */
const OtherEmbassy = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. PH'),
  /** Languages its citizens write in (codes of locales/): a person writing in one of them is pointed here. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  /** Its name per language (the person's language, else English, else the first). */
  name: Localised,
  phone: Phone.optional(),
});

const Box = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180)]);

const Country = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. KH'),
  /** Local time's offset from UTC, in minutes (Cambodia 420): when a person's "safe to write" hours fall. */
  utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
  names: z.array(z.string().min(2)).min(1),
  /**
   * [south, west, north, east] in degrees: a coarse box used to guess the country of a pin; or several
   * boxes, for a country that one box would not fit without covering its neighbours (Vietnam's covers Cambodia).
   */
  bbox: z.union([Box, z.array(Box).min(1)]),
  emergency: z.array(Emergency).min(1),
});

const Place = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radiusKm: z.number().positive(),
});

/**
 * A known compound (a guarded building or site where people are held), for the web desk's map and rescue
 * requests: a case whose pin is within `radiusKm` of it is grouped with it. Coordinates come from public
 * reporting and are `approximate` unless the embassy has confirmed them.
 */
const Compound = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-", e.g. kk-park'),
  name: z.string().min(2),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radiusKm: z.number().positive().default(2),
  approximate: z.boolean().default(true),
});

export const DeploymentSchema = z
  .object({
    embassy: z.object({
      name: Localised,
      caseIdPrefix: z.string().regex(/^[A-Z]{2,3}$/),
      /** The duty officers' local time (offset from UTC in minutes): times on case cards. */
      utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
      /** Language of the officers' desk (cards, buttons, answers to commands); default: defaultLanguage. */
      deskLanguage: z.string().optional(),
      /**
       * Whose embassy this is: the citizens' country and the languages they write in. A person writing in
       * another language is told whose hotline this is, and that an SOS still reaches its officers.
       */
      citizens: z.object({ country: z.string().regex(/^[A-Z]{2}$/), languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1) }),
      /** The calling code assumed for a phone number written with a national leading 0 ("0812…" → 62812…). */
      callingCode: z.string().regex(/^[1-9]\d{0,2}$/, 'the country calling code without "+", e.g. 62'),
      /** The embassy's own hotline numbers (for citizens in trouble). */
      hotlines: z.array(Phone).default([]),
    }),
    /** The country the embassy is in (one of `countries`): its emergency numbers come first. */
    host: z.string().regex(/^[A-Z]{2}$/),
    /** Other embassies in the host country, for a person who is not this embassy's citizen. */
    embassies: z.array(OtherEmbassy).default([]),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    defaultLanguage: z.string(),
    countries: z.array(Country).min(1),
    places: z.array(Place).default([]),
    /** Known compounds, for the web desk's map and rescue requests (src/web/extras/). */
    compounds: z.array(Compound).default([]),
    /**
     * Discreet mode's default per flow (by the flow's name, flows/index.ts): true for a person who may be
     * watched (the intake), false for a relative at home (missing-person), who then keeps their case number
     * on screen. A flow not named is discreet. The person switches it with /discreet.
     */
    discreet: z.record(z.string(), z.boolean()).default({}),
    /**
     * What the Telegram bot shows of itself, per language (the first language also for everyone else):
     * `name` (≤ 64 characters), `description` (the empty chat's "What can this bot do?", ≤ 512) and
     * `about` (the profile's short description, ≤ 120). Set through the Bot API at start when given, only
     * where it differs; unset, whatever BotFather has stays. Nothing in it should name the embassy.
     */
    cover: z
      .object({ name: LocalisedUpTo(64).optional(), description: LocalisedUpTo(512).optional(), about: LocalisedUpTo(120).optional() })
      .optional(),
  })
  .superRefine((d, ctx) => {
    if (d.embassy.deskLanguage && !d.languages.includes(d.embassy.deskLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['embassy', 'deskLanguage'], message: `must be one of languages (${d.languages.join(', ')})` });
    }
    if (!d.languages.includes(d.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: `must be one of languages (${d.languages.join(', ')})` });
    }
    const codes = new Set(d.countries.map((c) => c.code));
    if (!codes.has(d.host)) ctx.addIssue({ code: 'custom', path: ['host'], message: `must be one of countries (${[...codes].join(', ')})` });
    d.places.forEach((p, i) => {
      if (!codes.has(p.country)) ctx.addIssue({ code: 'custom', path: ['places', i, 'country'], message: `unknown country ${p.country}` });
    });
    const seen = new Set<string>();
    d.compounds.forEach((c, i) => {
      if (!codes.has(c.country)) ctx.addIssue({ code: 'custom', path: ['compounds', i, 'country'], message: `unknown country ${c.country}` });
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['compounds', i, 'id'], message: `id ${c.id} given twice` });
      seen.add(c.id);
    });
  });

export type Deployment = z.infer<typeof DeploymentSchema>;
export type CountryInfo = Deployment['countries'][number];
export type CompoundInfo = Deployment['compounds'][number];

export class DeploymentError extends Error {
  constructor(readonly file: string, problems: string[]) {
    super(`Deployment file ${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeploymentError';
  }
}

/**
 * What the embassy must confirm before a person is shown a number: one line per number not verified
 * (`deployment X: hotline number not verified`). Start-up logs them as warnings.
 */
export function deploymentWarnings(d: Deployment, name: string): string[] {
  const warnings: string[] = [];
  for (const h of d.embassy.hotlines) if (!h.verified) warnings.push(`deployment ${name}: hotline number not verified`);
  for (const e of d.embassies) if (e.phone && !e.phone.verified) warnings.push(`deployment ${name}: number of the ${e.country} embassy not verified`);
  return warnings;
}

/** The embassy's name in `lang`, else English, else the first given. */
export function localisedName(names: Record<string, string>, lang: string): string {
  return names[lang] ?? names.en ?? Object.values(names)[0] ?? '';
}

/** The deployments in `dir` (deployments/), by name: `<name>.json`. */
export function knownDeployments(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')).sort();
}

/** The file of deployment `name` in `dir`, or undefined when there is none. */
export function deploymentFileOf(dir: string, name: string): string | undefined {
  return knownDeployments(dir).includes(name) ? join(dir, `${name}.json`) : undefined;
}

export function loadDeployment(file: string): Deployment {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DeploymentError(file, [`cannot read it as JSON: ${(err as Error).message}`]);
  }
  const parsed = DeploymentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DeploymentError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
