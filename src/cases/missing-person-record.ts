/**
 * A missing-person case as stored in Redis: the same hash as a self-report (src/cases/case-record.ts),
 * with `kind=missing-person`, the country the person went to, the harm indicators as `situation`, and the
 * keyed hash of the relative's PIN. Everything that could identify or locate anyone — the relative's
 * address, the missing person's name, documents, phone, photo reference, places, what they said — is in
 * the sealed field.
 */
import { z } from 'zod';
import type { MissingPersonContext } from '../../flows/missing-person/machine.js';
import type { Sealer } from '../core/sealed.js';

/** The sealed part of a missing-person case. `channel` and `address` are the relative's. */
export const MissingPersonPrivate = z.object({
  channel: z.string(),
  address: z.string(),
  relationship: z.string().optional(),
  name: z.string().optional(),
  age: z.number().optional(),
  birthDate: z.string().optional(),
  sex: z.string().optional(),
  hometown: z.string().optional(),
  document: z.string().optional(),
  phone: z.string().optional(),
  lastHeard: z.string().optional(),
  lastMessage: z.string().optional(),
  city: z.string().optional(),
  company: z.string().optional(),
  job: z.string().optional(),
  recruiter: z.string().optional(),
  /** The channel's reference to the photo (on `channel`); the file itself is not downloaded. */
  photo: z.object({ media: z.string(), fileRef: z.string() }).optional(),
  contact: z.string().optional(),
  contactPhone: z.string().optional(),
  contactWhen: z.string().optional(),
  contactTimes: z.string().optional(),
  notes: z.string().optional(),
});
export type MissingPersonPrivate = z.infer<typeof MissingPersonPrivate>;

/** Opens the sealed field of a missing-person case hash. */
export function openMissingPerson(hash: Record<string, string>, sealer: Sealer): MissingPersonPrivate {
  return MissingPersonPrivate.parse(JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`)));
}

/**
 * The hash fields of a missing-person case from the flow's context. `pinHash` only when the case opens
 * (updates keep it); `createdAt` and `status` are kept by the commit script on updates.
 */
export function missingPersonCaseFields(
  ctx: MissingPersonContext,
  who: { personId: string; channel: string; address: string },
  opts: { now: number; sealer: Sealer; pinHash?: string },
): Record<string, string> {
  const a = ctx.answers;
  const sealed: MissingPersonPrivate = {
    channel: who.channel,
    address: who.address,
    relationship: a.relationship,
    name: a.name,
    age: a.age,
    birthDate: a.birthDate,
    sex: a.sex,
    hometown: a.hometown,
    document: a.document,
    phone: a.phone,
    lastHeard: a.lastHeard,
    lastMessage: a.lastMessage,
    city: a.city,
    company: a.company,
    job: a.job,
    recruiter: a.recruiter,
    photo: a.photo,
    contact: a.contact,
    contactPhone: a.contactPhone,
    contactWhen: a.contactWhen,
    contactTimes: a.contactTimes,
    notes: a.notes,
  };
  return {
    id: ctx.caseId ?? '',
    kind: 'missing-person',
    urgency: ctx.urgency ?? 'normal',
    reasons: ctx.reasons.join(','),
    status: 'new',
    lang: ctx.lang,
    channel: who.channel,
    person: who.personId,
    country: a.country ?? '',
    situation: a.harm.join(','),
    people: '',
    dangerNow: '',
    intakeComplete: '1',
    createdAt: String(opts.now),
    updatedAt: String(opts.now),
    sealed: opts.sealer.seal(JSON.stringify(sealed)).toString('base64'),
    ...(opts.pinHash ? { pinHash: opts.pinHash } : {}),
  };
}
