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

/**
 * One report about the person, as the case lists it: who made it (the relative's chat, their relationship,
 * how and when to call them back) and when it began (`at`: its first answer). A case another report adds to
 * lists both, oldest first; `n` in {@link ReportedValue} is the place in this list, from 1.
 */
export const ReportEntry = z.object({
  at: z.number(),
  channel: z.string(),
  address: z.string(),
  relationship: z.string().optional(),
  contact: z.string().optional(),
  contactPhone: z.string().optional(),
  contactWhen: z.string().optional(),
  contactTimes: z.string().optional(),
});
export type ReportEntry = z.infer<typeof ReportEntry>;

/** A value one report gave for an answer about the person, with when it was given. */
export const ReportedValue = z.object({ value: z.unknown(), at: z.number(), report: z.number() });
export type ReportedValue = z.infer<typeof ReportedValue>;

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
  /** The reports this case holds, oldest first (one, until another report about the same person adds to it). */
  reports: z.array(ReportEntry).optional(),
  /**
   * With two reports or more: every different value the reports gave for each answer about the person
   * (`country` too), in report order, each with its report and time. The answer's own field holds the first.
   */
  values: z.record(z.string(), z.array(ReportedValue)).optional(),
});
export type MissingPersonPrivate = z.infer<typeof MissingPersonPrivate>;

/** When this report began: its first answer's time (the same at every update of the report), else now. */
function reportStart(ctx: MissingPersonContext, now: number): number {
  const times = Object.values(ctx.history ?? {}).flatMap((versions) => versions.map((v) => v.at));
  return times.length ? Math.min(...times) : now;
}

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
    reports: [{
      at: reportStart(ctx, opts.now),
      channel: owner.channel,
      address: owner.address,
      relationship: a.relationship,
      contact: a.contact,
      contactPhone: a.contactPhone,
      contactWhen: a.contactWhen,
      contactTimes: a.contactTimes,
    }],
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
