/**
 * What a relative's missing-person report becomes as a case: the same hash as a self-report
 * (flows/intake/case.ts) with `kind=missing-person`, the country the person went to, the harm indicators
 * as `situation`, and (added by the core when the case opens) the keyed hash of the relative's PIN.
 * Everything that could identify or locate anyone — the relative's address, the missing person's name,
 * documents, phone, photo reference, places, what they said — is in the sealed part.
 */
import { z } from 'zod';
import type { CaseOwner, CaseRecord } from '../contract.js';
import { commonCaseFields } from '../shared/case-fields.js';
import { AlarmWordsSchema, AnswerHistorySchema, RetractionWordsSchema } from '../shared/history.js';
import type { MissingPersonContext } from './machine.js';

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
  /** What the relative typed at questions that could not read it, by question (age, lastHeard, harm…). */
  words: z.record(z.string(), z.string()).optional(),
  /** The words of each message with danger words (the relative quoting the person, or their own). */
  alarms: AlarmWordsSchema.optional(),
  /** The words of each message that took the report back ("I'm fine", "close my case"): recorded, never obeyed. */
  retractions: RetractionWordsSchema.optional(),
  /** Every value each answer had, oldest first: the first and the latest ones (`suspect`: may be someone else's). */
  history: AnswerHistorySchema.optional(),
});
export type MissingPersonPrivate = z.infer<typeof MissingPersonPrivate>;

/**
 * The case for a report's context. `createdAt` and `status` are kept by the commit script on updates.
 * `reportSent` is false for a report a silence opened before the relative sent it.
 */
export function missingPersonCaseRecord(ctx: MissingPersonContext, owner: CaseOwner, opts: { now: number; reportSent: boolean }): CaseRecord {
  const a = ctx.answers;
  const sealed: MissingPersonPrivate = {
    channel: owner.channel,
    address: owner.address,
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
    words: a.words,
    alarms: a.alarms,
    retractions: a.retractions,
    history: ctx.history,
  };
  return {
    fields: {
      ...commonCaseFields(ctx, owner, { kind: 'missing-person', now: opts.now, complete: opts.reportSent }),
      country: a.country ?? '',
      situation: a.harm.join(','),
      people: '',
      score: String(ctx.score ?? 0),
      dangerNow: '',
      // Discreet mode as the relative chose it or an alarm set it ('' the deployment's default): the relay
      // gives a relative at home their answers as they asked, but keeps a discreet chat's to the worker's rules.
      discreet: ctx.discreet === undefined ? '' : ctx.discreet ? '1' : '0',
    },
    sealed,
  };
}
