/**
 * The contract between the hotline core and a flow. A flow is a folder in `flows/` that exports one
 * `FlowModule` (made with `defineFlow`): a pure machine behind a step function, the questions it asks, how
 * its messages are filled in, and what its context becomes as a case. The core runs every flow through
 * this contract and knows none by name; `flows/index.ts` lists them.
 *
 * The path of one message: the core turns it into a `FlowInput`, the flow answers with its next state and
 * `FlowEffect`s, the core renders `ask`/`say`, answers `lookup`s with another `FlowInput`, and commits the
 * snapshot and the case (built by `caseRecord`) in one script.
 *
 * Nothing here imports from `src/`: flows stay pure and testable on their own.
 */
import type { DangerGrade } from './shared/danger/index.js';
import type { PlaceFinder } from './shared/places.js';

/** What every flow's context has: the core reads only these. */
export interface FlowContext {
  /** The person's language, '' until known. */
  lang: string;
  /** Sequence number of the question on screen; button presses carry it to spot stale ones. */
  prompt: number;
  caseId?: string;
  urgency?: 'critical' | 'high' | 'normal';
  reasons: string[];
  /**
   * Discreet mode as the person chose it (`/discreet`), or as an alarm set it; undefined: the deployment's
   * default for the flow (flows/shared/discreet.ts). Discreet: no case number or PIN left on screen, and
   * questions marked transient (deleted once answered).
   */
  discreet?: boolean;
  /**
   * While set (after `/restart` with a case open, or a long silence mid-report, until the report is sent
   * again), what the person sends may have been written by someone else: the core flags each message it
   * passes on to the officers with this reason.
   */
  suspect?: SuspectReason;
}

/** What the core tells a flow about the message being handled. */
export interface FlowMeta {
  /** When the message was sent (ms since epoch). */
  at: number;
  /**
   * The language this message points to (src/core/hotline.ts `startLanguage`): its words' language when the
   * deployment answers in it (src/i18n/detect.ts), else the channel's hint, normalised ('zh-hans' → zh,
   * 'fil' → tl). A flow starts in it if it is one of its languages.
   */
  languageHint?: string;
  /** The sender's own phone number (international digits), when the channel tells it (WhatsApp). */
  senderPhone?: string;
  /** The language the message's own words are written in (src/i18n/detect.ts, by their script or words), if it could tell. */
  wroteIn?: string;
  /**
   * How long the person had been silent before this message (ms since their previous one was sent);
   * undefined for a first message, and for work done without a message (a silence).
   */
  quietMs?: number;
  /** A fresh case id, drawn by the core only if the flow reads it (when a case opens). */
  readonly newCaseId: string;
  /** A fresh 6-digit PIN, drawn only if the flow reads it. */
  readonly newPin: string;
}

/** Results of a relative's status check, as the core reports them. `no-match` covers an unknown case too; `forgotten`: they said they forgot the PIN, and the officers were told. */
export const statusResults = ['received', 'working', 'located', 'closed', 'no-match', 'locked', 'forgotten'] as const;
export type StatusResult = (typeof statusResults)[number];

/** One message, as the core hands it to a flow. */
export type FlowInput =
  | { type: 'TEXT'; text: string; meta: FlowMeta }
  /** A button press, or a typed number or button's words that picked one. */
  | { type: 'CHOICE'; choice: string; meta: FlowMeta }
  | { type: 'LOCATION'; lat: number; lon: number; live: boolean; meta: FlowMeta }
  /** A later fix of a live location: recorded silently, never answered (the phone may be watched). */
  | { type: 'LIVE_LOCATION'; lat: number; lon: number; meta: FlowMeta }
  | { type: 'MEDIA'; media: string; fileRef?: string; caption?: string; meta: FlowMeta }
  /** A press of a button from an earlier question. */
  | { type: 'STALE'; meta: FlowMeta }
  | { type: 'START'; meta: FlowMeta }
  | { type: 'HELP'; meta: FlowMeta }
  | { type: 'LANGUAGE'; meta: FlowMeta }
  | { type: 'RESTART'; meta: FlowMeta }
  /** `/discreet`: the person switches discreet mode over (on if it was off, off if it was on). */
  | { type: 'DISCREET'; meta: FlowMeta }
  /**
   * The conversation switched to this flow (`switchFlow`), at one of its `entries`; `discreet` is the
   * person's own choice carried over (never the other flow's default); `suspect`: the flow it came from
   * was restarted with a case open (what follows may change that case, flagged); `carried`: what the person
   * had typed in the flow it came from (see `CarriedOver`).
   */
  | { type: 'BEGIN'; entry: string; lang: string; prompt: number; discreet?: boolean; suspect?: SuspectReason; carried?: CarriedOver; meta: FlowMeta }
  /**
   * The person has written nothing for the deployment's silence time (default 30 minutes) in the middle
   * of a report: the flow opens a case with what it has, marked unfinished, and stays where it was.
   */
  | { type: 'SILENCE'; meta: FlowMeta }
  /**
   * The person sent their duress word (or their language's default duress phrase): someone may be making
   * them write. The core has already taken the words out (they never reach the flow); the flow makes its
   * case critical with reason `duress` (opening one if there is none) and raises the alarm. The core sends
   * the ordinary-looking reply and nothing else.
   */
  | { type: 'DURESS'; meta: FlowMeta }
  /** The core's answer to a `secret` effect: the word was kept (as a keyed hash), or refused (`ok` false). */
  | { type: 'SECRET_KEPT'; kind: SecretKind; ok: boolean; meta: FlowMeta }
  | LookupResult;

/**
 * Words only the person knows, set at intake: `code` (officers' answers are shown only after it) and
 * `duress` (sent at any time, it raises the alarm silently). Never kept in a flow's context.
 */
export type SecretKind = 'code' | 'duress';

/** What a flow may ask the core to find out before the commit; the answer comes back as a `LookupResult`. */
export type LookupRequest =
  /** Verify a relative's PIN for a case (attempt-limited). The PIN is never kept in a context. */
  | { lookup: 'checkStatus'; caseId: string; pin: string }
  /** The relative forgot the PIN of this case: the officers are told (answered with STATUS_RESULT `forgotten`). */
  | { lookup: 'forgotPin'; caseId: string }
  /** Does this sender already have an open report about the person of this name? */
  | { lookup: 'findReport'; personName?: string };

export type LookupResult =
  | { type: 'STATUS_RESULT'; result: StatusResult; meta: FlowMeta }
  | { type: 'REPORT_CHECKED'; existingCaseId?: string; meta: FlowMeta };

/** Named effects a flow asks for; the core carries them out after the transition. */
export type FlowEffect =
  /** Send the question of the state the flow is in; `replace` edits the message whose button was pressed. */
  | { type: 'ask'; replace?: boolean }
  /**
   * Send one message; `allLanguages` before the person's language is known; `args` only this message carries;
   * `transient`: deleted once the person answers (a PIN shown once in discreet mode).
   */
  | { type: 'say'; key: string; allLanguages?: boolean; args?: Record<string, string>; transient?: boolean }
  /** Create the case from the context; `pin` is the relative's PIN (stored only as a keyed hash). */
  | { type: 'openCase'; pin?: string }
  /**
   * Write the context's answers and urgency to the open case. `pin`: a relative's PIN for a case opened
   * before they were given one (a report left unfinished, opened by `SILENCE`), stored as a keyed hash.
   */
  | { type: 'updateCase'; pin?: string }
  /**
   * This message says the person is in danger now (danger words, "yes" to the danger question): a case
   * an officer had finished (resolved, closed, duplicate) is reopened and posted to the officers as new.
   */
  | { type: 'alarm' }
  /** Pass this message on to the officers working the case (the case's thread). */
  | { type: 'forward' }
  /**
   * This message may have been written by someone else (a retraction, the first message after a long
   * silence): its copy to the officers is flagged with `reason` (see also `FlowContext.suspect`).
   */
  | { type: 'flag'; reason: SuspectReason }
  /**
   * Keep `word` as the person's code or duress word. The core stores only a keyed hash of it, never passes
   * the message on to officers, and answers with `SECRET_KEPT`. The flow keeps nothing of the word.
   */
  | { type: 'secret'; kind: SecretKind; word: string }
  | ({ type: 'lookup' } & LookupRequest)
  /** Continue the conversation in another flow, at one of its entries (`suspect` and `carried` go into its BEGIN). */
  | { type: 'switchFlow'; flow: string; entry: string; suspect?: SuspectReason; carried?: CarriedOver };

/**
 * What a flow hands over when it switches the conversation, so that nothing the person typed is lost: a
 * trapped person who tapped "someone else" by mistake and then wrote "tolong saya dipukul" keeps both
 * the alarm and what they had answered. The flow it goes to keeps it as its own (the intake: the alarm's
 * words, and the rest with what is happening).
 */
export interface CarriedOver {
  /** The message that made the switch (danger words about the writer), with when it was sent. */
  alarm?: { text: string; at: number };
  /** What the person had answered before, one line per answer, as they typed it (capped by the flow it goes to). */
  details?: string;
}

/** One button of a question. */
export interface PromptChoice {
  id: string;
  /** Message key of the label. */
  key: string;
  /** Render the label in this language rather than the person's (language names). */
  lang?: string;
  /** A toggled option of a multi-select, shown with a tick. */
  selected?: boolean;
}

/** The question a state asks, as data: the core renders it in the person's language. */
export interface PromptSpec {
  key: string;
  choices: PromptChoice[][];
  /** Offer a "share my location" button. */
  requestLocation?: boolean;
  /** A typed digit picks a button ("2" → the second). Off where people type numbers as answers. */
  numbered: boolean;
  /** Render the text in every supported language (before we know theirs). */
  allLanguages?: boolean;
  /**
   * Deleted from the chat once the person answers (a question whose words or ticks would give them away, in
   * discreet mode; the consent screen; a summary of their answers), and in any case when the conversation's
   * messages are auto-deleted.
   */
  transient?: boolean;
  /**
   * The answer is a secret (`secret` effect): the core matches no code, duress or "can't talk" word against
   * it and never passes it on to officers (its buttons still work, typed or pressed).
   */
  secret?: SecretKind;
}

/** Values a message is filled in with (Fluent arguments). */
export type MessageArgs = Record<string, string | number>;

/** Translates a message key into the person's language. */
export type Translate = (key: string, args?: MessageArgs) => string;

/** The deployment, as far as flows see it (src/deployment.ts has the full, validated file). */
export interface FlowDeployment {
  languages: readonly string[];
  defaultLanguage: string;
  embassy: { name: Record<string, string> };
  countries: ReadonlyArray<{ code: string; emergency: ReadonlyArray<{ service: string; number: string; revealing?: boolean }> }>;
  /** Discreet mode's default per flow name; a flow not named is discreet. */
  discreet?: Readonly<Record<string, boolean>>;
}

/** How a flow's questions and messages look, for the core's one renderer. */
export interface FlowView<C extends FlowContext> {
  /** The question of `state`, or undefined when the state asks nothing. */
  prompt(state: string, ctx: C): PromptSpec | undefined;
  /** The values message `key` refers to (a summary, emergency numbers), in the person's language. */
  args(key: string, ctx: C, t: Translate): MessageArgs;
  /**
   * Whether the conversation is in discreet mode: the person's choice, else the flow's default
   * (flows/shared/discreet.ts). Every message gets it as `$discreet` ("yes"/"no"); without this, `ctx.discreet ?? true`.
   */
  discreet?(ctx: C): boolean;
}

/** Who a case belongs to, as the core knows them. Personal data: it goes only into the sealed part. */
export interface CaseOwner {
  personId: string;
  channel: string;
  address: string;
}

/** What a context becomes as a case: plain fields officers' tools may list, and a part the core seals. */
export interface CaseRecord {
  fields: Record<string, string>;
  /** Everything that could identify or locate anyone; sealed (AES-256-GCM) by the core into `sealed`. */
  sealed: object;
}

/** Something the core does after a commit that opened a case (kept outside the commit on purpose). */
export type AfterOpen = { remember: 'report'; personName?: string };

/** How urgent a text sounds: `critical` (in danger now), `ask` (ask the danger question at once), or neither. */
export type { DangerGrade };

/** Where a version of an answer came from. */
export type AnswerSource = 'step' | 'follow-up' | 'restart' | 'silence';

/**
 * Why a change may have been written by someone else than the person (whoever holds the phone):
 * - `restart`: it came after `/restart` with a case open, before the report was sent again;
 * - `retraction`: it takes the report back ("I'm fine", "close my case", "no" to danger after an alarm);
 * - `after-silence`: it came after the person had been silent for the deployment's suspect time
 *   (`SUSPECT_QUIET_HOURS`, default 12).
 * Such changes are kept as versions and shown flagged; they never lower the urgency or close the case.
 */
export type SuspectReason = 'restart' | 'retraction' | 'after-silence';

/**
 * One earlier or current value of an answer. A case keeps every version (oldest first, the first ones
 * and the latest ones when there are many): the first position of a compound matters more than a later
 * one, and whoever holds the phone must not be able to erase what was said.
 */
export interface AnswerVersion {
  /** The answer's value as stored (a pin, a typed place, true/false, a count…). */
  value: unknown;
  at: number;
  source: AnswerSource;
  /** Set when the change may have been written by someone else (shown flagged on the card). */
  suspect?: SuspectReason;
}

/** Pure parts a flow's machine is built from (the deployment's data and the danger recogniser). */
export interface FlowDeps {
  languages: readonly string[];
  /** Country codes offered as buttons. */
  countries: readonly string[];
  places: PlaceFinder;
  /** The calling code a phone number written with a national leading 0 has (the deployment's: 62, 63…). */
  callingCode: string;
  /** True when a text says someone is in danger now: `dangerGrade(text) === 'critical'`. */
  saysDanger(text: string): boolean;
  /**
   * How a text reads for danger, in any language with a lexicon (not only the deployment's):
   * - `'critical'`: danger now (beaten, locked in, raped, threatened with death, hostage, bleeding, SOS,
   *   a cry for help such as "tolong saya" or "tolonggg"): open a critical case at once;
   * - `'ask'`: maybe (fear, a polite "tolong"/"help" before a request, a denied or past danger): ask the
   *   danger question at once rather than open a critical case;
   * - `undefined`: nothing that points to danger.
   * Pure and total (any string; only the first 8,192 code units are read). See docs/recognition.md.
   */
  dangerGrade(text: string): DangerGrade | undefined;
  /**
   * True when a text takes the report back ("I'm fine", "sent by mistake", "tutup kasus"), in any
   * language with a lexicon (`locales/<lang>/retraction.txt`, flows/shared/retraction.ts).
   */
  saysRetraction(text: string): boolean;
  /** A message after this long a silence (ms, `FlowMeta.quietMs`) may be someone else's: changes are flagged. */
  suspectQuietMs: number;
}

/** A flow's machine behind a pure step function (see flows/shared/run-machine.ts). */
export interface FlowMachine<C extends FlowContext, S> {
  /** Someone who has not written yet. */
  fresh(): S;
  /** A stored state (`value`, `context`) made live again. */
  resolve(value: string, context: C): S;
  /** One input in: the next snapshot and the effects to carry out (none, for an input the flow does not know). */
  step(snapshot: S, input: FlowInput): [S, FlowEffect[]];
  value(snapshot: S): string;
  context(snapshot: S): C;
}

/** Everything the core needs of one flow, with its own context `C` and snapshot `S`. */
export interface FlowDefinition<C extends FlowContext, S> {
  /** Stored with the conversation; never change it once deployed. */
  name: string;
  /** Message that reminds a person of their case once the flow asks nothing more. */
  caseOpenKey: string;
  create(deps: FlowDeps, deployment: FlowDeployment): { machine: FlowMachine<C, S>; view: FlowView<C> };
  /** The case for this context; `state` tells whether the person finished the report. */
  caseRecord(ctx: C, owner: CaseOwner, opts: { now: number; state: string }): CaseRecord;
  /** What the core does once a case this flow opened is committed. */
  afterOpen?(ctx: C): AfterOpen | undefined;
  /**
   * An update of a case that already exists, merged with what the case holds (`stored`: its plain fields and
   * its sealed part as read), for a flow whose report can add to a case another report opened: what the
   * later report leaves out must not erase what the earlier one said. Pure. Without it the update replaces
   * the fields (what every case keeps of its history, alarms and retractions is kept either way).
   */
  mergeCase?(stored: { fields: Record<string, string>; sealed: unknown }, next: CaseRecord, now: number): CaseRecord;
}

/**
 * A flow with its types sealed in: the core hands it a function generic in `C` and `S`, so each flow keeps
 * its own context type end to end without a cast (the existential pattern).
 */
export interface FlowModule {
  readonly name: string;
  use<R>(run: <C extends FlowContext, S>(definition: FlowDefinition<C, S>) => R): R;
}

/** Makes a flow's definition into the module `flows/index.ts` lists. */
export function defineFlow<C extends FlowContext, S>(definition: FlowDefinition<C, S>): FlowModule {
  return { name: definition.name, use: (run) => run(definition) };
}
