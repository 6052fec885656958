/**
 * What links two cases about the same person, as keyed hashes (HMAC under DATA_KEY, like a person's
 * pseudonym), so no phone number, passport number or name is ever in Redis in clear:
 * - phone: the missing person's phone (a relative's report) or the sender's WhatsApp number (a self-report);
 * - document: passport or ID number;
 * - name: normalised name + the country they went to, with a birth year for "age within ±2 years".
 */
import { normalizeDocument, normalizeName, normalizePhone, phoneFromWhatsApp } from '../../flows/shared/identity.js';
import type { Sealer } from '../core/sealed.js';
import { CasePrivate } from './case-record.js';
import { openMissingPerson } from './missing-person-record.js';

export interface MatchKeys {
  phones: string[];
  documents: string[];
  /** Fuzzy key: only when name, country and an age or birth date are all known. */
  name?: { hash: string; birthYear: number };
}

/** Ages within this many years of each other match (fuzzy). */
export const AGE_TOLERANCE_YEARS = 2;

const keyed = (sealer: Sealer, kind: string, value: string) => sealer.personId(`match:${kind}`, value);

/** The match keys of one case hash (either kind). */
export function matchKeysOf(hash: Record<string, string>, sealer: Sealer): MatchKeys {
  if (hash.kind === 'missing-person') {
    const p = openMissingPerson(hash, sealer);
    const phone = p.phone ? normalizePhone(p.phone) : undefined;
    const document = p.document ? normalizeDocument(p.document) : undefined;
    const name = p.name ? normalizeName(p.name) : '';
    const country = hash.country && hash.country !== 'other' ? hash.country : '';
    const reportYear = new Date(Number(hash.createdAt) || Date.now()).getUTCFullYear();
    const birthYear = p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.age !== undefined ? reportYear - p.age : undefined;
    return {
      phones: phone ? [keyed(sealer, 'phone', phone)] : [],
      documents: document ? [keyed(sealer, 'doc', document)] : [],
      name: name && country && birthYear ? { hash: keyed(sealer, 'name', `${name}|${country}`), birthYear } : undefined,
    };
  }
  // A self-report: the sender's own number when they write from WhatsApp.
  const p = CasePrivate.parse(JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`)));
  const phone = p.channel === 'whatsapp' ? phoneFromWhatsApp(p.address) : undefined;
  return { phones: phone ? [keyed(sealer, 'phone', phone)] : [], documents: [] };
}
