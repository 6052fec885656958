/**
 * Deployment data (embassy name, languages, countries with their emergency numbers, a gazetteer of
 * places where compounds are known): a validated JSON file, so an embassy changes it without code.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Localised = z.record(z.string(), z.string().min(1));

const Country = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. KH'),
  /** Local time's offset from UTC, in minutes (Cambodia 420): when a person's "safe to write" hours fall. */
  utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
  names: z.array(z.string().min(2)).min(1),
  /** [south, west, north, east] in degrees: a coarse box used to guess the country of a pin. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  emergency: z.array(z.object({ service: z.string().min(1), number: z.string().regex(/^[\d +-]{2,20}$/) })).min(1),
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
