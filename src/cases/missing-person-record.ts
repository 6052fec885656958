/**
 * Reading a missing-person case's sealed part (the relative's report, written by
 * flows/missing-person/case.ts), for the linker and the officers' tools.
 */
import { MissingPersonPrivate } from '../../flows/missing-person/case.js';
import type { Sealer } from '../core/sealed.js';

export { MissingPersonPrivate };

/** Opens the sealed field of a missing-person case hash. */
export function openMissingPerson(hash: Record<string, string>, sealer: Sealer): MissingPersonPrivate {
  return MissingPersonPrivate.parse(JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`)));
}
