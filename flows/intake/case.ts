/**
 * What an intake's context becomes as a case (kind `self-report`): plain fields officers' tools may list
 * (ids, urgency and its reason codes, status, language, country, indicators) and a sealed part with
 * everything that could identify or locate the person (channel address, name, location, free text, when
 * to write, the words of the alarms, every earlier value of each answer). The layout is documented in
 * docs/redis-layout.md.
 */
import { z } from 'zod';
import type { CaseOwner, CaseRecord } from '../contract.js';
import { commonCaseFields } from '../shared/case-fields.js';
import { AlarmWordsSchema, AnswerHistorySchema, RetractionWordsSchema } from '../shared/history.js';
import type { IntakeContext } from './machine.js';

/** The sealed part of a self-report. */
export const CasePrivate = z.object({
  channel: z.string(),
  address: z.string(),
  name: z.string().optional(),
  /** Age, home town and phone the person gave after their name (for matching a relative's report). */
  age: z.number().optional(),
  hometown: z.string().optional(),
  phone: z.string().optional(),
  aboutWords: z.string().optional(),
  location: z
    .union([
      z.object({ kind: z.literal('pin'), lat: z.number(), lon: z.number(), live: z.boolean() }),
      z.object({ kind: z.literal('text'), text: z.string() }),
    ])
    .optional(),
  place: z.string().optional(),
  details: z.string().optional(),
  /** How many people, in the person's own words, when they were not a plain number. */
  peopleWords: z.string().optional(),
  contact: z.string().optional(),
  contactTimes: z.string().optional(),
  /** The words of each message that raised the alarm (grade `critical`), or sounded worried (`ask`). */
  alarms: AlarmWordsSchema.optional(),
  /** The words of each message that took the report back ("I'm fine", "close my case"): recorded, never obeyed. */
  retractions: RetractionWordsSchema.optional(),
  /** Every value each answer had, oldest first: the first and the latest ones (`suspect`: may be someone else's). */
  history: AnswerHistorySchema.optional(),
});
export type CasePrivate = z.infer<typeof CasePrivate>;

/** The case for an intake's context. `createdAt` and `status` are kept by the commit script on updates. */
export function intakeCaseRecord(ctx: IntakeContext, owner: CaseOwner, opts: { now: number; intakeComplete: boolean }): CaseRecord {
  const a = ctx.answers;
  const sealed: CasePrivate = {
    channel: owner.channel,
    address: owner.address,
    name: a.name,
    age: a.age,
    hometown: a.hometown,
    phone: a.phone,
    aboutWords: a.aboutWords,
    location: a.location,
    place: a.place,
    details: a.details,
    peopleWords: a.peopleWords,
    contact: a.contact,
    contactTimes: a.contactTimes,
    alarms: a.alarms,
    retractions: a.retractions,
    history: ctx.history,
  };
  return {
    fields: {
      ...commonCaseFields(ctx, owner, { kind: 'self-report', now: opts.now, complete: opts.intakeComplete }),
      country: a.country ?? '',
      situation: a.situation.join(','),
      people: a.people ?? '',
      score: String(ctx.score ?? 0),
      dangerNow: a.dangerNow === undefined ? '' : String(a.dangerNow),
    },
    sealed,
  };
}
