/**
 * What links two cases about the same person, as keyed hashes (HMAC under DATA_KEY, like a person's
 * pseudonym), so no phone number, passport number, name or place is ever in Redis in clear:
 * - phone: the missing person's phone (a relative's report); the sender's WhatsApp number and any phone
 *   number they gave (a self-report);
 * - document: passport or ID number;
 * - name: normalised name + the country they went to, and normalised name + each word of their home town
 *   (flows/shared/identity.ts `placeWords`), each with a birth year for "age within ±2 years". Either kind
 *   of report gives them: the relative's answers, or the worker's own name, age and home town.
 */
import { normalizeDocument, normalizeName, normalizePhone, phoneFromWhatsApp, placeWords } from '../../flows/shared/identity.js';
import type { Sealer } from '../core/sealed.js';
import { CasePrivate } from './case-record.js';
import { openMissingPerson } from './missing-person-record.js';

export interface MatchKeys {
  phones: string[];
  documents: string[];
  /** Fuzzy keys: only when a name and an age or birth date are known, with a country or a home town. */
  names: Array<{ hash: string; birthYear: number }>;
}

/** What a report says about who the person is, in clear (never stored: only its keyed hashes are). */
export interface IdentityFacts {
  /** Phone numbers, international digits (flows/shared/identity.ts `normalizePhone`). */
  phones: string[];
  document?: string;
  name?: string;
  /** ISO code of the country they are in or went to ('' or 'other' when unknown). */
  country?: string;
  hometown?: string;
  birthYear?: number;
}

/** Ages within this many years of each other match (fuzzy). */
export const AGE_TOLERANCE_YEARS = 2;

const keyed = (sealer: Sealer, kind: string, value: string) => sealer.personId(`match:${kind}`, value);

/** The match keys of a report's facts. */
export function matchKeysFrom(facts: IdentityFacts, sealer: Sealer): MatchKeys {
  const document = facts.document ? normalizeDocument(facts.document) : undefined;
  const name = facts.name ? normalizeName(facts.name) : '';
  const country = facts.country && facts.country !== 'other' ? facts.country : '';
  const { birthYear } = facts;
  const names = name && birthYear
    ? [
      ...(country ? [`${name}|${country}`] : []),
      ...(facts.hometown ? placeWords(facts.hometown).map((w) => `${name}|town:${w}`) : []),
    ].map((value) => ({ hash: keyed(sealer, 'name', value), birthYear }))
    : [];
  return {
    phones: [...new Set(facts.phones)].map((p) => keyed(sealer, 'phone', p)),
    documents: document ? [keyed(sealer, 'doc', document)] : [],
    names,
  };
}

/** The match keys of one case hash (either kind). */
/** `callingCode`: the deployment's, for a phone number written with a national leading 0. */
export function matchKeysOf(hash: Record<string, string>, sealer: Sealer, callingCode: string): MatchKeys {
  const reportYear = new Date(Number(hash.createdAt) || Date.now()).getUTCFullYear();
  const country = hash.country ?? '';
  if (hash.kind === 'missing-person') {
    const p = openMissingPerson(hash, sealer);
    const phone = p.phone ? normalizePhone(p.phone, callingCode) : undefined;
    const birthYear = p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.age !== undefined ? reportYear - p.age : undefined;
    return matchKeysFrom({ phones: phone ? [phone] : [], document: p.document, name: p.name, country, hometown: p.hometown, birthYear }, sealer);
  }
  // A self-report: the sender's own number when they write from WhatsApp, and what they said about themselves.
  const p = CasePrivate.parse(JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`)));
  const own = p.channel === 'whatsapp' ? phoneFromWhatsApp(p.address) : undefined;
  const phones = [own, p.phone].filter((x): x is string => !!x);
  const birthYear = p.age !== undefined ? reportYear - p.age : undefined;
  return matchKeysFrom({ phones, name: p.name, country, hometown: p.hometown, birthYear }, sealer);
}
