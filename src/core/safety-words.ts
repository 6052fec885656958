/**
 * Safety words: what a person's own words do before (or instead of) their flow hearing them. Each person
 * may set a code word and a duress word at intake; each language has a default duress phrase and a
 * "can't talk" phrase (locales/<lang>/intake.ftl: `duress-default`, `cant-talk-default`, matched in every
 * chat whatever its language). Per message the core asks this module what the message is:
 *
 * - `duress`: the person's duress word or a default duress phrase. The flow hears `DURESS` (not the words)
 *   and makes the case critical (reason `duress`); the chat gets only the ordinary-looking `duress-ack`,
 *   and from then on nothing at all (flow replies dropped, officers' answers held) until an officer
 *   resumes. Sent by chance it only ever raises urgency.
 * - `cant-talk`: the "can't talk" phrase. Nothing is sent to the chat (the flow still records what comes
 *   next) until the person sends their code word, or, without a code word, types a message at least
 *   `cantTalkMs` later, or an officer resumes.
 * - `code`: their code word: the flow never hears it, it is never passed on nor stored; the desk's relay
 *   shows the officers' held answers (the commit writes `case.person-active` with `by=code`).
 * - `guess`: a short typed text (one or two words, not an ordinary answer, not an answer to a question
 *   on screen) that is not the code word, while the person has one: counted against the case's tries
 *   while answers are held (five a day lock the release; an officer unlocks it).
 * - `typed`: any other typed text (not a command, button, sticker, media or edit): without a code word,
 *   a typed message that is not the first after a long silence releases held answers.
 * - `other`: everything else.
 *
 * The words themselves are never kept: only a keyed hash (the sealer's HMAC under DATA_KEY, bound to the
 * person's pseudonym) of their normalised form (case, accents, spaces and punctuation ignored), in the
 * conversation hash (`kc`, `kd`; docs/redis-layout.md). What to write is handed to the commit script as one
 * JSON argument (`safety`), so that it lands with the message's snapshot, or not at all.
 */
import { asciiDigits, answerWordsOf, readsAsAnswer } from '../../flows/shared/answers.js';
import { isWipeWord } from './wipe-words.js';
import type { FlowInput, FlowMeta, SecretKind } from '../../flows/contract.js';
import { hasWords } from '../../flows/shared/text.js';
import type { Locales } from '../i18n/locales.js';
import type { InboundMessage, OutboundMessage } from './messages.js';
import type { Sealer } from './sealed.js';

/** Why outbound messages to a chat stopped. */
export type StopKind = 'duress' | 'cant-talk';

/** A person's safety words and outbound stop, as kept in their conversation hash. */
export interface SafetyState {
  /** Keyed hash of the code word (`kc`). */
  code?: string;
  /** Keyed hash of the duress word (`kd`). */
  duress?: string;
  /** When they last typed a text (`ty`), ms. */
  typedAt?: number;
  /** Nothing goes to the chat (`x`: `<kind>:<since ms>`). */
  stop?: { kind: StopKind; at: number };
}

/** The conversation hash fields this module reads, in the order hotline begin returns them. */
export const SAFETY_FIELDS = ['kc', 'kd', 'ty', 'x'] as const;

export type MessageKind = 'duress' | 'cant-talk' | 'code' | 'guess' | 'typed' | 'other';

export interface Inspection {
  kind: MessageKind;
  /** The text is one of the person's secret words (also as an edit): it must never reach officers. */
  secret?: boolean;
  /** How long since the person last typed a text (their last message of any kind if never), ms. */
  quietMs?: number;
}

/** Wrong code-word tries per case within `windowSeconds` that lock the release of held answers. */
export const GUESS_POLICY = { limit: 5, windowSeconds: 24 * 3600 } as const;

/** A code or duress word's length in letters and digits, and its words. */
const WORD_LIMITS = { minChars: 3, maxChars: 40, maxWords: 3 } as const;
/** A guess at a code word is short: one or two words. */
const GUESS_MAX_WORDS = 2;

/**
 * The form a secret word is compared in: lower case, no accents, ASCII digits, letters and digits only
 * ("Kucing  Hitam!" and "kucinghitam" are the same word).
 */
export function secretForm(text: string): string {
  return asciiDigits(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Keeps (or refuses) the secret words a flow hands over during one message. */
export interface SecretKeeper {
  /** The flow's `secret` effect: true if kept, false if refused (too short, an ordinary word, a clash…). */
  keep(kind: SecretKind, word: string): boolean;
}

/** What the commit writes for one message, and what may be sent. */
export interface Settlement {
  /** The commit script's `safety` argument (JSON). */
  arg: string;
  /** Outbound messages to the chat are stopped after this message. */
  stopped: boolean;
  /** This message was the duress word: send only the ordinary-looking reply. */
  duress: boolean;
}

export interface SafetyWords {
  /** The state from the conversation hash fields {@link SAFETY_FIELDS} (as hotline begin returns them). */
  read(fields: ReadonlyArray<Buffer | string | null | undefined>): SafetyState;
  /**
   * What a message is, for a person in `state` whose flow asks `secretPrompt` (a question whose answer is
   * a secret word: nothing is matched against it), or another question (`asking`: an answer to it, such as
   * a name, is no guess). `lastAt`: their previous message, of any kind.
   */
  inspect(msg: InboundMessage, ctx: { state: SafetyState; personId: string; lang: string; secretPrompt?: SecretKind; asking?: boolean; lastAt?: number }): Inspection;
  /** True for a message the flow must not hear at all (the code word, "can't talk"). */
  swallowed(kind: MessageKind): boolean;
  /** What the flow hears instead of the duress word. */
  duressInput(meta: FlowMeta): FlowInput;
  /** Keeps the secret words of one message (validated; hashed). */
  keeper(state: SafetyState, personId: string, lang: string): SecretKeeper & { readonly kept: { code?: string; duress?: string } };
  /** What the commit writes, given the message's inspection (none for work done without a message). */
  settle(args: { state: SafetyState; inspection?: Inspection; kept: { code?: string; duress?: string }; at: number }): Settlement;
  /** The replies that may go out: only the duress reply after a duress word, none while stopped. */
  outbound(settlement: Settlement, replies: OutboundMessage[], lang: string): OutboundMessage[];
}

export function createSafetyWords(deps: {
  sealer: Sealer;
  locales: Locales;
  /** Without a code word, "can't talk" ends with a typed message this long after it, in ms. */
  cantTalkMs: number;
  /** True when a text says the writer is in danger now: never a guess at a code word. */
  saysDanger(text: string): boolean;
}): SafetyWords {
  const { sealer, locales } = deps;
  const phrases = (key: string) => new Set(locales.languages.map((lang) => secretForm(locales.t(lang, key))).filter((f) => f !== ''));
  const duressPhrases = phrases('duress-default');
  const cantTalkPhrases = phrases('cant-talk-default');
  const hash = (personId: string, form: string) => sealer.personId(`secret:${personId}`, form);

  const text = (v: Buffer | string | null | undefined) => (v === null || v === undefined ? undefined : v.toString() || undefined);

  return {
    read(fields) {
      const [code, duress, typedAt, stop] = fields.map(text);
      const m = stop ? /^(duress|cant-talk):(\d+)$/.exec(stop) : null;
      return {
        code,
        duress,
        typedAt: typedAt ? Number(typedAt) : undefined,
        stop: m ? { kind: m[1] as StopKind, at: Number(m[2]) } : undefined,
      };
    },

    inspect(msg, { state, personId, lang, secretPrompt, asking, lastAt }) {
      const body = msg.body;
      if (body.kind !== 'text' || !hasWords(body.text)) return { kind: 'other' };
      if (body.edited) {
        // An edit is never the word (nor a try), but one that spells a secret word is not passed on.
        const own = state.code || state.duress ? hash(personId, secretForm(body.text)) : undefined;
        return { kind: 'other', secret: !!own && (own === state.code || own === state.duress) };
      }
      const since = state.typedAt ?? lastAt;
      const quietMs = since === undefined ? undefined : Math.max(0, msg.at - since);
      if (secretPrompt) return { kind: 'typed', quietMs }; // a word being chosen: nothing to match yet
      const form = secretForm(body.text);
      const own = state.code || state.duress ? hash(personId, form) : undefined;
      if (duressPhrases.has(form) || (state.duress && own === state.duress)) return { kind: 'duress', quietMs };
      if (cantTalkPhrases.has(form)) return { kind: 'cant-talk', quietMs };
      if (state.code && own === state.code) return { kind: 'code', quietMs };
      const short = answerWordsOf(body.text).length <= GUESS_MAX_WORDS && form.length <= WORD_LIMITS.maxChars;
      if (state.code && !asking && short && !readsAsAnswer(body.text, lang) && !deps.saysDanger(body.text)) return { kind: 'guess', quietMs };
      return { kind: 'typed', quietMs };
    },

    // The flow never hears these: the code word and "can't talk" do their work here and leave no trace.
    swallowed: (kind) => kind === 'code' || kind === 'cant-talk',

    duressInput: (meta) => ({ type: 'DURESS', meta }),

    keeper(state, personId, lang) {
      const kept: { code?: string; duress?: string } = {};
      return {
        kept,
        keep(kind, word) {
          const form = secretForm(word);
          const words = answerWordsOf(word).length;
          if (form.length < WORD_LIMITS.minChars || form.length > WORD_LIMITS.maxChars || words > WORD_LIMITS.maxWords) return false;
          if (state[kind] || kept[kind]) return false; // set once: whoever holds the phone later cannot replace it
          if (cantTalkPhrases.has(form) || (kind === 'code' && duressPhrases.has(form))) return false;
          // Nor a word with another meaning here: an answer, danger, or a wipe word (it would never wipe).
          if (readsAsAnswer(word, lang) || deps.saysDanger(word) || isWipeWord(word, lang)) return false;
          const h = hash(personId, form);
          const other = kind === 'code' ? (kept.duress ?? state.duress) : (kept.code ?? state.code);
          if (h === other) return false;
          kept[kind] = h;
          return true;
        },
      };
    },

    settle({ state, inspection, kept, at }) {
      const set: Record<string, string> = {};
      const clear: string[] = [];
      const plan: Record<string, unknown> = {};
      if (kept.code) set.kc = kept.code;
      if (kept.duress) set.kd = kept.duress;
      let stop = state.stop;
      const kind = inspection?.kind;
      if (kind && kind !== 'other') set.ty = String(at); // they typed it
      if (kind === 'duress') {
        stop = { kind: 'duress', at };
        plan.duress = 1;
      } else if (kind === 'cant-talk' && stop?.kind !== 'duress') {
        stop = { kind: 'cant-talk', at }; // the quiet time counts from the latest one
        plan.cantTalk = 'on';
      } else if (stop?.kind === 'cant-talk' && (kind === 'code' || ((kind === 'typed' || kind === 'guess') && !state.code && at - stop.at >= deps.cantTalkMs))) {
        // "Can't talk" ends with the code word, or without one with a message typed long enough after.
        stop = undefined;
        clear.push('x');
        plan.cantTalk = 'off';
        plan.offBy = kind === 'code' ? 'code' : 'typed';
      }
      if (stop && stop !== state.stop) set.x = `${stop.kind}:${stop.at}`;
      if (kind === 'guess') plan.guess = GUESS_POLICY;
      if (inspection) {
        plan.by = kind === 'code' ? 'code' : kind === 'typed' || kind === 'guess' ? 'typed' : 'other';
        if (inspection.quietMs !== undefined) plan.quiet = inspection.quietMs;
      }
      return { arg: JSON.stringify({ set, clear, ...plan }), stopped: !!stop, duress: kind === 'duress' };
    },

    outbound(settlement, replies, lang) {
      if (settlement.duress) return [{ text: locales.t(lang, 'duress-ack') }];
      return settlement.stopped ? [] : replies;
    },
  };
}
