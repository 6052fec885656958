/**
 * The missing-person flow: a relative at home reports someone who went abroad for a job and fell silent.
 * Relationship; the person (name, age or birth date, sex, home town, passport or ID, phone or Telegram);
 * when they were last heard from and what they said; where they went (country, city, company, job,
 * recruiter); a photo; whether they said they are held, hurt, threatened or sold; how and when to reach
 * the relative. Then a summary to confirm, a case number and a PIN. It also answers status checks
 * (case number + PIN) for relatives coming back.
 *
 * Pure: no I/O. Effects are named actions the runtime carries out:
 * - `ask`, `say` { key, pin? }, `openCase` { pin }, `updateCase`, `forward`: as in the intake;
 * - `checkReport`: "does this relative already have an open report about this person?" — the runtime
 *   answers at once with REPORT_CHECKED, in the same message's processing;
 * - `forgotPin` { caseId }: the relative forgot the PIN; the runtime tells the officers and answers with
 *   STATUS_RESULT `forgotten`;
 * - `checkStatus` { caseId, pin }: the runtime verifies the PIN (with its attempt limits) and answers with
 *   STATUS_RESULT. The PIN travels only in action params and events, never in the context;
 * - `switchFlow` { flow, entry }: continue in another flow (the intake, for someone reporting themselves);
 * - `alarm`: danger words in what the relative wrote (a finished case is reopened); discreet mode goes on.
 * `/discreet` (`DISCREET`) switches discreet mode over at any step (flows/shared/discreet.ts). In discreet
 * mode the case number and PIN are shown once in a transient message of their own (deleted once the
 * relative writes again), never in the lasting "sent" message.
 * Every change of an answer is kept as a version (flows/shared/history.ts). A report left for the
 * silence time (`SILENCE`) once it names the person opens a case silently, without a PIN: the relative
 * gets the PIN when they send the report (the open case is updated, not opened again).
 * With a case open, a retraction ("close my case", "sudah ketemu"…) is recorded, flagged and answered
 * neutrally, never obeyed, and changes after a long silence are flagged; a report made again after
 * `/restart` that adds to the same case has its answers flagged `restart` (flows/shared/suspect.ts).
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import { mentionsTime, readAnswer, readChoices, readLanguageName, saysSkip } from '../shared/answers.js';
import { parseAge, parseLastHeard, type PartialDate } from '../shared/dates.js';
import { isDiscreet } from '../shared/discreet.js';
import { flagVersions, withAlarm, withRetraction, withVersions, type AlarmWords, type AnswerHistory, type RetractionWords } from '../shared/history.js';
import { normalizePhone, normalizeTelegramHandle, saysItIsMe } from '../shared/identity.js';
import type { CarriedOver, FlowDeps, StatusResult, SuspectReason } from '../contract.js';
import { languageOfChoice } from '../shared/prompts.js';
import { suspectOf, type SuspectEvent } from '../shared/suspect.js';
import { cleanText, hasWords, isNonLatinOnly, writtenInLatin } from '../shared/text.js';
import { harmIndicators, triageMissingPerson, type Urgency } from '../shared/triage.js';
import type { DangerSubject } from '../shared/whose-danger.js';
import { missingPersonMeanings, type MissingPersonMeaningStep } from './answers.js';

/** Caps on what a relative can type into each answer, in characters. */
export const mpLimits = { short: 100, name: 80, document: 40, phone: 60, place: 200, lastMessage: 1000, notes: 2000, times: 200, words: 500 } as const;

export interface MissingPersonMeta {
  /** When the message was sent (ms since epoch). */
  at: number;
  /** A fresh case id the flow takes if this event opens a case. */
  newCaseId: string;
  /** A fresh 6-digit PIN, drawn by the runtime only if the flow reads it. */
  newPin?: string;
  /** The channel's guess of the person's language. */
  languageHint?: string;
  /** The sender's own phone number (international digits), when the channel tells it (WhatsApp). */
  senderPhone?: string;
  /** The language the message's own words are written in (src/i18n/detect.ts, by their script or words), if it could tell. */
  wroteIn?: string;
  /** How long the relative had been silent before this message (ms). */
  quietMs?: number;
}

/** Results of a status check, as the runtime reports them. `no-match` covers an unknown case number too. */
export { statusResults, type StatusResult } from '../contract.js';

export type MissingPersonEvent =
  | { type: 'BEGIN'; entry: 'report' | 'status'; lang: string; prompt: number; discreet?: boolean; suspect?: SuspectReason; carried?: CarriedOver; meta: MissingPersonMeta }
  /** `/discreet`: discreet mode switched over. */
  | { type: 'DISCREET'; meta: MissingPersonMeta }
  | { type: 'TEXT'; text: string; meta: MissingPersonMeta }
  | { type: 'CHOICE'; choice: string; meta: MissingPersonMeta }
  | { type: 'LOCATION'; lat: number; lon: number; live: boolean; meta: MissingPersonMeta }
  | { type: 'LIVE_LOCATION'; lat: number; lon: number; meta: MissingPersonMeta }
  | { type: 'MEDIA'; media: string; fileRef?: string; caption?: string; meta: MissingPersonMeta }
  | { type: 'STALE'; meta: MissingPersonMeta }
  | { type: 'START'; meta: MissingPersonMeta }
  | { type: 'HELP'; meta: MissingPersonMeta }
  | { type: 'LANGUAGE'; meta: MissingPersonMeta }
  | { type: 'RESTART'; meta: MissingPersonMeta }
  | { type: 'REPORT_CHECKED'; existingCaseId?: string; meta: MissingPersonMeta }
  | { type: 'STATUS_RESULT'; result: StatusResult; meta: MissingPersonMeta }
  /** Nothing written for the deployment's silence time in the middle of a report (sent by the core). */
  | { type: 'SILENCE'; meta: MissingPersonMeta }
  /** Made by the flow's step (flows/shared/suspect.ts): back after a long silence; a retraction. */
  | SuspectEvent<MissingPersonMeta>
  /** The sender's duress word (recognised by the core): they are the one in danger. */
  | { type: 'DURESS'; meta: MissingPersonMeta }
  /**
   * Made by the flow's step before a text with danger words (flows/missing-person/danger.ts): whose danger
   * it reads as. The writer's own: the conversation goes to the intake; someone else's, or unsure: the
   * report's urgency rises, and the text is then heard as an answer as usual.
   */
  | { type: 'DANGER'; text: string; about: DangerSubject; meta: MissingPersonMeta };

export interface MissingPersonAnswers {
  /** A relationship choice id, or what the relative typed. */
  relationship?: string;
  name?: string;
  age?: number;
  birthDate?: PartialDate;
  sex?: 'female' | 'male';
  hometown?: string;
  document?: string;
  /** Phone number or Telegram username, as typed (cleaned). */
  phone?: string;
  lastHeard?: PartialDate;
  lastMessage?: string;
  /** ISO code of the country they went to, or 'other'. */
  country?: string;
  city?: string;
  company?: string;
  job?: string;
  recruiter?: string;
  /** The channel's reference to a photo of the person (the file itself is not downloaded). */
  photo?: { media: string; fileRef: string };
  harm: string[];
  dangerWords?: boolean;
  contact?: 'this-chat' | 'phone';
  contactPhone?: string;
  contactWhen?: 'anytime' | 'times';
  contactTimes?: string;
  /** What the relative added after sending the report. */
  notes?: string;
  /**
   * What the relative typed at a question whose answer could not be read twice running ("umurnya sekitar
   * dua puluhan"), by question: kept for the officers, and the question moved on.
   */
  words?: Record<string, string>;
  /** The words of the messages that had danger words (as the relative quoted or wrote them). */
  alarms?: AlarmWords[];
  /** The words of messages that took the report back ("close my case"): recorded, not obeyed. */
  retractions?: RetractionWords[];
}

export interface MissingPersonContext {
  lang: string;
  prompt: number;
  /** State to go back to after choosing a language, or after "no, it is not me". */
  resume?: string;
  /** Answering from the summary's "change" menu: back to the summary at the end of the group. */
  editing: boolean;
  /** The relative said the report is not about themselves: do not ask again. */
  notSelf?: boolean;
  /** Answers to the question on screen that it could not use (reset with each new question). */
  misses?: number;
  caseId?: string;
  urgency?: Urgency;
  reasons: string[];
  /** How many of held, hurt, threatened, sold triage counted. */
  score?: number;
  answers: MissingPersonAnswers;
  /** Every value each answer had, oldest first (capped: the first and the latest). */
  history?: AnswerHistory;
  /** A silence opened the case before the report was sent: answers until then are marked `silence`. */
  answerMark?: 'silence';
  /** The case number being checked (status check). */
  statusCaseId?: string;
  /** Discreet mode as chosen with `/discreet` (or in the intake before) or set by an alarm; undefined: the deployment's default. */
  discreet?: boolean;
  /** Back after a long silence mid-report (a silence opened the case): later changes flagged until it is sent. */
  suspect?: SuspectReason;
  /**
   * This report was started again after `/restart` with a case open (`restart`): if it adds to that same
   * case, its answers are flagged. Carried through the intake's menu.
   */
  carried?: SuspectReason;
}

/**
 * What the report is built from: the deployment's languages, countries and places, the danger matcher, and
 * whether the report is discreet by default (default true; a deployment usually turns it off here).
 */
export type MissingPersonDeps = FlowDeps & { discreetByDefault?: boolean };

export const mpChoiceIds = {
  skip: 'skip',
  done: 'done',
  confirm: 'confirm',
  change: 'change',
  back: 'back',
  other: 'other',
  myself: 'myself',
  someoneElse: 'someone-else',
  checkStatus: 'status',
  checkAgain: 'check-again',
  newReport: 'new-report',
  forgotPin: 'forgot-pin',
} as const;

export const relationships = ['parent', 'child', 'sibling', 'spouse', 'relative', 'friend'] as const;
export const sexes = ['female', 'male'] as const;
export const contactWays = ['this-chat', 'phone'] as const;
export const contactWhens = ['anytime', 'times'] as const;
export const editGroups = ['person', 'last-heard', 'where', 'photo', 'harm', 'contact'] as const;

/** Free-text questions: the answer field, its cap, and whether it can be skipped. */
const textSteps = {
  name: { field: 'name', max: mpLimits.name, skip: false },
  hometown: { field: 'hometown', max: mpLimits.place, skip: true },
  document: { field: 'document', max: mpLimits.document, skip: true },
  lastMessage: { field: 'lastMessage', max: mpLimits.lastMessage, skip: true },
  city: { field: 'city', max: mpLimits.place, skip: true },
  company: { field: 'company', max: mpLimits.place, skip: true },
  job: { field: 'job', max: mpLimits.place, skip: true },
  recruiter: { field: 'recruiter', max: mpLimits.place, skip: true },
  contactPhone: { field: 'contactPhone', max: mpLimits.phone, skip: false },
  contactTimes: { field: 'contactTimes', max: mpLimits.times, skip: false },
} as const;
type TextStep = keyof typeof textSteps;

/** The order of the report's questions, and where each edit group starts and ends. */
const order = ['relationship', 'name', 'age', 'sex', 'hometown', 'document', 'phone', 'lastHeard', 'lastMessage', 'country', 'city', 'company', 'job', 'recruiter', 'photo', 'harm', 'contact', 'contactPhone', 'contactWhen', 'contactTimes', 'summary'] as const;
type Step = (typeof order)[number];
const groupStart: Record<(typeof editGroups)[number], Step> = { person: 'relationship', 'last-heard': 'lastHeard', where: 'country', photo: 'photo', harm: 'harm', contact: 'contact' };
const groupEnds: readonly Step[] = ['phone', 'lastMessage', 'recruiter', 'photo', 'harm'];

/** Question states (each asks on entry). */
export const mpQuestions = [...order, 'chooseLanguage', 'isSelf', 'editMenu', 'statusCase', 'statusPin', 'statusShown'] as const;
/** States the language menu can come back to. */
const resumable = [...mpQuestions.filter((q) => q !== 'chooseLanguage'), 'done'] as const;
/** States "no, it is not me" can continue at. */
const afterSelfCheck = ['relationship', 'name', 'lastHeard', 'summary'] as const;

/** A case number as typed ("kh 4f7q", "KH-4F7Q"), in its stored form, or undefined. */
export function normalizeCaseId(text: string): string | undefined {
  const m = /^([A-Z]{2,4})-?([2-9A-HJ-NP-Z]{4})$/.exec(text.trim().toUpperCase().replace(/[\s.]/g, ''));
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/**
 * What the relative's flow had, one line per answer as typed ("name: Siti", "words.age: dua puluhan"), and
 * the report's case number if one is open: handed over when the conversation goes to the intake.
 */
function answeredSoFar(ctx: MissingPersonContext): string | undefined {
  const { harm, words, alarms: _alarms, retractions: _retractions, dangerWords: _dangerWords, photo, ...rest } = ctx.answers;
  const lines = [
    ...(ctx.caseId ? [`missing-person report: ${ctx.caseId}`] : []),
    ...Object.entries(rest).flatMap(([field, value]) => (value === undefined ? [] : [`${field}: ${String(value)}`])),
    ...(harm.length > 0 ? [`harm: ${harm.join(', ')}`] : []),
    ...(photo ? ['photo: sent'] : []),
    ...Object.entries(words ?? {}).map(([step, text]) => `words.${step}: ${text}`),
  ];
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function emptyAnswers(): MissingPersonAnswers {
  return { harm: [] };
}

/** Answers with no history of their own: texts that only grow, and flags the flow derives. */
const unversioned = ['notes', 'alarms', 'dangerWords', 'retractions'] as const;

export function createMissingPersonMachine(deps: MissingPersonDeps) {
  const discreetByDefault = deps.discreetByDefault ?? true;
  const chosenLanguage = (event: MissingPersonEvent): string | undefined =>
    event.type === 'CHOICE' ? languageOfChoice(event.choice, deps.languages) : event.type === 'TEXT' ? readLanguageName(event.text, deps.languages) : undefined;
  /** What a typed text means at `step`, as the id of the button it stands for. */
  const typedAnswer = (step: MissingPersonMeaningStep, event: MissingPersonEvent, lang: string): string | undefined =>
    event.type === 'TEXT' ? readAnswer<string>(event.text, lang, missingPersonMeanings[step]) : undefined;
  /** Harm indicators a typed list of numbers ticks ("1 2", "1-3", "semua"): the buttons by number. */
  const typedHarm = (event: MissingPersonEvent, lang: string): string[] | undefined =>
    event.type === 'TEXT' ? readChoices(event.text, lang, harmIndicators.length + 1)?.flatMap((n) => harmIndicators[n - 1] ?? []) : undefined; // the last button is "done"

  const typed = (event: MissingPersonEvent) => (event.type === 'TEXT' ? event.text : '');
  const phoneOf = (text: string) => normalizePhone(text, deps.callingCode) ?? undefined;

  const base = setup({
    types: { context: {} as MissingPersonContext, events: {} as MissingPersonEvent },
    actions: {
      ask: (_, _params: { replace?: boolean }) => {},
      /** `transient`: deleted once the relative answers. */
      say: (_, _params: { key: string; all?: boolean; pin?: string; transient?: boolean }) => {},
      openCase: (_, _params: { pin: string }) => {},
      /** `pin`: the relative's PIN for a case a silence opened before they had one. */
      updateCase: (_, _params: { pin?: string }) => {},
      forward: () => {},
      /** Runtime: this message may be someone else's; its copy to the officers is flagged. */
      flag: (_, _params: { reason: SuspectReason }) => {},
      /** Runtime: the relative wrote danger words (a finished case is reopened). */
      alarm: () => {},
      /** Runtime: does this relative already have an open report about this person? Answers REPORT_CHECKED. */
      checkReport: () => {},
      /** Runtime: verify the PIN of a case (attempt-limited). Answers STATUS_RESULT. */
      checkStatus: (_, _params: { caseId: string; pin: string }) => {},
      /** Runtime: the relative forgot the PIN of a case; the officers are told. Answers STATUS_RESULT `forgotten`. */
      forgotPin: (_, _params: { caseId: string }) => {},
      /** Runtime: continue the conversation in another flow. */
      switchFlow: (_, _params: { flow: string; entry: string; suspect?: SuspectReason; carried?: CarriedOver }) => {},
      nextPrompt: assign({ prompt: ({ context }) => context.prompt + 1, misses: 0 }),
      /** One more answer the question on screen could not use. */
      countMiss: assign({ misses: ({ context }) => (context.misses ?? 0) + 1 }),
      setChosenLanguage: assign({ lang: ({ context, event }) => chosenLanguage(event) ?? context.lang }),
      /** `/discreet`: on if it was off, off if it was on. */
      toggleDiscreet: assign({ discreet: ({ context }) => !isDiscreet(context, discreetByDefault) }),
      /** Back after a long silence in the middle of a report: what follows is flagged until it is sent. */
      markAfterSilence: assign({ suspect: ({ context }) => (context.answerMark === 'silence' ? (context.suspect ?? 'after-silence') : context.suspect) }),
      /** The words of a retraction, kept with their time. */
      noteRetraction: assign({
        answers: ({ context, event }) =>
          event.type === 'RETRACTION' ? { ...context.answers, retractions: withRetraction(context.answers.retractions, event.text, event.meta.at) } : context.answers,
      }),
      retriage: assign(({ context }) => {
        const a = context.answers;
        const result = triageMissingPerson(
          { harm: a.harm, age: a.age, dangerWords: a.dangerWords },
          context.urgency ? { urgency: context.urgency, reasons: context.reasons } : undefined,
        );
        return { urgency: result.urgency, reasons: result.reasons, score: result.score };
      }),
    },
    guards: {
      choseLanguage: ({ event }) => chosenLanguage(event) !== undefined,
      choseLanguageToResume: ({ context, event }, params: { state: string }) => context.resume === params.state && chosenLanguage(event) !== undefined,
      resumeIs: ({ context }, params: { state: string }) => context.resume === params.state,
      editing: ({ context }) => context.editing,
      hasWords: ({ event }) => event.type === 'TEXT' && hasWords(event.text),
      // A script we do not read; words in the conversation's own language (Thai in a Thai conversation) are read.
      nonLatin: ({ context, event }) => event.type === 'TEXT' && isNonLatinOnly(event.text) && !(context.lang && (event.meta.wroteIn === context.lang || (event.meta.wroteIn === undefined && !writtenInLatin(context.lang)))),
      chose: ({ event }, params: { id: string }) => event.type === 'CHOICE' && event.choice === params.id,
      choseOneOf: ({ event }, params: { ids: readonly string[] }) => event.type === 'CHOICE' && params.ids.includes(event.choice),
      entryIsStatus: ({ event }) => event.type === 'BEGIN' && event.entry === 'status',
      saysItIsMe: ({ context, event }) => !context.notSelf && event.type === 'TEXT' && saysItIsMe(event.text, context.lang),
      isSendersPhone: ({ context, event }) =>
        !context.notSelf && event.type === 'TEXT' && !!event.meta.senderPhone && phoneOf(event.text) === event.meta.senderPhone,
      isPhoneOrHandle: ({ event }) => event.type === 'TEXT' && (phoneOf(event.text) !== undefined || normalizeTelegramHandle(event.text) !== undefined),
      isPhone: ({ event }) => event.type === 'TEXT' && phoneOf(event.text) !== undefined,
      isAge: ({ context, event }) => event.type === 'TEXT' && parseAge(event.text, event.meta.at, context.lang).kind === 'age',
      isFutureBirth: ({ context, event }) => event.type === 'TEXT' && parseAge(event.text, event.meta.at, context.lang).kind === 'future',
      isPastDate: ({ context, event }) => event.type === 'TEXT' && parseLastHeard(event.text, event.meta.at, context.lang).kind === 'date',
      isFutureDate: ({ context, event }) => event.type === 'TEXT' && parseLastHeard(event.text, event.meta.at, context.lang).kind === 'future',
      isPhoto: ({ event }) => event.type === 'MEDIA' && (event.media === 'photo' || event.media === 'document') && !!event.fileRef,
      isCaseId: ({ event }) => event.type === 'TEXT' && normalizeCaseId(event.text) !== undefined,
      isPin: ({ event }) => event.type === 'TEXT' && /^\s*\d{6}\s*$/.test(event.text.replace(/[\s-]/g, '')),
      reportExists: ({ event }) => event.type === 'REPORT_CHECKED' && !!event.existingCaseId,
      hasCase: ({ context }) => !!context.caseId,
      /** A typed text that means one of the buttons of `step` ("perempuan" at the sex question). */
      means: ({ context, event }, params: { step: MissingPersonMeaningStep }) => typedAnswer(params.step, event, context.lang) !== undefined,
      typedSkip: ({ context, event }) => event.type === 'TEXT' && saysSkip(event.text, context.lang),
      typedHarm: ({ context, event }) => typedHarm(event, context.lang) !== undefined,
      typedTime: ({ context, event }) => event.type === 'TEXT' && mentionsTime(event.text, context.lang),
      /** Words the question could not use, after one such answer already: keep them and move on. */
      missedBefore: ({ context, event }) => event.type === 'TEXT' && (context.misses ?? 0) >= 1,
      /** A silence opens a case only for a report that names the person, and only once. */
      silenceOpens: ({ context }) => !context.caseId && !!context.answers.name,
      /** Danger words about the one writing ("tolong saya dipukul", "I am locked in"). */
      aboutWriter: ({ event }) => event.type === 'DANGER' && event.about === 'writer',
    },
  });

  const s = base.extend({
    actions: {
      /** Danger words in what the relative wrote: kept, with their time, and the alarm raised. */
      noteDanger: base.enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'DANGER') return;
        const a = context.answers;
        // Whoever wrote this may be in danger themselves, near someone who reads the phone: discreet mode goes on.
        enqueue.assign({ answers: { ...a, dangerWords: true, alarms: withAlarm(a.alarms, event.text, event.meta.at, 'critical') }, discreet: true });
        enqueue('alarm');
      }),
      /** Danger words about someone else that brought a relative here from the intake's menu: kept, urgency up. */
      takeCarried: base.enqueueActions(({ context, event, enqueue }) => {
        const alarm = event.type === 'BEGIN' ? event.carried?.alarm : undefined;
        if (!alarm || !deps.saysDanger(alarm.text)) return;
        const a = context.answers;
        enqueue.assign({ answers: { ...a, dangerWords: true, alarms: withAlarm(a.alarms, alarm.text, alarm.at, 'critical') } });
        enqueue('retriage');
      }),
      /** The open case (a silence opened it, or the report was sent) gets what changed. */
      updateIfCase: base.enqueueActions(({ context, enqueue }) => {
        if (context.caseId) enqueue({ type: 'updateCase', params: {} });
      }),
      /**
       * Danger words about the one writing: they need help themselves, now. The conversation goes on in the
       * intake, from its danger question, with the words (a critical case opens there at once) and every
       * answer given here (kept with what is happening). A report sent already stays open as it is.
       */
      toSelfHelp: base.enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'DANGER') return;
        enqueue({ type: 'switchFlow', params: { flow: 'intake', entry: 'danger', carried: { alarm: { text: event.text, at: event.meta.at }, details: answeredSoFar(context) } } });
      }),
      /**
       * The report is sent: what happens next, with the case number and the PIN, shown only this once. In
       * discreet mode the lasting message has neither; they come in a transient message of their own.
       */
      sayReportSent: base.enqueueActions(({ context, event, enqueue }) => {
        const pin = event.meta.newPin ?? '';
        if (!isDiscreet(context, discreetByDefault)) {
          enqueue({ type: 'say', params: { key: 'mp-done', pin } });
          return;
        }
        enqueue({ type: 'say', params: { key: 'mp-done' } });
        enqueue({ type: 'say', params: { key: 'mp-pin', pin, transient: true } });
      }),
      /**
       * A report left for the silence time once it names the person: open it as it is (marked
       * `unfinished`), without a PIN and without a word to the relative. Sending it later updates it.
       */
      silence: base.enqueueActions(({ context, event, enqueue }) => {
        const a = context.answers;
        const result = triageMissingPerson(
          { harm: a.harm, age: a.age, dangerWords: a.dangerWords },
          context.urgency ? { urgency: context.urgency, reasons: context.reasons } : undefined,
        );
        enqueue.assign({
          caseId: event.meta.newCaseId,
          urgency: result.urgency,
          reasons: [...new Set([...result.reasons, 'unfinished'])],
          score: result.score,
          answerMark: 'silence',
        });
        enqueue({ type: 'openCase', params: { pin: '' } });
      }),
    },
  });
  const entry = [{ type: 'nextPrompt' as const }, { type: 'ask' as const, params: {} }];
  const askAgain = { type: 'ask', params: {} } as const;
  const say = (key: string) => ({ type: 'say' as const, params: { key } });
  const onLanguage = (state: string) => ({ target: '#missingPerson.chooseLanguage', actions: s.assign({ resume: state }) });
  /** Says which way discreet mode went (after `toggleDiscreet`); "on" is transient, so that the words about it do not stay. */
  const sayDiscreet = {
    type: 'say',
    params: ({ context }: { context: MissingPersonContext }) => (isDiscreet(context, discreetByDefault) ? { key: 'discreet-on', transient: true } : { key: 'discreet-off' }),
  } as const;
  /**
   * Changes answers, keeping a version of each one that changed (`step`, or `follow-up` after the report
   * was sent, or `silence` after a silence opened the case); that open case is updated with them.
   */
  const setAnswers = (patch: (ctx: MissingPersonContext, event: MissingPersonEvent) => Partial<MissingPersonAnswers>, how: 'step' | 'follow-up' = 'step') =>
    s.enqueueActions(({ context, event, enqueue }) => {
      const change = patch(context, event);
      const version = { at: event.meta.at, source: context.answerMark ?? how, suspect: suspectOf(context, event, deps) };
      enqueue.assign({
        answers: { ...context.answers, ...change },
        history: withVersions(context.history, context.answers, change, version, unversioned),
      });
      if (context.caseId && context.answerMark === 'silence') enqueue({ type: 'updateCase', params: {} });
    });
  /**
   * Where an answer to `step` leads: on to the next step, or, for the last step of an edit group, to a
   * transient state that goes back to the summary when editing.
   */
  const to = (step: Step): string => (groupEnds.includes(step) ? `after-${step}` : order[order.indexOf(step) + 1]!);
  const answer = <G, A>(step: Step, guard: G, actions: A) => ({ guard, target: to(step), actions });
  const skipPressed = { type: 'chose', params: { id: mpChoiceIds.skip } } as const;
  /** A skip button on a question: clears the answer and moves on. */
  const skip = (step: Step, clear: Partial<MissingPersonAnswers>) => answer(step, skipPressed, setAnswers(() => clear));
  /** The "it sounds like this is you" check, continuing at `resume` if it is not. */
  const toSelfCheck = (resume: (typeof afterSelfCheck)[number]) => ({ target: 'isSelf', actions: s.assign({ resume }) });
  /** Transient states after each edit group's last step. */
  const afterGroups = Object.fromEntries(
    groupEnds.map((step) => [`after-${step}`, { always: [{ guard: 'editing' as const, target: 'summary' }, { target: order[order.indexOf(step) + 1]! }] }]),
  );
  const otherLanguage = { guard: 'nonLatin' as const, actions: [{ type: 'say' as const, params: { key: 'other-language', all: true } }, askAgain] };
  /** The press a typed answer stands for, handled as that press: the same transition and effects as the button. */
  const press = (choice: (ctx: MissingPersonContext, e: MissingPersonEvent) => string | undefined) =>
    s.raise(({ context, event }) => ({ type: 'CHOICE' as const, choice: choice(context, event) ?? '', meta: event.meta }));
  /** A typed answer that means one of the question's buttons ("laki-laki" → male), taken as its press. */
  const typedPress = (step: MissingPersonMeaningStep) => ({ guard: { type: 'means' as const, params: { step } }, actions: press((ctx, e) => typedAnswer(step, e, ctx.lang)) });
  /** A typed "lewati", "ga tau", "tidak ada", "-" at a question with a skip button: as the button. */
  const typedSkip = { guard: 'typedSkip' as const, actions: press(() => mpChoiceIds.skip) };
  /** The relative's words at `step`, kept in `words` when the question could not read them. */
  const keepWords = (step: string) => setAnswers((ctx, e) => ({ words: { ...ctx.answers.words, [step]: cleanText(typed(e), mpLimits.words) } }));
  /** The relative's words at `step` added to those kept already ("sejak lebaran" / "habis lebaran"): none lost. */
  const addWords = (step: string) =>
    setAnswers((ctx, e) => {
      const before = ctx.answers.words?.[step];
      const now = cleanText(typed(e), mpLimits.words);
      if (!hasWords(now)) return {}; // only emoji or signs: nothing worth keeping
      return { words: { ...ctx.answers.words, [step]: before && before !== now ? cleanText(`${before} / ${now}`, mpLimits.words) : now } };
    });
  /**
   * Words a question could not use. The first time, say what it needs (`key`) and ask again; the second
   * time, keep them (`keep`, usually `keepWords`) and move on: no question loops.
   */
  const missed = <K extends object>(key: string, keep: K) => [
    { guard: 'missedBefore' as const, ...keep },
    { actions: ['countMiss' as const, say(key), askAgain] },
  ];
  /** A free-text question. */
  const textStep = (step: TextStep & Step, extra: { selfCheck?: boolean; on?: object } = {}) => {
    const spec = textSteps[step];
    return {
      entry,
      on: {
        TEXT: [
          ...(extra.selfCheck ? [{ guard: 'saysItIsMe' as const, ...toSelfCheck('name') }] : []),
          // "lewati", "ga tau": as the skip button; at a question without one, on without an answer.
          spec.skip ? typedSkip : answer(step, 'typedSkip' as const, setAnswers(() => ({ [spec.field]: undefined }))),
          answer(step, 'hasWords' as const, setAnswers((_, e) => ({ [spec.field]: cleanText(typed(e), spec.max) }))),
          // Only emoji or signs, twice: on without an answer.
          ...missed('not-understood', { target: to(step) }),
        ],
        ...(spec.skip ? { CHOICE: skip(step, { [spec.field]: undefined }) } : {}),
        MEDIA: { actions: [say('mp-photo-later'), askAgain] },
        LANGUAGE: onLanguage(step),
        ...extra.on,
      },
    };
  };
  /** Danger words about someone else, or not clearly about the writer: kept, the alarm raised, the urgency up. */
  const dangerNoted = { actions: ['noteDanger' as const, 'retriage' as const, 'updateIfCase' as const] };

  return s.createMachine({
    id: 'missingPerson',
    context: { lang: '', prompt: 0, editing: false, reasons: [], answers: emptyAnswers() },
    initial: 'new',
    on: {
      // Events no step took: answer briefly and ask the same question again.
      TEXT: [
        { guard: 'nonLatin', actions: [{ type: 'say', params: { key: 'other-language', all: true } }, askAgain] },
        // Words are never answered with only "tap a button": say the answer was not understood.
        { guard: 'hasWords', actions: [say('not-a-choice'), askAgain] },
        { actions: [say('use-buttons'), askAgain] },
      ],
      CHOICE: { actions: [say('use-buttons'), askAgain] },
      STALE: { actions: [say('stale-button'), askAgain] },
      MEDIA: { actions: [say('media-not-read'), askAgain] },
      LOCATION: { actions: [say('mp-location-not-needed'), askAgain] },
      LIVE_LOCATION: {}, // never answered (the phone may be watched), not kept: this flow does not ask where the sender is
      START: { actions: askAgain },
      LANGUAGE: { actions: askAgain },
      HELP: { actions: [say('mp-help'), say('help-wipe'), askAgain] },
      // Back to the intake's first menu (need help myself / report someone / check a report). A case open
      // stays; a report made again that adds to it is flagged (`carried`).
      RESTART: { actions: { type: 'switchFlow', params: ({ context }) => ({ flow: 'intake', entry: 'who', suspect: context.caseId ? ('restart' as const) : context.carried }) } },
      // Back after a long silence (a case is open): flagged; mid-report, so is what follows until it is sent.
      RESUMED: { actions: ['markAfterSilence', { type: 'flag', params: { reason: 'after-silence' } }] },
      // "close my case", "I'm fine" (a case is open): kept and passed on flagged, answered neutrally, not obeyed.
      RETRACTION: { actions: ['noteRetraction', { type: 'updateCase', params: {} }, { type: 'flag', params: { reason: 'retraction' } }, 'forward', say('retraction-noted')] },
      REPORT_CHECKED: {},
      STATUS_RESULT: {},
      SILENCE: { guard: 'silenceOpens', actions: 'silence' },
      DISCREET: { actions: ['toggleDiscreet', sayDiscreet, askAgain] },
      // The duress word: whoever writes is in danger themselves. The intake opens their critical case.
      DURESS: { actions: { type: 'switchFlow', params: { flow: 'intake', entry: 'duress' } } },
      // Danger words at any step: about the writer, the self-help path at once; else the report's urgency rises.
      DANGER: [{ guard: 'aboutWriter', target: '.selfHelp', actions: 'toSelfHelp' }, dangerNoted],
    },
    states: {
      ...afterGroups,
      new: {
        // Entered from the intake's menu, carrying the language and the prompt count on.
        on: {
          BEGIN: [
            { guard: 'entryIsStatus', target: 'statusCase', actions: s.assign(({ event }) => (event.type === 'BEGIN' ? { lang: event.lang, prompt: event.prompt, discreet: event.discreet } : {})) },
            { target: 'relationship', actions: [s.assign(({ event }) => (event.type === 'BEGIN' ? { lang: event.lang, prompt: event.prompt, discreet: event.discreet, carried: event.suspect } : {})), 'takeCarried'] },
          ],
          SILENCE: {},
          '*': { target: 'relationship' }, // a snapshot without BEGIN (never written by the runtime): start the report
        },
      },
      chooseLanguage: {
        entry,
        on: {
          CHOICE: [
            ...resumable.map((state) => ({
              guard: { type: 'choseLanguageToResume' as const, params: { state } },
              target: state,
              // `done` asks nothing on entry: remind them of their case instead.
              actions: ['setChosenLanguage' as const, s.assign({ resume: undefined }), ...(state === 'done' ? [say('mp-case-open')] : [])],
            })),
            { guard: 'choseLanguage', target: 'relationship', actions: 'setChosenLanguage' },
          ],
          // A typed "indonesia", "english": as the button. Two other answers: back where they were.
          TEXT: [
            otherLanguage,
            ...resumable.map((state) => ({
              guard: { type: 'choseLanguageToResume' as const, params: { state } },
              target: state,
              actions: ['setChosenLanguage' as const, s.assign({ resume: undefined }), ...(state === 'done' ? [say('mp-case-open')] : [])],
            })),
            { guard: 'choseLanguage', target: 'relationship', actions: 'setChosenLanguage' },
            ...resumable.map((state) => ({
              guard: and(['missedBefore' as const, { type: 'resumeIs' as const, params: { state } }]),
              target: state,
              actions: [s.assign({ resume: undefined }), ...(state === 'done' ? [say('mp-case-open')] : [])],
            })),
            { guard: 'missedBefore', target: 'relationship' },
            { actions: ['countMiss', { type: 'say', params: { key: 'not-a-choice', all: true } }, askAgain] },
          ],
        },
      },
      relationship: {
        entry,
        on: {
          CHOICE: {
            guard: { type: 'choseOneOf', params: { ids: relationships } },
            target: 'name',
            actions: setAnswers((_, e) => ({ relationship: e.type === 'CHOICE' ? e.choice : undefined })),
          },
          TEXT: [
            { guard: 'saysItIsMe', ...toSelfCheck('relationship') },
            typedPress('relationship'), // "anak saya", "kakak", "suami"
            { guard: 'typedSkip', target: 'name' }, // "lewati", "-": on, the relationship not given
            { guard: 'hasWords', target: 'name', actions: setAnswers((_, e) => ({ relationship: cleanText(typed(e), mpLimits.short) })) },
            ...missed('not-understood', { target: 'name' }),
          ],
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('relationship'),
        },
      },
      name: textStep('name', { selfCheck: true }),
      age: {
        entry,
        on: {
          TEXT: [
            {
              guard: 'isAge',
              target: 'sex',
              actions: [
                setAnswers((c, e) => {
                  const r = parseAge(typed(e), e.meta.at, c.lang);
                  return r.kind === 'age' ? { age: r.age, birthDate: r.birthDate } : {};
                }),
                'retriage',
              ],
            },
            typedSkip,
            { guard: 'missedBefore', target: 'sex', actions: [addWords('age'), setAnswers(() => ({ age: undefined, birthDate: undefined }))] },
            { guard: 'isFutureBirth', actions: ['countMiss', say('mp-birth-future'), askAgain] },
            // Unread: the words kept at once, and asked once more; unread again, accepted as they are.
            { actions: ['countMiss', addWords('age'), say('mp-age-not-understood'), askAgain] },
          ],
          CHOICE: skip('age', { age: undefined, birthDate: undefined }),
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('age'),
        },
      },
      sex: {
        entry,
        on: {
          CHOICE: [
            { guard: { type: 'choseOneOf', params: { ids: sexes } }, target: 'hometown', actions: setAnswers((_, e) => ({ sex: e.type === 'CHOICE' ? (e.choice as 'female' | 'male') : undefined })) },
            skip('sex', { sex: undefined }),
          ],
          TEXT: [otherLanguage, typedPress('sex'), typedSkip, ...missed('mp-sex-not-understood', { target: 'hometown', actions: [keepWords('sex'), setAnswers(() => ({ sex: undefined }))] })],
          LANGUAGE: onLanguage('sex'),
        },
      },
      hometown: textStep('hometown'),
      document: textStep('document'),
      phone: {
        entry,
        on: {
          TEXT: [
            {
              guard: 'isSendersPhone',
              target: 'isSelf',
              actions: [s.assign({ resume: 'lastHeard' }), setAnswers((_, e) => ({ phone: cleanText(typed(e), mpLimits.phone) }))],
            },
            answer('phone', 'isPhoneOrHandle' as const, setAnswers((_, e) => ({ phone: cleanText(typed(e), mpLimits.phone) }))),
            typedSkip,
            ...missed('mp-phone-not-understood', { target: to('phone'), actions: [keepWords('phone'), setAnswers(() => ({ phone: undefined }))] }),
          ],
          CHOICE: skip('phone', { phone: undefined }),
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('phone'),
        },
      },
      lastHeard: {
        entry,
        on: {
          TEXT: [
            {
              guard: 'isPastDate',
              target: 'lastMessage',
              actions: setAnswers((c, e) => {
                const r = parseLastHeard(typed(e), e.meta.at, c.lang);
                return r.kind === 'date' ? { lastHeard: r.date } : {};
              }),
            },
            typedSkip, // "lewati", "ga tau", "lupa"
            { guard: 'missedBefore', target: 'lastMessage', actions: [addWords('lastHeard'), setAnswers(() => ({ lastHeard: undefined }))] },
            { guard: 'isFutureDate', actions: ['countMiss', say('mp-date-future'), askAgain] },
            // Unread ("sejak lebaran"): the words kept at once, and asked once more; unread again, accepted as they are.
            { actions: ['countMiss', addWords('lastHeard'), say('mp-date-not-understood'), askAgain] },
          ],
          CHOICE: skip('lastHeard', { lastHeard: undefined }),
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('lastHeard'),
        },
      },
      // What the person said, quoted: a first person in it is theirs, never the relative's.
      lastMessage: textStep('lastMessage', { on: { DANGER: dangerNoted } }),
      country: {
        entry,
        on: {
          CHOICE: [
            answer('country', { type: 'choseOneOf' as const, params: { ids: [...deps.countries, mpChoiceIds.other] } }, setAnswers((_, e) => ({ country: e.type === 'CHOICE' ? e.choice : undefined }))),
            skip('country', { country: undefined }),
          ],
          TEXT: [
            typedSkip,
            {
              guard: 'hasWords',
              target: 'city',
              actions: setAnswers((ctx, e) => {
                const guess = deps.places.fromText(typed(e));
                // "Sihanoukville" answers the city too; a country name alone does not.
                return { country: guess.country ?? mpChoiceIds.other, city: guess.place ?? (guess.country ? ctx.answers.city : cleanText(typed(e), mpLimits.place)) };
              }),
            },
            ...missed('not-understood', { target: 'city' }),
          ],
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('country'),
        },
      },
      city: textStep('city'),
      company: textStep('company'),
      job: textStep('job'),
      recruiter: textStep('recruiter'),
      photo: {
        entry,
        on: {
          MEDIA: [
            answer('photo', 'isPhoto' as const, [setAnswers((_, e) => (e.type === 'MEDIA' && e.fileRef ? { photo: { media: e.media, fileRef: e.fileRef } } : {})), say('mp-photo-received')]),
            { actions: [say('mp-photo-expected'), askAgain] },
          ],
          TEXT: [
            typedSkip, // "tidak ada", "ga punya"
            ...missed('mp-photo-expected', { target: to('photo'), actions: keepWords('photo') }),
          ],
          CHOICE: skip('photo', { photo: undefined }),
          LANGUAGE: onLanguage('photo'),
        },
      },
      harm: {
        entry,
        on: {
          CHOICE: [
            {
              guard: { type: 'choseOneOf', params: { ids: harmIndicators } },
              actions: [
                setAnswers((ctx, e) => {
                  const id = e.type === 'CHOICE' ? e.choice : '';
                  return { harm: ctx.answers.harm.includes(id) ? ctx.answers.harm.filter((h) => h !== id) : [...ctx.answers.harm, id] };
                }),
                { type: 'ask', params: { replace: true } },
              ],
            },
            answer('harm', { type: 'chose' as const, params: { id: mpChoiceIds.done } }, 'retriage' as const),
          ],
          TEXT: [
            otherLanguage,
            // "1 2", "1,3", "semua": those ticked (none unticked), then as "done".
            {
              guard: 'typedHarm',
              actions: [setAnswers((ctx, e) => ({ harm: [...new Set([...ctx.answers.harm, ...(typedHarm(e, ctx.lang) ?? [])])] })), press(() => mpChoiceIds.done)],
            },
            typedPress('harm'), // "selesai", "tidak ada"
            { guard: 'typedSkip', actions: press(() => mpChoiceIds.done) }, // "-", "ga tau"
            // Unread twice: the relative's words are what the person told them; danger words in them count.
            ...missed('mp-harm-not-understood', {
              target: to('harm'),
              actions: [keepWords('harm'), setAnswers((_, e) => (deps.saysDanger(typed(e)) ? { dangerWords: true } : {})), 'retriage' as const],
            }),
          ],
          LANGUAGE: onLanguage('harm'),
        },
      },
      contact: {
        entry,
        on: {
          CHOICE: [
            { guard: { type: 'chose', params: { id: 'phone' } }, target: 'contactPhone', actions: setAnswers(() => ({ contact: 'phone' })) },
            { guard: { type: 'chose', params: { id: 'this-chat' } }, target: 'contactWhen', actions: setAnswers(() => ({ contact: 'this-chat', contactPhone: undefined })) },
          ],
          TEXT: [
            otherLanguage,
            typedPress('contact'), // "di sini", "telepon"
            { guard: 'typedSkip', actions: press(() => 'this-chat') }, // "-", "ga tau": here, where they are
            // The number itself: that is the way, and the number.
            { guard: 'isPhone', target: 'contactWhen', actions: setAnswers((_, e) => ({ contact: 'phone', contactPhone: cleanText(typed(e), mpLimits.phone) })) },
            // Unread twice: this chat, where the relative is now; their words kept.
            ...missed('mp-contact-not-understood', { target: 'contactWhen', actions: [keepWords('contact'), setAnswers(() => ({ contact: 'this-chat', contactPhone: undefined }))] }),
          ],
          LANGUAGE: onLanguage('contact'),
        },
      },
      contactPhone: {
        entry,
        on: {
          TEXT: [
            { guard: 'isPhone', target: 'contactWhen', actions: setAnswers((_, e) => ({ contactPhone: cleanText(typed(e), mpLimits.phone) })) },
            // "ga tau", "lewati": no number to call, so this chat (the relative is reachable here).
            { guard: 'typedSkip', actions: press(() => 'this-chat') },
            // Unread twice: kept as the number to call, for an officer to read.
            ...missed('mp-contact-phone-not-understood', { target: 'contactWhen', actions: setAnswers((_, e) => ({ contactPhone: cleanText(typed(e), mpLimits.words) })) }),
          ],
          CHOICE: {
            guard: { type: 'chose', params: { id: 'this-chat' } },
            target: 'contactWhen',
            actions: setAnswers(() => ({ contact: 'this-chat', contactPhone: undefined })),
          },
          MEDIA: { actions: [say('mp-photo-later'), askAgain] },
          LANGUAGE: onLanguage('contactPhone'),
        },
      },
      contactWhen: {
        entry,
        on: {
          CHOICE: [
            { guard: { type: 'chose', params: { id: 'times' } }, target: 'contactTimes', actions: setAnswers(() => ({ contactWhen: 'times' })) },
            { guard: { type: 'chose', params: { id: 'anytime' } }, target: 'summary', actions: setAnswers(() => ({ contactWhen: 'anytime', contactTimes: undefined })) },
          ],
          TEXT: [
            otherLanguage,
            typedPress('contactWhen'), // "kapan saja", "jam tertentu"
            // "sore setelah jam 4": the times themselves. Unread twice: the words, as the times.
            { guard: 'typedTime', target: 'summary', actions: setAnswers((_, e) => ({ contactWhen: 'times', contactTimes: cleanText(typed(e), mpLimits.times) })) },
            { guard: 'typedSkip', target: 'summary' },
            ...missed('mp-when-not-understood', { target: 'summary', actions: setAnswers((_, e) => ({ contactWhen: 'times', contactTimes: cleanText(typed(e), mpLimits.times) })) }),
          ],
          LANGUAGE: onLanguage('contactWhen'),
        },
      },
      contactTimes: textStep('contactTimes'),
      isSelf: {
        entry,
        on: {
          CHOICE: [
            // They are the one who needs help: the intake for a person in trouble, from its danger question.
            { guard: { type: 'chose', params: { id: mpChoiceIds.myself } }, actions: { type: 'switchFlow', params: { flow: 'intake', entry: 'danger' } } },
            ...afterSelfCheck.map((state) => ({
              guard: and([{ type: 'chose', params: { id: mpChoiceIds.someoneElse } }, { type: 'resumeIs', params: { state } }]),
              target: state,
              actions: s.assign({ notSelf: true, resume: undefined }),
            })),
          ],
          TEXT: [
            otherLanguage,
            typedPress('isSelf'), // "iya", "saya" → it is me; "bukan", "orang lain" → someone else
            // Unread twice: they chose to report someone, so the report goes on; their words kept.
            ...afterSelfCheck.map((state) => ({
              guard: and(['missedBefore' as const, { type: 'resumeIs' as const, params: { state } }]),
              target: state,
              actions: [keepWords('isSelf'), s.assign({ notSelf: true, resume: undefined })],
            })),
            { actions: ['countMiss', say('mp-is-self-not-understood'), askAgain] },
          ],
          LANGUAGE: onLanguage('isSelf'),
        },
      },
      summary: {
        entry: [s.assign({ editing: false }), ...entry],
        on: {
          CHOICE: [
            // Opened already by a silence: sent now, with the PIN the relative did not have yet.
            {
              guard: and([{ type: 'chose', params: { id: mpChoiceIds.confirm } }, 'hasCase']),
              target: 'done',
              actions: [
                s.assign({ answerMark: undefined, suspect: undefined }),
                { type: 'updateCase', params: ({ event }) => ({ pin: event.meta.newPin ?? '' }) },
                'sayReportSent',
              ],
            },
            // The runtime looks for an open report by the same relative about the same person first.
            { guard: { type: 'chose', params: { id: mpChoiceIds.confirm } }, actions: 'checkReport' },
            { guard: { type: 'chose', params: { id: mpChoiceIds.change } }, target: 'editMenu' },
          ],
          TEXT: [
            otherLanguage,
            typedPress('summary'), // "ya", "kirim" → send; "ubah", "salah" → change
            // Unread twice: the words go with the report, and it is sent (more can be added after).
            ...missed('summary-not-understood', { actions: [keepWords('summary'), 'checkReport' as const] }),
          ],
          REPORT_CHECKED: [
            {
              guard: 'reportExists',
              target: 'done',
              actions: [
                // The same person reported again: it adds to that case; after /restart its answers are flagged.
                s.assign(({ context, event }) => ({
                  caseId: event.type === 'REPORT_CHECKED' ? event.existingCaseId : undefined,
                  history: context.carried ? flagVersions(context.history, context.carried) : context.history,
                  carried: undefined,
                })),
                { type: 'updateCase', params: {} },
                say('mp-already-reported'),
              ],
            },
            {
              target: 'done',
              actions: [
                s.assign({ caseId: ({ event }) => event.meta.newCaseId, urgency: ({ context }) => context.urgency ?? 'normal', carried: undefined }),
                { type: 'openCase', params: ({ event }) => ({ pin: event.meta.newPin ?? '' }) },
                'sayReportSent',
              ],
            },
          ],
          LANGUAGE: onLanguage('summary'),
        },
      },
      editMenu: {
        entry,
        on: {
          CHOICE: [
            ...editGroups.map((group) => ({
              guard: { type: 'chose' as const, params: { id: group } },
              target: groupStart[group],
              actions: s.assign({ editing: true }),
            })),
            { guard: { type: 'chose', params: { id: mpChoiceIds.back } }, target: 'summary' },
          ],
          // Unread twice: back to the summary, the words kept.
          TEXT: [otherLanguage, ...missed('not-a-choice', { target: 'summary', actions: keepWords('editMenu') })],
          LANGUAGE: onLanguage('editMenu'),
        },
      },
      done: {
        on: {
          // More words or a photo after the report: added to the case and passed on to its officers.
          TEXT: [
            {
              guard: 'hasWords',
              actions: [
                setAnswers((ctx, e) => ({ notes: cleanText(`${ctx.answers.notes ?? ''}\n${typed(e)}`, mpLimits.notes) }), 'follow-up'),
                'retriage',
                { type: 'updateCase', params: {} },
                'forward',
                say('mp-added'),
              ],
            },
            { actions: say('mp-case-open') },
          ],
          MEDIA: [
            {
              guard: 'isPhoto',
              actions: [
                setAnswers((ctx, e) => (e.type === 'MEDIA' && e.fileRef && !ctx.answers.photo ? { photo: { media: e.media, fileRef: e.fileRef } } : {}), 'follow-up'),
                { type: 'updateCase', params: {} },
                'forward',
                say('mp-added'),
              ],
            },
            { actions: say('mp-case-open') },
          ],
          CHOICE: [
            { guard: { type: 'chose', params: { id: mpChoiceIds.checkStatus } }, target: 'statusCase' },
            { actions: say('mp-case-open') },
          ],
          STALE: { actions: say('mp-case-open') },
          START: { actions: say('mp-case-open') },
          HELP: { actions: [say('mp-help'), say('help-wipe'), say('mp-case-open')] },
          DISCREET: { actions: ['toggleDiscreet', sayDiscreet, say('mp-case-open')] },
          LOCATION: { actions: [say('mp-location-not-needed'), say('mp-case-open')] },
          SILENCE: {}, // the report is sent: nothing is missing
          // After the report only the message that breaks the silence is flagged (no report to send again).
          RESUMED: { actions: { type: 'flag', params: { reason: 'after-silence' } } },
          LANGUAGE: onLanguage('done'),
          // The text that follows updates the case.
          DANGER: [{ guard: 'aboutWriter', target: 'selfHelp', actions: 'toSelfHelp' }, { actions: ['noteDanger', 'retriage'] }],
        },
      },
      // Handed over to the intake (danger about the writer): the core goes on there; nothing more is heard here.
      selfHelp: { on: { '*': {} } },
      statusCase: {
        entry,
        on: {
          TEXT: [
            { guard: 'isCaseId', target: 'statusPin', actions: s.assign({ statusCaseId: ({ event }) => normalizeCaseId(typed(event)) }) },
            // Not a case number twice ("lupa", a name): what they can do instead (nothing typed here is kept).
            ...missed('status-case-format', { target: 'statusShown', actions: say('status-cannot-check') }),
          ],
          LANGUAGE: onLanguage('statusCase'),
        },
      },
      statusPin: {
        entry,
        on: {
          TEXT: [
            {
              guard: 'isPin',
              actions: {
                type: 'checkStatus',
                params: ({ context, event }) => ({ caseId: context.statusCaseId ?? '', pin: typed(event).replace(/\D/g, '') }),
              },
            },
            typedPress('statusPin'), // "lupa PIN", "ga ingat", "forgot"
            // Not a PIN twice: what they can do instead. The words are never kept (a PIN may be in them).
            ...missed('status-pin-format', { target: 'statusShown', actions: [s.assign({ statusCaseId: undefined }), say('status-cannot-check')] }),
          ],
          // Forgot the PIN: an officer checks it is them, then sends a new one to the chat the report came from.
          CHOICE: {
            guard: { type: 'chose', params: { id: mpChoiceIds.forgotPin } },
            actions: { type: 'forgotPin', params: ({ context }) => ({ caseId: context.statusCaseId ?? '' }) },
          },
          STATUS_RESULT: {
            target: 'statusShown',
            actions: [
              { type: 'say', params: ({ event }) => ({ key: `status-${event.type === 'STATUS_RESULT' ? event.result : 'no-match'}` }) },
              s.assign({ statusCaseId: undefined }),
            ],
          },
          LANGUAGE: onLanguage('statusPin'),
        },
      },
      statusShown: {
        entry,
        on: {
          CHOICE: [
            { guard: { type: 'chose', params: { id: mpChoiceIds.checkAgain } }, target: 'statusCase' },
            {
              guard: { type: 'chose', params: { id: mpChoiceIds.newReport } },
              target: 'relationship',
              actions: s.assign({ answers: emptyAnswers(), history: undefined, caseId: undefined, urgency: undefined, reasons: [], score: undefined, notSelf: undefined, answerMark: undefined, suspect: undefined }),
            },
          ],
          TEXT: [
            otherLanguage,
            // Another case number typed straight away: check it.
            { guard: 'isCaseId', target: 'statusPin', actions: s.assign({ statusCaseId: ({ event }) => normalizeCaseId(typed(event)) }) },
            typedPress('statusShown'), // "cek lagi", "laporan baru"
            // Unread twice: the likeliest wish of someone who just checked one, another check.
            ...missed('status-next-not-understood', { target: 'statusCase' }),
          ],
          LANGUAGE: onLanguage('statusShown'),
        },
      },
    },
  });
}

export type MissingPersonMachine = ReturnType<typeof createMissingPersonMachine>;
export type MissingPersonSnapshot = SnapshotFrom<MissingPersonMachine>;
