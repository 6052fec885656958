/**
 * The other side of a case's links, as its card shows them: for each linked or possibly linked case, its id,
 * kind, status, how it is linked, and the key facts about the person that officers already see on that
 * case's own card (name, age, home town, country; for a relative's report, who reported). Read from the
 * other case's hash, sealed part opened here and never stored or logged.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Sealer } from '../core/sealed.js';
import type { Keys } from '../redis/keys.js';
import { CasePrivate } from './case-record.js';
import { openMissingPerson } from './missing-person-record.js';
import { caseSealer } from './case-keys.js';

/** How two cases are linked: an officer confirmed it, the linker found the same phone or document, or it may be. */
export type LinkKind = 'confirmed' | 'exact' | 'possible';

export interface LinkedCase {
  id: string;
  link: LinkKind;
  kind: string;
  status: string;
  name?: string;
  age?: number;
  hometown?: string;
  country?: string;
  /** A relative's report: who the relative is to the person, in their words. */
  relationship?: string;
}

/** At most this many linked cases are read for one card (the card lists the ids of any more). */
export const LINKED_SHOWN = 6;

const list = (s: string | null | undefined) => (s ? s.split(',').filter(Boolean) : []);

/** The key facts of one case hash, whichever its kind; undefined when the case no longer exists. */
function factsOf(hash: Record<string, string>, sealer: Sealer): Omit<LinkedCase, 'link'> | undefined {
  if (!hash.id) return undefined;
  const base = { id: hash.id, kind: hash.kind ?? 'self-report', status: hash.status ?? 'new', country: hash.country && hash.country !== 'other' ? hash.country : undefined };
  if (hash.kind === 'missing-person') {
    const p = openMissingPerson(hash, sealer);
    const reportYear = new Date(Number(hash.createdAt) || Date.now()).getUTCFullYear();
    const age = p.age ?? (p.birthDate ? reportYear - Number(p.birthDate.slice(0, 4)) : undefined);
    return { ...base, name: p.name, age, hometown: p.hometown, relationship: p.relationship };
  }
  const p = CasePrivate.parse(JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`)));
  return { ...base, name: p.name, age: p.age, hometown: p.hometown };
}

/** The cases linked to `caseId`: confirmed ones first, then exact, then possible (at most {@link LINKED_SHOWN}). */
export async function linkedCases(deps: { redis: Redis; keys: Keys; sealer: Sealer }, caseId: string): Promise<LinkedCase[]> {
  const { redis, keys, sealer } = deps;
  const [links, possible, confirmed] = await redis.hmget(keys.case(caseId), 'links', 'possibleLinks', 'confirmedLinks');
  const sure = new Set(list(confirmed));
  const wanted: Array<{ id: string; link: LinkKind }> = [
    ...list(links).filter((id) => sure.has(id)).map((id) => ({ id, link: 'confirmed' as const })),
    ...list(links).filter((id) => !sure.has(id)).map((id) => ({ id, link: 'exact' as const })),
    ...list(possible).map((id) => ({ id, link: 'possible' as const })),
  ].slice(0, LINKED_SHOWN);
  if (wanted.length === 0) return [];
  const p = redis.pipeline();
  for (const w of wanted) p.hgetall(keys.case(w.id));
  const [hashes, sealers] = await Promise.all([p.exec().then((r) => r ?? []), Promise.all(wanted.map((w) => caseSealer({ redis, keys, sealer }, w.id)))]);
  return wanted.flatMap((w, i) => {
    const [err, hash] = hashes[i]!;
    if (err) throw err;
    const facts = factsOf(hash as Record<string, string>, sealers[i]!);
    return facts ? [{ ...facts, link: w.link }] : [];
  });
}
