/**
 * The intake flow for a person in trouble: language, consent, who they are (they need help themselves,
 * they report someone else, or they check a report they made), danger now, where, what is happening,
 * how many people, when it is safe to write, a name, a summary to confirm, then a case number.
 *
 * Pure: no I/O. Effects are named actions the runtime carries out after the transition:
 * - `ask`: send the question of the state the machine is in (see `promptFor`);
 * - `say` { key }: send one message;
 * - `openCase` / `updateCase`: write the case from the context (the runtime builds the record);
 * - `switchFlow` { flow, entry }: continue in another flow (a relative's report: flows/missing-person.ts).
 * - `alarm`: this message says the person is in danger now (an officer's finished case is reopened).
 * `/discreet` (`DISCREET`) switches discreet mode over at any step (flows/shared/discreet.ts); an alarm
 * turns it on.
 * A message that says the person is in danger opens a critical case at once, at any step, and its words
 * are kept; one that only sounds worried (grade `ask`) brings the danger question forward instead.
 * A pin is kept at any step once the person has agreed (or has a case), and the location question is
 * then skipped. Every change of an answer is kept as a version (flows/shared/history.ts). After a long
 * silence mid-report (`SILENCE`) a case opens with what was answered, silently.
 * With a case open, changes after `/restart` or a long silence are flagged as possibly someone else's,
 * and so is a "no" to danger after an alarm; a retraction ("I'm fine", "close my case") is recorded,
 * flagged and answered neutrally, never obeyed (flows/shared/suspect.ts).
 *
 * After the safe-contact question the person may choose a code word and a duress word (both skippable;
 * asked once: never again once set, so whoever holds the phone later cannot replace them). The words go
 * out as `secret` effects and never into the context; the core answers `SECRET_KEPT`. A `DURESS` input
 * (the core recognised the duress word) makes the case critical with reason `duress`, at any step.
 */
import { and, assign, not, or, setup, stateIn, type SnapshotFrom } from 'xstate';
import type { CarriedOver, FlowDeps, SecretKind, SuspectReason } from '../contract.js';
import { guessLanguage, mentionsTime, readAnswer, readChoices, readCount, readLanguageName, saysSkip } from '../shared/answers.js';
import { isDiscreet } from '../shared/discreet.js';
import { withAlarm, withRetraction, withVersions, type AlarmWords, type AnswerHistory, type RetractionWords } from '../shared/history.js';
import { readAboutMe } from '../shared/identity.js';
import { isPlausiblePoint } from '../shared/places.js';
import { languageOfChoice } from '../shared/prompts.js';
import { suspectOf, type SuspectEvent } from '../shared/suspect.js';
import { cleanText, hasWords, isNonLatinOnly, writtenInLatin } from '../shared/text.js';
import { indicators, triage, type Urgency } from '../shared/triage.js';
import { whoseDanger } from '../shared/whose-danger.js';
import { intakeMeanings, type IntakeMeaningStep } from './answers.js';

/** Caps on what a person can type into each answer, in characters. */
export const limits = { location: 300, details: 2000, name: 80, contactTimes: 200, peopleWords: 200, about: 200 } as const;

export interface IntakeMeta {
  /** When the message was sent (ms since epoch). */
  at: number;
  /** A fresh case id the flow takes if this event opens a case (ids are drawn by the runtime). */
  newCaseId: string;
  /** The channel's guess of the person's language. */
  languageHint?: string;
  /** The language the message's own words are written in (src/i18n/detect.ts, by their script or words), if it could tell. */
  wroteIn?: string;
  /** How long the person had been silent before this message (ms). */
  quietMs?: number;
}

export type IntakeEvent =
  | { type: 'TEXT'; text: string; meta: IntakeMeta }
  | { type: 'CHOICE'; choice: string; meta: IntakeMeta }
  | { type: 'LOCATION'; lat: number; lon: number; live: boolean; meta: IntakeMeta }
  /** A live location moving: update the pin and the case, say nothing (the phone may be watched). */
  | { type: 'LIVE_LOCATION'; lat: number; lon: number; meta: IntakeMeta }
  | { type: 'MEDIA'; media: string; fileRef?: string; caption?: string; meta: IntakeMeta }
  /** Entering the intake from another flow (the runtime switched to it), at `entry`, with the person's discreet choice. */
  | { type: 'BEGIN'; entry: 'danger' | 'who' | 'duress'; lang: string; prompt: number; discreet?: boolean; suspect?: SuspectReason; carried?: CarriedOver; meta: IntakeMeta }
  /** `/discreet`: discreet mode switched over. */
  | { type: 'DISCREET'; meta: IntakeMeta }
  | { type: 'STALE'; meta: IntakeMeta }
  | { type: 'START'; meta: IntakeMeta }
  | { type: 'HELP'; meta: IntakeMeta }
  | { type: 'LANGUAGE'; meta: IntakeMeta }
  | { type: 'RESTART'; meta: IntakeMeta }
  /** Nothing written for the deployment's silence time in the middle of a report (sent by the core). */
  | { type: 'SILENCE'; meta: IntakeMeta }
  /** Made by the flow's step (flows/shared/suspect.ts): back after a long silence; a retraction. */
  | SuspectEvent<IntakeMeta>
  /** The person sent their duress word (recognised by the core; the words never reach the flow). */
  | { type: 'DURESS'; meta: IntakeMeta }
  /** The core kept (or refused) the code or duress word the person typed. */
  | { type: 'SECRET_KEPT'; kind: SecretKind; ok: boolean; meta: IntakeMeta };

export type Location = { kind: 'pin'; lat: number; lon: number; live: boolean } | { kind: 'text'; text: string };

export interface IntakeAnswers {
  dangerNow?: boolean;
  dangerWords?: boolean;
  location?: Location;
  /** ISO country code, or 'other'. */
  country?: string;
  place?: string;
  situation: string[];
  details?: string;
  /** '1', '2-10', '11-50', 'over-50', or an exact typed number. */
  people?: string;
  /** The person's own words for how many, when they were not a plain number ("kira2 20an org", "banyak"). */
  peopleWords?: string;
  contact?: 'anytime' | 'they-write-first' | 'times';
  contactTimes?: string;
  name?: string;
  /** Asked after a typed name, to match a relative's report about them (src/cases/match-keys.ts). */
  age?: number;
  hometown?: string;
  /** A phone number they gave (international digits), e.g. the one their family knows. */
  phone?: string;
  /** Their words when none of age, home town or phone could be read from them. */
  aboutWords?: string;
  /** The words of the messages that raised the alarm (and of worried ones before the danger question). */
  alarms?: AlarmWords[];
  /** The words of messages that took the report back ("I'm fine", "close my case"): recorded, not obeyed. */
  retractions?: RetractionWords[];
}

/** How the versions of answers are marked until the summary is confirmed (again). */
export type AnswerMark = 'restart' | 'silence';

export interface IntakeContext {
  lang: string;
  /**
   * The person chose the language (the menu, /language, a typed "tiếng việt"): it sticks. Until then the
   * language came from the channel's hint or the first words, and words clearly in another of the
   * deployment's languages before consent win over it.
   */
  langChosen?: boolean;
  /** Sequence number of the question on screen; button presses carry it. */
  prompt: number;
  /** State to go back to after choosing a language mid-way. */
  resume?: string;
  /** Answering from the summary's "change" menu: go back to the summary afterwards. */
  editing: boolean;
  /** Answers to the question on screen that it could not use (reset with each new question): see `missed`. */
  misses?: number;
  caseId?: string;
  urgency?: Urgency;
  reasons: string[];
  /** How many forced-labour indicators triage counted (flows/shared/triage.ts). */
  score?: number;
  answers: IntakeAnswers;
  /** Every value each answer had, oldest first (capped: the first and the latest). */
  history?: AnswerHistory;
  /** The person agreed to the terms (a pin before that is kept only with a case open). */
  consented?: boolean;
  /** A text sounded worried before the danger question was answered: ask it next, skipping the menu. */
  askDanger?: boolean;
  /** Answers given after /restart (with a case open), or after a silence, until the summary is confirmed. */
  answerMark?: AnswerMark;
  /** Discreet mode as chosen with `/discreet` or set by an alarm; undefined: the deployment's default. */
  discreet?: boolean;
  /**
   * With a case open: after /restart, or back after a long silence mid-report, until the summary is
   * confirmed, what the person sends may be someone else's (changes and messages flagged).
   */
  suspect?: SuspectReason;
  /** The flow that handed over here was restarted with a case open: passed on if they report someone else. */
  carried?: SuspectReason;
  /** Which secret words the person has set (only that they are set: the words are never in the context). */
  secrets?: { code?: true; duress?: true };
}

/**
 * What the intake is built from: the deployment's languages, countries and places, the danger matcher, and
 * whether the intake is discreet by default (default true).
 */
export type IntakeDeps = FlowDeps & { discreetByDefault?: boolean };

/** Button ids of the intake, as carried in presses. */
export const choiceIds = {
  agree: 'agree',
  disagree: 'disagree',
  yes: 'yes',
  no: 'no',
  done: 'done',
  skip: 'skip',
  confirm: 'confirm',
  change: 'change',
  back: 'back',
  startOver: 'start-over',
  other: 'other',
} as const;

/** Buttons of the first menu: who is writing. */
export const whoChoices = { myself: 'myself', someoneElse: 'someone-else', status: 'status' } as const;

export const peopleChoices = ['1', '2-10', '11-50', 'over-50'] as const;
export const contactChoices = ['anytime', 'they-write-first', 'times'] as const;
export const editableSteps = ['location', 'situation', 'people', 'contact', 'name'] as const;

/** Question states: each asks on entry, and can be re-asked or left for the language menu. */
const questions = ['chooseLanguage', 'consent', 'declined', 'who', 'danger', 'location', 'country', 'situation', 'people', 'contact', 'contactTimes', 'codeWord', 'duressWord', 'name', 'aboutMe', 'summary', 'editMenu'] as const;
type Question = (typeof questions)[number];
/** States the language menu can come back to. */
const resumable = [...questions.filter((q) => q !== 'chooseLanguage'), 'done'] as const;

function emptyAnswers(): IntakeAnswers {
  return { situation: [] };
}

/** The bucket of `peopleChoices` a rough count falls in. */
function peopleBucket(count: number): (typeof peopleChoices)[number] {
  return count <= 1 ? '1' : count <= 10 ? '2-10' : count <= 50 ? '11-50' : 'over-50';
}

/**
 * An answer to "how many are held with you" as typed. A number the person gave is the count, rough or not
 * ("5", "12 orang", "bertiga", "sekitar 30", "kira2 20an" → 20): it is their figure, and the triage rule
 * (more than ten) reads it as they meant it. Without a figure of their own, the bucket it falls in, with
 * their words kept: "puluhan", "20-30 orang" → '11-50'; "ratusan", "lebih dari 100" → 'over-50'.
 * "banyak", "a lot": no count, the words kept. Words beyond the count are kept too. Undefined when the
 * text says no count.
 */
export function readPeople(text: string, lang: string): Pick<IntakeAnswers, 'people' | 'peopleWords'> | undefined {
  const reading = readCount(text, lang);
  if (!reading) return undefined;
  const words = reading.kind !== 'figure' || reading.extra ? cleanText(text, limits.peopleWords) : undefined;
  if (reading.kind === 'many') return { people: undefined, peopleWords: words };
  return { people: reading.kind === 'figure' ? String(reading.count) : peopleBucket(reading.count), peopleWords: words };
}

/** Answers with no history of their own: texts that only grow, and flags the flow derives. */
const unversioned = ['details', 'alarms', 'dangerWords', 'retractions'] as const;

/** True once the person has answered anything (a silence then opens a case with it). */
function answeredSomething(a: IntakeAnswers): boolean {
  const { situation, alarms: _alarms, dangerWords: _dangerWords, retractions: _retractions, ...rest } = a;
  return situation.length > 0 || Object.values(rest).some((v) => v !== undefined);
}

/** An answer to "your age and home town": what could be read of it, or the words as they are. */
function aboutMeAnswers(words: string, callingCode: string): Partial<IntakeAnswers> {
  const about = readAboutMe(words, callingCode);
  const read = about.age !== undefined || about.hometown !== undefined || about.phone !== undefined;
  return { age: about.age, hometown: about.hometown, phone: about.phone, aboutWords: read ? undefined : words };
}

/** Triage of the context's answers, on top of what it found before. */
function triageOf(context: IntakeContext) {
  const a = context.answers;
  return triage(
    { dangerNow: a.dangerNow, dangerWords: a.dangerWords, situation: a.situation, peopleCount: peopleCount(a.people) },
    context.urgency ? { urgency: context.urgency, reasons: context.reasons } : undefined,
  );
}

/** The number of people the triage rules see for an answer to "how many are held with you". */
export function peopleCount(people: string | undefined): number | undefined {
  if (!people) return undefined;
  if (people === 'over-50') return 51;
  const range = /^(\d+)-(\d+)$/.exec(people);
  return range ? Number(range[2]) : Number(people);
}

export function createIntakeMachine(deps: IntakeDeps) {
  const discreetByDefault = deps.discreetByDefault ?? true;
  const isLanguage = (code: string | undefined): code is string => !!code && deps.languages.includes(code);
  /** The language a press of a `lang:<code>` button picked, or a typed "indonesia", if it is one we speak. */
  const chosenLanguage = (event: IntakeEvent): string | undefined =>
    event.type === 'CHOICE' ? languageOfChoice(event.choice, deps.languages) : event.type === 'TEXT' ? readLanguageName(event.text, deps.languages) : undefined;
  /**
   * The deployment language a text's own words are clearly written in: the core's two readings agree (the
   * words among the deployment's languages, `languageHint`, and among every language it can name, `wroteIn`).
   * Undefined when the words say too little ("ok", "sos"): then the hint stays.
   */
  const wordsLanguage = (event: IntakeEvent): string | undefined =>
    event.type === 'TEXT' && isLanguage(event.meta.wroteIn) && event.meta.wroteIn === event.meta.languageHint ? event.meta.wroteIn : undefined;
  /** What a typed text means at `step`, as the id of the button it stands for; never a text with danger words. */
  const typedAnswer = (step: IntakeMeaningStep, event: IntakeEvent, lang: string): string | undefined =>
    event.type === 'TEXT' && !deps.saysDanger(event.text) ? readAnswer<string>(event.text, lang, intakeMeanings[step]) : undefined;
  /** Indicators a typed list of numbers ticks ("1 2", "1,3", "1-3", "semua"): the situation's buttons by number. */
  const typedIndicators = (event: IntakeEvent, lang: string): string[] | undefined => {
    if (event.type !== 'TEXT' || deps.saysDanger(event.text)) return undefined;
    const picked = readChoices(event.text, lang, indicators.length + 1); // the last button is "done"
    return picked?.map((n) => indicators[n - 1]).filter((id): id is (typeof indicators)[number] => id !== undefined);
  };

  const base = setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
    },
    actions: {
      /** Runtime: send the question of the current state (again). */
      ask: (_, _params: { replace?: boolean }) => {},
      /** Runtime: send one message; `transient`: deleted once the person answers. */
      say: (_, _params: { key: string; all?: boolean; transient?: boolean }) => {},
      /** Runtime: create the case from the context. */
      openCase: () => {},
      /** Runtime: write the context's answers and urgency to the open case. */
      updateCase: () => {},
      /** Runtime: pass this message on to the officers working the case (the case's thread). */
      forward: () => {},
      /** Runtime: this message may be someone else's; its copy to the officers is flagged. */
      flag: (_, _params: { reason: SuspectReason }) => {},
      /** Runtime: this message says the person is in danger now (a finished case is reopened). */
      alarm: () => {},
      /** Runtime: keep the typed text as the person's code or duress word (a keyed hash; never in the context). */
      secret: (_, _params: { kind: SecretKind }) => {},
      /** Runtime: continue the conversation in another flow. */
      switchFlow: (_, _params: { flow: string; entry: string; suspect?: SuspectReason; carried?: CarriedOver }) => {},
      nextPrompt: assign({ prompt: ({ context }) => context.prompt + 1, misses: 0 }),
      /** One more answer the question on screen could not use. */
      countMiss: assign({ misses: ({ context }) => (context.misses ?? 0) + 1 }),
      setLanguageFromHint: assign({
        lang: ({ context, event }) => {
          const hint = event.meta.languageHint;
          return isLanguage(hint) ? hint : context.lang;
        },
      }),
      setChosenLanguage: assign({ lang: ({ context, event }) => chosenLanguage(event) ?? context.lang, langChosen: true }),
      /** The language the words of this message are clearly in (`wordsLanguage`), over the hint's. */
      setLanguageFromWords: assign({ lang: ({ context, event }) => wordsLanguage(event) ?? context.lang }),
      /**
       * Start the questions again. With a case open, answers already sent stay until replaced, and what
       * comes now is marked `restart`; without one nothing was sent anywhere, and nothing is kept.
       */
      restart: assign(({ context }) =>
        context.caseId
          ? { editing: false, resume: undefined, consented: false, answerMark: 'restart' as const, suspect: 'restart' as const }
          : { answers: emptyAnswers(), history: undefined, editing: false, resume: undefined, consented: false, askDanger: undefined, answerMark: undefined },
      ),
      /** Back after a long silence in the middle of a report: what follows is flagged until it is sent. */
      markAfterSilence: assign({ suspect: ({ context }) => (context.resume === 'done' ? context.suspect : (context.suspect ?? 'after-silence')) }),
      /** The words of a retraction, kept with their time. */
      noteRetraction: assign({
        answers: ({ context, event }) =>
          event.type === 'RETRACTION' ? { ...context.answers, retractions: withRetraction(context.answers.retractions, event.text, event.meta.at) } : context.answers,
      }),
      consented: assign({ consented: true }),
      /** `/discreet`: on if it was off, off if it was on. */
      toggleDiscreet: assign({ discreet: ({ context }) => !isDiscreet(context, discreetByDefault) }),
    },
    guards: {
      hintIsSupported: ({ event }) => isLanguage(event.meta.languageHint),
      beginAt: ({ event }, params: { entry: string }) => event.type === 'BEGIN' && event.entry === params.entry,
      hasCase: ({ context }) => !!context.caseId,
      /** Started again with `/restart` while a case was open (until the report is sent again). */
      restarted: ({ context }) => context.suspect === 'restart',
      choseLanguage: ({ event }) => chosenLanguage(event) !== undefined,
      /** Before a choice, words clearly in another of the deployment's languages than the conversation's. */
      wroteOtherLanguage: ({ context, event }) => !context.langChosen && !context.resume && wordsLanguage(event) !== undefined && wordsLanguage(event) !== context.lang,
      editing: ({ context }) => context.editing,
      hasWords: ({ event }) => event.type === 'TEXT' && hasWords(event.text),
      // A script we do not read; words in the conversation's own language (Thai in a Thai conversation) are read.
      nonLatin: ({ context, event }) => event.type === 'TEXT' && isNonLatinOnly(event.text) && !(context.lang && (event.meta.wroteIn === context.lang || (event.meta.wroteIn === undefined && !writtenInLatin(context.lang)))),
      chose: ({ event }, params: { id: string }) => event.type === 'CHOICE' && event.choice === params.id,
      choseOneOf: ({ event }, params: { ids: readonly string[] }) => event.type === 'CHOICE' && params.ids.includes(event.choice),
      choseLanguageToResume: ({ context, event }, params: { state: string }) => context.resume === params.state && chosenLanguage(event) !== undefined,
      plausiblePoint: ({ event }) => (event.type === 'LOCATION' || event.type === 'LIVE_LOCATION') && isPlausiblePoint(event.lat, event.lon),
      countryKnown: ({ context }) => !!context.answers.country,
      countsPeople: ({ context, event }) => event.type === 'TEXT' && readPeople(event.text, context.lang) !== undefined,
      saysDanger: ({ event }) => event.type === 'TEXT' && deps.saysDanger(event.text),
      /** A typed text that means one of the buttons of `step` ("iya" at the danger question is `yes`). */
      means: ({ context, event }, params: { step: IntakeMeaningStep }) => typedAnswer(params.step, event, context.lang) !== undefined,
      typedSkip: ({ context, event }) => event.type === 'TEXT' && saysSkip(event.text, context.lang),
      typedIndicators: ({ context, event }) => typedIndicators(event, context.lang) !== undefined,
      typedTime: ({ context, event }) => event.type === 'TEXT' && mentionsTime(event.text, context.lang),
      /** Words the question could not use, after one such answer already: keep them and move on. */
      missedBefore: ({ context, event }) => event.type === 'TEXT' && hasWords(event.text) && (context.misses ?? 0) >= 1,
      resumeIs: ({ context }, params: { state: string }) => context.resume === params.state,
      /** A worried text (grade `ask`, not in danger now) while the danger question is still unanswered. */
      /** Danger words about someone else ("anak saya disekap", "they beat my son"): a relative's report. */
      dangerAboutSomeoneElse: ({ event }) => event.type === 'TEXT' && deps.saysDanger(event.text) && whoseDanger(event.text) === 'other',
      /** A typed "orang lain", "someone else", "anak saya": the menu's "someone else". */
      typedSomeoneElse: ({ context, event }) => event.type === 'TEXT' && readAnswer<string>(event.text, context.lang, intakeMeanings.who) === whoChoices.someoneElse,
      soundsWorried: ({ context, event }) =>
        event.type === 'TEXT' && context.answers.dangerNow === undefined && !deps.saysDanger(event.text) && deps.dangerGrade(event.text) === 'ask',
      askDanger: ({ context }) => !!context.askDanger,
      /** A pin is kept once the person agreed to the terms, or with a case open (an alarm came first). */
      mayKeepPin: ({ context }) => !!context.consented || !!context.caseId,
      hasPin: ({ context }) => context.answers.location?.kind === 'pin',
      codeWordSet: ({ context }) => !!context.secrets?.code,
      mayBeSomeoneElse: ({ context }) => !!context.suspect,
      duressWordSet: ({ context }) => !!context.secrets?.duress,
      /** The core kept the secret word of this kind. */
      kept: ({ event }, params: { kind: SecretKind }) => event.type === 'SECRET_KEPT' && event.kind === params.kind && event.ok,
      /** The core refused a word once already at this question: move on without one. */
      refusedBefore: ({ context }) => (context.misses ?? 0) >= 1,
    },
  });
  const withSync = base.extend({
    actions: {
      /** Recompute triage; open a case when it becomes urgent, or update the open one. */
      sync: base.enqueueActions(({ context, event, enqueue }) => {
        const result = triageOf(context);
        enqueue.assign({ urgency: result.urgency, reasons: result.reasons, score: result.score });
        if (context.caseId) enqueue('updateCase');
        else if (result.urgency !== 'normal') {
          enqueue.assign({ caseId: event.meta.newCaseId });
          enqueue('openCase');
        }
      }),
      /**
       * A long silence mid-report: open a case with what was answered (marked `unfinished`; the intake is
       * not complete) and say nothing: a silent phone may be in a guard's hands. The person can still go on,
       * and what they answer later updates the case. With a case open already, only mark later answers.
       */
      silence: base.enqueueActions(({ context, event, enqueue }) => {
        if (context.caseId) {
          enqueue.assign({ answerMark: 'silence' });
          return;
        }
        if (!answeredSomething(context.answers) && !(context.askDanger && context.consented)) return;
        const result = triageOf(context);
        enqueue.assign({
          caseId: event.meta.newCaseId,
          urgency: result.urgency,
          reasons: [...new Set([...result.reasons, 'unfinished'])],
          score: result.score,
          answerMark: 'silence',
        });
        enqueue('openCase');
      }),
      /**
       * The duress word: the case becomes critical with reason `duress` (a new one if there is none), and
       * the alarm reopens a finished one. Urgency and reasons only rise: later answers keep them.
       */
      duress: base.enqueueActions(({ context, event, enqueue }) => {
        const reasons = [...new Set([...context.reasons, 'duress'])];
        if (context.caseId) {
          enqueue.assign({ urgency: 'critical', reasons });
          enqueue('updateCase');
        } else {
          enqueue.assign({ caseId: event.meta.newCaseId, urgency: 'critical', reasons });
          enqueue('openCase');
        }
        enqueue('alarm');
      }),
    },
  });
  const s = withSync.extend({
    actions: {
      /**
       * The danger fast path: runs on every text, at every step, before the step's own handling. The words
       * of an alarm are kept; a worried text before the danger question brings the question forward.
       */
      scanForDanger: withSync.enqueueActions(({ context, event, enqueue }) => {
        const words = event.type === 'TEXT' ? event.text : event.type === 'MEDIA' ? event.caption : undefined;
        if (!words) return;
        const a = context.answers;
        // Before the person has said who needs help, "tolong bantu cari anak saya" is a relative asking: the
        // menu is theirs to answer (a report about someone else), not a critical case about themselves.
        if (!context.consented && !context.caseId && whoseDanger(words) === 'other') return;
        if (deps.saysDanger(words)) {
          const firstAlarm = context.urgency !== 'critical';
          // Danger now: someone may be near the phone, so discreet mode goes on.
          enqueue.assign({ answers: { ...a, dangerWords: true, alarms: withAlarm(a.alarms, words, event.meta.at, 'critical') }, discreet: true });
          enqueue('sync');
          enqueue('alarm');
          if (firstAlarm) enqueue({ type: 'say', params: { key: 'danger-alerted' } });
        } else if (a.dangerNow === undefined && !context.caseId && deps.dangerGrade(words) === 'ask') {
          // Before consent only the flag: nothing the person wrote is kept until they agree.
          enqueue.assign(context.consented ? { askDanger: true, answers: { ...a, alarms: withAlarm(a.alarms, words, event.meta.at, 'ask') } } : { askDanger: true });
        }
      }),
      /**
       * What another flow handed over (`BEGIN` with `carried`): the danger words that made the switch raise
       * the alarm here as if typed here (a critical case at once), and what the person had answered there
       * goes with what is happening. Nothing they typed is lost.
       */
      takeCarried: withSync.enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'BEGIN' || !event.carried) return;
        const { alarm, details } = event.carried;
        const a = context.answers;
        const kept = [details, a.details].filter((d): d is string => !!d).join('\n');
        const answers = { ...a, ...(kept ? { details: cleanText(kept, limits.details) } : {}) };
        if (alarm && deps.saysDanger(alarm.text)) {
          enqueue.assign({ answers: { ...answers, dangerWords: true, alarms: withAlarm(a.alarms, alarm.text, alarm.at, 'critical') }, discreet: true });
          enqueue('sync');
          enqueue('alarm');
          enqueue({ type: 'say', params: { key: 'danger-alerted' } });
        } else if (kept) {
          enqueue.assign({ answers });
        }
      }),
      finish: withSync.enqueueActions(({ context, event, enqueue }) => {
        enqueue.assign({ answerMark: undefined, suspect: undefined });
        if (context.caseId) enqueue('updateCase');
        else {
          enqueue.assign({ caseId: event.meta.newCaseId, urgency: context.urgency ?? 'normal' });
          enqueue('openCase');
        }
      }),
    },
  });

  /** Where an answer leads: back to the summary when editing, else to `next`. */
  const then = (next: Question) => [{ guard: 'editing' as const, target: 'summary' }, { target: next }];
  /** Entering a question: a new prompt number, then the question. */
  const entry = [{ type: 'nextPrompt' as const }, { type: 'ask' as const, params: {} }];
  const onLanguage = (state: string) => ({ target: '#intake.chooseLanguage', actions: s.assign({ resume: state }) });
  /**
   * Changes answers, keeping a version of each one that changed: `step` for an answer to the question on
   * screen, `follow-up` for one that is not (a pin at another step, more words after the report), or how
   * answers are marked for now (after /restart, after a silence). Answering the danger question clears
   * the flag that brought it forward.
   */
  const setAnswers = (patch: (ctx: IntakeContext, event: IntakeEvent) => Partial<IntakeAnswers>, how: 'step' | 'follow-up' = 'step') =>
    s.assign(({ context, event }) => {
      const change = patch(context, event);
      // A "no" to danger after a "yes" or an alarm takes the danger back: flagged, and it lowers nothing.
      const walksBack = (field: string) =>
        field === 'dangerNow' && change.dangerNow === false && (context.answers.dangerNow === true || !!context.answers.dangerWords) ? ('retraction' as const) : undefined;
      const mark = suspectOf(context, event, deps);
      const version = { at: event.meta.at, source: context.answerMark ?? how, suspect: (field: string) => mark ?? walksBack(field) };
      return {
        answers: { ...context.answers, ...change },
        history: withVersions(context.history, context.answers, change, version, unversioned),
        ...('dangerNow' in change ? { askDanger: undefined } : {}),
      };
    });
  /** Text a step could not use: after a danger alarm just ask again; otherwise say why first. */
  const fallbackText = (key: string) => {
    const askAgain = { type: 'ask', params: {} } as const;
    const explain = { type: 'say', params: { key } } as const;
    return [
      { guard: 'saysDanger', actions: ['scanForDanger', askAgain] },
      { actions: [explain, askAgain] },
    ] as const;
  };
  /** A map pin, with the country and known place it falls in. */
  const pin = (ctx: IntakeContext, e: IntakeEvent): Partial<IntakeAnswers> => {
    if (e.type !== 'LOCATION' && e.type !== 'LIVE_LOCATION') return {};
    const guess = deps.places.fromPoint(e.lat, e.lon);
    const live = e.type === 'LIVE_LOCATION' || e.live;
    return { location: { kind: 'pin', lat: e.lat, lon: e.lon, live }, country: guess.country ?? ctx.answers.country, place: guess.place };
  };
  /** Stores a pin that answers the location question. */
  const setPin = setAnswers(pin);
  /** Stores a pin sent at another step, or moving (a live location). */
  const notePin = setAnswers(pin, 'follow-up');
  const text = (event: IntakeEvent, max: number) => (event.type === 'TEXT' ? cleanText(event.text, max) : '');
  const say = (key: string) => ({ type: 'say', params: { key } }) as const;
  const askAgain = { type: 'ask', params: {} } as const;
  /**
   * Says which way discreet mode went (after `toggleDiscreet`): "on" is transient, so that the words about
   * it do not stay on screen; before the language is known, in every language.
   */
  const sayDiscreet = {
    type: 'say',
    params: ({ context }: { context: IntakeContext }) =>
      isDiscreet(context, discreetByDefault) ? { key: 'discreet-on', transient: true, all: !context.lang } : { key: 'discreet-off', all: !context.lang },
  } as const;
  /**
   * Says `key`, transient in discreet mode: the words about the code and duress words (a refusal names the
   * duress and "can't talk" phrases) must not stay on a screen a guard may read.
   */
  const sayDiscreetly = (key: string) =>
    ({ type: 'say', params: ({ context }: { context: IntakeContext }) => (isDiscreet(context, discreetByDefault) ? { key, transient: true } : { key }) }) as const;
  /** What every question hears first: danger words escalate at once; a script we do not read is answered in each language. */
  const beforeAnswers = [
    { guard: 'saysDanger', actions: ['scanForDanger', askAgain] },
    { guard: 'nonLatin', actions: [{ type: 'say', params: { key: 'other-language', all: true } }, askAgain] },
  ] as const;
  /** The press a typed answer stands for, handled as that press: the same transition and effects as the button. */
  const press = (choice: (ctx: IntakeContext, e: IntakeEvent) => string | undefined) =>
    s.raise(({ context, event }) => ({ type: 'CHOICE' as const, choice: choice(context, event) ?? '', meta: event.meta }));
  /** A typed answer that means one of the question's buttons ("iya" → yes), taken as its press. */
  const typed = (step: IntakeMeaningStep) => ({ guard: { type: 'means' as const, params: { step } }, actions: press((ctx, e) => typedAnswer(step, e, ctx.lang)) });
  /** A typed "lewati", "ga tau", "-" at a question with a skip button. */
  const typedSkip = { guard: 'typedSkip' as const, actions: press(() => choiceIds.skip) };
  /**
   * Words a question could not use. The first time, say what it needs (`key`) and ask again; the second
   * time, keep them as the person's own words for the question and move on (`keep`): no question loops.
   */
  const missed = <K extends object>(key: string, keep: K) => [
    { guard: 'missedBefore' as const, ...keep },
    { guard: 'hasWords' as const, actions: ['countMiss' as const, say(key), askAgain] },
  ];
  /**
   * A question whose answer is a secret word of `kind`: skippable; a typed word goes out as a `secret`
   * effect and the question waits for the core's `SECRET_KEPT`. Danger words are an alarm, never a word.
   * A word refused twice: on without one.
   */
  const secretStep = (kind: SecretKind, next: 'afterCodeWord' | 'name', keptKey: string) => ({
    entry,
    on: {
      CHOICE: { guard: { type: 'chose' as const, params: { id: choiceIds.skip } }, target: next },
      TEXT: [
        beforeAnswers[0],
        typedSkip,
        { guard: 'hasWords' as const, actions: { type: 'secret' as const, params: { kind } } },
        ...fallbackText('not-understood'),
      ],
      SECRET_KEPT: [
        {
          guard: { type: 'kept' as const, params: { kind } },
          target: next,
          actions: [s.assign(({ context }) => ({ secrets: { ...context.secrets, [kind]: true as const } })), sayDiscreetly(keptKey)],
        },
        { guard: 'refusedBefore' as const, target: next },
        { actions: ['countMiss' as const, sayDiscreetly(`${kind}-word-refused`), askAgain] },
      ],
      LANGUAGE: onLanguage(kind === 'code' ? 'codeWord' : 'duressWord'),
    },
  });
  /** Back after a long silence (a case is open): flagged; mid-report, so is what follows until it is sent. */
  const onResumed = { actions: ['markAfterSilence' as const, { type: 'flag' as const, params: { reason: 'after-silence' as const } }] };
  /** "I'm fine", "close my case" (a case is open): kept and passed on flagged, answered neutrally, not obeyed. */
  const onRetraction = { actions: ['noteRetraction' as const, 'sync' as const, { type: 'flag' as const, params: { reason: 'retraction' as const } }, 'forward' as const, say('retraction-noted')] };
  /** On to a relative's report about someone else; danger words that sent them there go with it (`carried`). */
  const reportSomeoneElse = {
    type: 'switchFlow',
    params: ({ context, event }: { context: IntakeContext; event: IntakeEvent }) => ({
      flow: 'missing-person',
      entry: 'report',
      suspect: context.carried,
      carried: event.type === 'TEXT' && deps.saysDanger(event.text) ? { alarm: { text: event.text, at: event.meta.at } } : undefined,
    }),
  } as const;
  /** The person's words added to what is happening (`details`). */
  const addDetails = setAnswers((ctx, e) => ({ details: cleanText(ctx.answers.details ? `${ctx.answers.details}\n${text(e, limits.details)}` : text(e, limits.details), limits.details) }));

  return s.createMachine({
        id: 'intake',
        context: { lang: '', prompt: 0, editing: false, reasons: [], answers: emptyAnswers() },
        initial: 'new',
        on: {
          // Events no step took: answer briefly and ask the same question again.
          TEXT: [
            ...beforeAnswers,
            // Worried words at the menu ("aku takut"): they need help themselves; ask about danger now.
            { guard: and([stateIn('who'), 'soundsWorried']), target: '.danger', actions: 'scanForDanger' },
            // Words are never answered with only "tap a button": say the answer was not understood.
            { guard: 'hasWords', actions: ['scanForDanger', say('not-a-choice'), askAgain] },
            { actions: ['scanForDanger', { type: 'say', params: { key: 'use-buttons' } }, { type: 'ask', params: {} }] },
          ],
          CHOICE: { actions: [{ type: 'say', params: { key: 'use-buttons' } }, { type: 'ask', params: {} }] },
          STALE: { actions: [{ type: 'say', params: { key: 'stale-button' } }, { type: 'ask', params: {} }] },
          MEDIA: { actions: ['scanForDanger', { type: 'say', params: { key: 'media-not-read' } }, { type: 'ask', params: {} }] },
          LOCATION: [
            // A pin at any other step is kept (the location question is then skipped), and the same question
            // asked again; the reply says only that it arrived. Before consent only with a case open.
            {
              guard: and(['plausiblePoint', 'mayKeepPin']),
              actions: [notePin, 'sync', { type: 'say', params: { key: 'location-noted' } }, { type: 'ask', params: {} }],
            },
            { actions: [{ type: 'say', params: { key: 'location-not-now' } }, { type: 'ask', params: {} }] },
          ],
          // Kept silently, at any step once the person agreed (or has a case); before that, ignored.
          LIVE_LOCATION: { guard: and(['plausiblePoint', 'mayKeepPin']), actions: [notePin, 'sync'] },
          SILENCE: { actions: 'silence' },
          // The duress word, at any step: the case turns critical, the question stays where it was.
          DURESS: { actions: 'duress' },
          SECRET_KEPT: {}, // only the code-word questions wait for it
          START: { actions: { type: 'ask', params: {} } },
          LANGUAGE: { actions: { type: 'ask', params: {} } }, // already at the language menu
          HELP: { actions: [{ type: 'say', params: { key: 'help' } }, { type: 'say', params: { key: 'help-wipe' } }, { type: 'ask', params: {} }] },
          RESTART: { target: '.consent', actions: 'restart' },
          DISCREET: { actions: ['toggleDiscreet', sayDiscreet, askAgain] },
          // Back after a long silence (a case is open): flagged; mid-report, so is what follows until it is sent.
          RESUMED: onResumed,
          // "I'm fine", "close my case" (a case is open): kept and passed on flagged, answered neutrally, not obeyed.
          RETRACTION: onRetraction,
        },
        states: {
          new: {
            // The first message of a conversation, whatever it is.
            on: {
              LIVE_LOCATION: {}, // never answered, not even as a first message
              SILENCE: {}, // nothing said yet
              // The duress phrase as a first message: a critical case at once; the next message starts the intake.
              DURESS: { actions: ['setLanguageFromHint', 'duress'] },
              SECRET_KEPT: {},
              // With a case open here (the duress phrase came first): as at every step, not a first message.
              RESUMED: onResumed,
              RETRACTION: onRetraction,
              // Switched here from another flow: carry the language and prompt count on.
              BEGIN: [
                { guard: { type: 'beginAt', params: { entry: 'who' } }, target: 'who', actions: s.assign(({ event }) => (event.type === 'BEGIN' ? { lang: event.lang, prompt: event.prompt, consented: true, discreet: event.discreet, carried: event.suspect } : {})) },
                // The duress word in another flow: the sender needs help themselves, now.
                {
                  guard: { type: 'beginAt', params: { entry: 'duress' } },
                  target: 'danger',
                  actions: [s.assign(({ event }) => (event.type === 'BEGIN' ? { lang: event.lang, prompt: event.prompt, consented: true, discreet: event.discreet } : {})), 'duress'],
                },
                // Danger about themselves in another flow: the danger question, with what they typed there.
                { target: 'danger', actions: [s.assign(({ event }) => (event.type === 'BEGIN' ? { lang: event.lang, prompt: event.prompt, consented: true, discreet: event.discreet } : {})), 'takeCarried'] },
              ],
              // `/discreet` as a first message: switched, said, and on to the first question.
              DISCREET: [
                { guard: 'hintIsSupported', target: 'consent', actions: ['setLanguageFromHint', 'toggleDiscreet', sayDiscreet] },
                { target: 'chooseLanguage', actions: ['toggleDiscreet', sayDiscreet] },
              ],
              '*': [
                { guard: 'hintIsSupported', target: 'consent', actions: ['setLanguageFromHint', 'scanForDanger'] },
                { target: 'chooseLanguage', actions: 'scanForDanger' },
              ],
            },
          },
          chooseLanguage: {
            entry,
            on: {
              CHOICE: [
                // Back to where the person was when they asked to change language, or on to consent.
                ...resumable.map((state) => ({
                  guard: { type: 'choseLanguageToResume' as const, params: { state } },
                  target: state,
                  actions: ['setChosenLanguage' as const, s.assign({ resume: undefined })],
                })),
                { guard: 'choseLanguage', target: 'consent', actions: 'setChosenLanguage' },
              ],
              // A typed "indonesia", "english": as the button. Two other answers: back where they were, or
              // on to consent in the language their words look like (consent keeps nothing).
              TEXT: [
                // At the menu after /start with no hint: words clearly in one of our languages pick it (not after /language: that asks for a choice).
                { guard: 'wroteOtherLanguage', target: 'consent', actions: ['setLanguageFromWords', 'scanForDanger'] },
                ...beforeAnswers,
                ...resumable.map((state) => ({
                  guard: { type: 'choseLanguageToResume' as const, params: { state } },
                  target: state,
                  actions: ['setChosenLanguage' as const, s.assign({ resume: undefined })],
                })),
                { guard: 'choseLanguage', target: 'consent', actions: 'setChosenLanguage' },
                ...resumable.map((state) => ({
                  guard: and(['missedBefore' as const, { type: 'resumeIs' as const, params: { state } }]),
                  target: state,
                  actions: s.assign({ resume: undefined }),
                })),
                {
                  guard: 'missedBefore',
                  target: 'consent',
                  actions: s.assign({
                    lang: ({ context, event }) =>
                      (event.type === 'TEXT' ? (isLanguage(event.meta.wroteIn) ? event.meta.wroteIn : guessLanguage(event.text, deps.languages)) : undefined) ?? (context.lang || deps.languages[0] || ''),
                  }),
                },
                { guard: 'hasWords', actions: ['countMiss', { type: 'say', params: { key: 'not-a-choice', all: true } }, askAgain] },
              ],
            },
          },
          consent: {
            entry,
            on: {
              CHOICE: [
                { guard: { type: 'chose', params: { id: choiceIds.agree } }, target: 'afterConsent' },
                { guard: { type: 'chose', params: { id: choiceIds.disagree } }, target: 'declined' },
              ],
              // "iya", "ok", "setuju" agree; "tidak" does not. Nothing is kept before consent, so other words
              // get a short reminder of the two answers (not the whole text again), and the question stays.
              TEXT: [
                // The consent came in the hint's language and the person writes clearly in another of ours: the
                // consent again in theirs (consent keeps nothing), danger words raising the alarm as anywhere.
                { guard: 'wroteOtherLanguage', target: 'consent', reenter: true, actions: ['setLanguageFromWords', 'scanForDanger'] },
                ...beforeAnswers,
                typed('consent'),
                { guard: 'hasWords', actions: say('consent-not-understood') },
              ],
              LANGUAGE: onLanguage('consent'),
            },
          },
          // Someone who already raised an alarm (SOS before consent), or wrote worried words, needs help
          // themselves: no menu, the danger question at once. After /restart with a case open, the menu: a
          // mother whose first "tolong" opened a case must reach the report about her son again (the case
          // stays with the conversation, and "I need help myself" goes on with it).
          afterConsent: { entry: 'consented', always: [{ guard: or(['askDanger', and(['hasCase', not('restarted')])]), target: 'danger' }, { target: 'who' }] },
          who: {
            entry,
            on: {
              CHOICE: [
                { guard: { type: 'chose', params: { id: whoChoices.myself } }, target: 'danger' },
                {
                  guard: { type: 'chose', params: { id: whoChoices.someoneElse } },
                  actions: { type: 'switchFlow', params: ({ context }) => ({ flow: 'missing-person', entry: 'report', suspect: context.carried }) },
                },
                { guard: { type: 'chose', params: { id: whoChoices.status } }, actions: { type: 'switchFlow', params: { flow: 'missing-person', entry: 'status' } } },
              ],
              TEXT: [
                // "anak saya disekap": a relative's report, with those words (its urgency rises there).
                { guard: 'dangerAboutSomeoneElse', actions: reportSomeoneElse },
                // "tolong", "SOS" typed here: they need help themselves.
                { guard: 'saysDanger', target: 'danger', actions: ['scanForDanger'] },
                // Worried words ("aku takut"): they need help themselves; ask about danger now.
                { guard: 'soundsWorried', target: 'danger', actions: 'scanForDanger' },
                beforeAnswers[1],
                typed('who'), // "saya sendiri", "anak saya", "cek laporan"
                // Unread twice: someone in trouble is the one we must not lose; their words are kept.
                ...missed('who-not-understood', { target: 'danger', actions: [addDetails, 'sync' as const] }),
              ],
              LANGUAGE: onLanguage('who'),
            },
          },
          declined: {
            entry,
            on: {
              CHOICE: { guard: { type: 'chose', params: { id: choiceIds.startOver } }, target: 'consent' },
              START: 'consent',
              LANGUAGE: onLanguage('declined'),
            },
          },
          danger: {
            entry,
            on: {
              CHOICE: [
                { guard: { type: 'chose', params: { id: choiceIds.yes } }, target: 'afterDanger', actions: [setAnswers(() => ({ dangerNow: true })), s.assign({ discreet: true }), 'sync', 'alarm', { type: 'say', params: { key: 'danger-alerted' } }] },
                { guard: { type: 'chose', params: { id: choiceIds.no } }, target: 'afterDanger', actions: [setAnswers(() => ({ dangerNow: false })), 'sync'] },
              ],
              TEXT: [
                // "tolong", "SOS" typed here is a yes.
                { guard: 'saysDanger', target: 'afterDanger', actions: ['scanForDanger', setAnswers(() => ({ dangerNow: true })), 'sync'] },
                beforeAnswers[1],
                // "orang lain", "anak saya" (a relative whose first "tolong" opened a case): the report about someone else.
                { guard: 'typedSomeoneElse', actions: reportSomeoneElse },
                typed('danger'), // "iya", "aku takut" → yes; "tidak", "aman" → no
                // Unread twice: no answer to the question, the words kept with what is happening.
                ...missed('danger-not-understood', { target: 'afterDanger', actions: [addDetails, 'sync' as const] }),
              ],
              LANGUAGE: onLanguage('danger'),
            },
          },
          // A pin sent earlier answers where they are: no need to ask.
          afterDanger: { always: [{ guard: 'hasPin', target: 'routeAfterLocation' }, { target: 'location' }] },
          location: {
            entry,
            on: {
              LOCATION: [
                {
                  guard: 'plausiblePoint',
                  target: 'routeAfterLocation',
                  actions: [setPin, 'sync'],
                },
                { actions: [{ type: 'say', params: { key: 'location-invalid' } }, { type: 'ask', params: {} }] },
              ],
              TEXT: [
                {
                  guard: 'hasWords',
                  target: 'routeAfterLocation',
                  actions: [
                    'scanForDanger',
                    setAnswers((_, e) => {
                      const typed = text(e, limits.location);
                      const guess = deps.places.fromText(typed);
                      return { location: { kind: 'text', text: typed }, country: guess.country, place: guess.place };
                    }),
                    'sync',
                  ],
                },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('location'),
            },
          },
          routeAfterLocation: {
            always: [{ guard: 'countryKnown', target: 'afterCountry' }, { target: 'country' }],
          },
          country: {
            entry,
            on: {
              CHOICE: {
                guard: { type: 'choseOneOf', params: { ids: [...deps.countries, choiceIds.other] } },
                target: 'afterCountry',
                actions: [setAnswers((_, e) => ({ country: e.type === 'CHOICE' ? e.choice : undefined })), 'sync'],
              },
              TEXT: [
                {
                  guard: 'hasWords',
                  target: 'afterCountry',
                  actions: [
                    'scanForDanger',
                    setAnswers((ctx, e) => {
                      const typed = text(e, limits.location);
                      const prior = ctx.answers.location?.kind === 'text' ? `${ctx.answers.location.text}, ` : '';
                      const location: Location = ctx.answers.location?.kind === 'pin' ? ctx.answers.location : { kind: 'text', text: cleanText(prior + typed, limits.location) };
                      return { country: deps.places.fromText(typed).country ?? choiceIds.other, location };
                    }),
                    'sync',
                  ],
                },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('country'),
            },
          },
          afterCountry: { always: then('situation') },
          situation: {
            entry,
            on: {
              CHOICE: [
                {
                  guard: { type: 'choseOneOf', params: { ids: indicators } },
                  actions: [
                    setAnswers((ctx, e) => {
                      const id = e.type === 'CHOICE' ? e.choice : '';
                      const on = ctx.answers.situation.includes(id);
                      return { situation: on ? ctx.answers.situation.filter((s) => s !== id) : [...ctx.answers.situation, id] };
                    }),
                    { type: 'ask', params: { replace: true } },
                  ],
                },
                { guard: { type: 'chose', params: { id: choiceIds.done } }, target: 'afterSituation', actions: 'sync' },
              ],
              TEXT: [
                // "1 2", "1,3", "1-3", "semua": those ticked (none unticked), then as "done".
                {
                  guard: 'typedIndicators',
                  actions: [
                    setAnswers((ctx, e) => ({ situation: [...new Set([...ctx.answers.situation, ...(typedIndicators(e, ctx.lang) ?? [])])] })),
                    press(() => choiceIds.done),
                  ],
                },
                typed('situation'), // "selesai", "tidak ada"
                {
                  guard: 'hasWords',
                  target: 'afterSituation',
                  actions: [
                    'scanForDanger',
                    setAnswers((ctx, e) => {
                      const typed = text(e, limits.details);
                      return { details: ctx.answers.details ? cleanText(`${ctx.answers.details}\n${typed}`, limits.details) : typed };
                    }),
                    'sync',
                  ],
                },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('situation'),
            },
          },
          afterSituation: { always: then('people') },
          people: {
            entry,
            on: {
              CHOICE: {
                guard: { type: 'choseOneOf', params: { ids: peopleChoices } },
                target: 'afterPeople',
                actions: [setAnswers((_, e) => ({ people: e.type === 'CHOICE' ? e.choice : undefined })), 'sync'],
              },
              TEXT: [
                {
                  guard: 'countsPeople',
                  target: 'afterPeople',
                  actions: ['scanForDanger', setAnswers((ctx, e) => (e.type === 'TEXT' ? (readPeople(e.text, ctx.lang) ?? {}) : {})), 'sync'],
                },
                { guard: 'typedSkip', target: 'afterPeople', actions: setAnswers(() => ({ people: undefined, peopleWords: undefined })) },
                beforeAnswers[0],
                ...missed('people-not-number', {
                  target: 'afterPeople',
                  actions: [setAnswers((_, e) => ({ people: undefined, peopleWords: text(e, limits.peopleWords) })), 'sync' as const],
                }),
                ...fallbackText('people-not-number'),
              ],
              LANGUAGE: onLanguage('people'),
            },
          },
          afterPeople: { always: then('contact') },
          contact: {
            entry,
            on: {
              CHOICE: [
                { guard: { type: 'chose', params: { id: 'times' } }, target: 'contactTimes', actions: setAnswers(() => ({ contact: 'times' })) },
                {
                  guard: { type: 'choseOneOf', params: { ids: contactChoices } },
                  target: 'afterContact',
                  actions: [setAnswers((_, e) => ({ contact: e.type === 'CHOICE' ? (e.choice as IntakeAnswers['contact']) : undefined, contactTimes: undefined })), 'sync'],
                },
              ],
              TEXT: [
                ...beforeAnswers,
                typed('contact'), // "kapan saja", "tunggu saya", "jam tertentu"
                // "malam saja", "after 22:00": the times themselves. Unread twice: the words, as the times
                // (the most careful reading: officers write only when those words say).
                { guard: 'typedTime', target: 'afterContact', actions: [setAnswers((_, e) => ({ contact: 'times', contactTimes: text(e, limits.contactTimes) })), 'sync'] },
                { guard: 'typedSkip', target: 'afterContact' },
                ...missed('contact-not-understood', {
                  target: 'afterContact',
                  actions: [setAnswers((_, e) => ({ contact: 'times', contactTimes: text(e, limits.contactTimes) })), 'sync' as const],
                }),
              ],
              LANGUAGE: onLanguage('contact'),
            },
          },
          contactTimes: {
            entry,
            on: {
              TEXT: [
                { guard: 'hasWords', target: 'afterContact', actions: ['scanForDanger', setAnswers((_, e) => ({ contactTimes: text(e, limits.contactTimes) })), 'sync'] },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('contactTimes'),
            },
          },
          // The code word and the duress word are asked once: once set, never again (not after /restart). Nor
          // are they asked while what is sent may be someone else's (after /restart or a long silence with a
          // case open): whoever holds the phone then must not choose the word that shows officers' answers.
          afterContact: {
            always: [{ guard: 'editing', target: 'summary' }, { guard: 'mayBeSomeoneElse', target: 'name' }, { guard: 'codeWordSet', target: 'afterCodeWord' }, { target: 'codeWord' }],
          },
          codeWord: secretStep('code', 'afterCodeWord', 'code-word-kept'),
          afterCodeWord: { always: [{ guard: 'duressWordSet', target: 'name' }, { target: 'duressWord' }] },
          duressWord: secretStep('duress', 'name', 'duress-word-kept'),
          name: {
            entry,
            on: {
              CHOICE: { guard: { type: 'chose', params: { id: choiceIds.skip } }, target: 'summary', actions: [setAnswers(() => ({ name: undefined })), 'sync'] },
              TEXT: [
                typedSkip,
                // A typed name: then their age and home town, so that a relative's report about them can be found.
                { guard: 'hasWords', target: 'aboutMe', actions: ['scanForDanger', setAnswers((_, e) => ({ name: text(e, limits.name) })), 'sync'] },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('name'),
            },
          },
          // Age, home town and perhaps a phone number, in one answer ("24, Cianjur"): only after a typed name
          // (without a name they identify no one), and skippable.
          aboutMe: {
            entry,
            on: {
              CHOICE: { guard: { type: 'chose', params: { id: choiceIds.skip } }, target: 'summary' },
              TEXT: [
                typedSkip,
                { guard: 'saysDanger', actions: ['scanForDanger', askAgain] },
                { guard: 'hasWords', target: 'summary', actions: [setAnswers((_, e) => aboutMeAnswers(text(e, limits.about), deps.callingCode)), 'sync'] },
                ...fallbackText('not-understood'),
              ],
              LANGUAGE: onLanguage('aboutMe'),
            },
          },
          summary: {
            entry: [s.assign({ editing: false }), ...entry],
            on: {
              CHOICE: [
                { guard: { type: 'chose', params: { id: choiceIds.confirm } }, target: 'done', actions: 'finish' },
                { guard: { type: 'chose', params: { id: choiceIds.change } }, target: 'editMenu' },
              ],
              TEXT: [
                ...beforeAnswers,
                typed('summary'), // "ya", "kirim" → send; "ubah", "salah" → change
                // Unread twice: the words go with the report, and it is sent (more can be added after).
                ...missed('summary-not-understood', { target: 'done', actions: [addDetails, 'finish' as const] }),
              ],
              LANGUAGE: onLanguage('summary'),
            },
          },
          editMenu: {
            entry,
            on: {
              CHOICE: [
                ...editableSteps.map((step) => ({
                  guard: { type: 'chose' as const, params: { id: step } },
                  target: step,
                  actions: s.assign({ editing: true }),
                })),
                { guard: { type: 'chose', params: { id: choiceIds.back } }, target: 'summary' },
              ],
              // Unread twice: back to the summary, the words kept with what is happening.
              TEXT: [...beforeAnswers, ...missed('not-a-choice', { target: 'summary', actions: [addDetails, 'sync' as const] })],
              LANGUAGE: onLanguage('editMenu'),
            },
          },
          done: {
            entry: { type: 'say', params: { key: 'done' } },
            on: {
              // After the report: more text is added to the case; the person is reminded of their number.
              TEXT: [
                {
                  guard: 'hasWords',
                  actions: [
                    'scanForDanger',
                    setAnswers((ctx, e) => ({ details: cleanText(`${ctx.answers.details ?? ''}\n${text(e, limits.details)}`, limits.details) }), 'follow-up'),
                    'sync',
                    'forward',
                    { type: 'say', params: { key: 'case-open' } },
                  ],
                },
                { actions: { type: 'say', params: { key: 'case-open' } } },
              ],
              LOCATION: {
                guard: 'plausiblePoint',
                actions: [notePin, 'sync', 'forward', { type: 'say', params: { key: 'location-updated' } }],
              },
              SILENCE: {}, // the report is sent: nothing is missing
              // After the report only the message that breaks the silence is flagged (no report to send again).
              RESUMED: { actions: { type: 'flag', params: { reason: 'after-silence' } } },
              CHOICE: { actions: { type: 'say', params: { key: 'case-open' } } },
              STALE: { actions: { type: 'say', params: { key: 'case-open' } } },
              START: { actions: { type: 'say', params: { key: 'case-open' } } },
              // Officers see it in the case's thread (as the channel's file reference); the bot does not read it.
              MEDIA: { actions: ['scanForDanger', 'forward', { type: 'say', params: { key: 'media-forwarded' } }] },
              HELP: { actions: [{ type: 'say', params: { key: 'help' } }, { type: 'say', params: { key: 'help-wipe' } }, { type: 'say', params: { key: 'case-open' } }] },
              DISCREET: { actions: ['toggleDiscreet', sayDiscreet, { type: 'say', params: { key: 'case-open' } }] },
              LANGUAGE: onLanguage('done'),
            },
          },
        },
  });
}

export type IntakeMachine = ReturnType<typeof createIntakeMachine>;
export type IntakeSnapshot = SnapshotFrom<IntakeMachine>;
export type { Question };
