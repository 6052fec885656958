/**
 * Deployment data (embassy name, languages, countries with their emergency numbers, a gazetteer of
 * places where compounds are known, discreet mode per flow, the Telegram bot's cover): a validated JSON
 * file, so an embassy changes it without code.
 */
import { readFileSync } from 'node:fs';
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

const Country = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. KH'),
  /** Local time's offset from UTC, in minutes (Cambodia 420): when a person's "safe to write" hours fall. */
  utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
  names: z.array(z.string().min(2)).min(1),
  /** [south, west, north, east] in degrees: a coarse box used to guess the country of a pin. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
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

export const DeploymentSchema = z
  .object({
    embassy: z.object({
      name: Localised,
      caseIdPrefix: z.string().regex(/^[A-Z]{2,3}$/),
      /** The duty officers' local time (offset from UTC in minutes): times on case cards. */
      utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
      /** Language of the officers' desk (cards, buttons, answers to commands); default: defaultLanguage. */
      deskLanguage: z.string().optional(),
    }),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    defaultLanguage: z.string(),
    countries: z.array(Country).min(1),
    places: z.array(Place).default([]),
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
    d.places.forEach((p, i) => {
      if (!codes.has(p.country)) ctx.addIssue({ code: 'custom', path: ['places', i, 'country'], message: `unknown country ${p.country}` });
    });
  });

export type Deployment = z.infer<typeof DeploymentSchema>;
export type CountryInfo = Deployment['countries'][number];

export class DeploymentError extends Error {
  constructor(readonly file: string, problems: string[]) {
    super(`Deployment file ${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeploymentError';
  }
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
