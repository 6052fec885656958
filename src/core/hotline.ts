/**
 * The hotline core: one inbound message in, the person's replies out. Per message it takes the person's
 * lease (ordering across processes) and their conversation from Redis, skips a message it has already
 * processed, runs the person's flow as a pure transition, and commits the snapshot, case change, queue
 * entry and event in one script before any reply is released. A failed commit sends nothing that says "saved".
 *
 * A conversation is in one flow at a time (flows/index.ts lists them; src/core/conversations.ts binds
 * them). The core runs every flow through one contract (flows/contract.ts) and knows none by name: a
 * flow hands over with `switchFlow`; where it needs to know something from Redis (a PIN check, an earlier
 * report), it asks for a `lookup` and the core answers with an input fed back into the flow before the
 * commit, so flows stay pure.
 *
 * Before the flow hears a message, the person's safety words have their say (src/core/safety-words.ts): the
 * duress word reaches the flow as `DURESS`, the code word and "can't talk" not at all, and while the chat is
 * stopped the replies are dropped (the commit still records everything).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FlowInput, FlowMeta, FlowModule, LookupRequest, SuspectReason } from '../../flows/contract.js';
import { flows as listedFlows } from '../../flows/index.js';
import { asciiDigits } from '../../flows/shared/answers.js';
import { phoneFromWhatsApp } from '../../flows/shared/identity.js';
import { createDangerRecognizer, rememberLastGrade } from '../../flows/shared/danger/index.js';
import { discreetDefault, isDiscreet } from '../../flows/shared/discreet.js';
import { mergeKept } from '../../flows/shared/history.js';
import { createRetractionRecognizer } from '../../flows/shared/retraction.js';
import { createPlaceFinder, isPlausiblePoint } from '../../flows/shared/places.js';
import { cleanText, looseForm } from '../../flows/shared/text.js';
import { createRelativeAccess } from '../cases/relative-access.js';
import { caseKeyForWrite, caseSealer, forgetCaseKey, loadCaseKey, rememberCaseKey, sealerWithCaseKey } from '../cases/case-keys.js';
import type { Deployment } from '../deployment.js';
import { DETECTABLE_LANGUAGES, detectLanguage, languageOfHint } from '../i18n/detect.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { hotlineBegin, hotlineCommit, releaseLease, type HotlineRedis } from '../redis/scripts.js';
import { ChannelName, InboundMessage, type ForwardedMessage, type OutboundMessage } from './messages.js';
import { createConversations, type Conversation } from './conversations.js';
import { createFirstAid } from './first-aid.js';
import { createSafetyWords, SAFETY_FIELDS, type Inspection, type MessageKind, type SafetyState, type SecretKeeper } from './safety-words.js';
import type { Sealer } from './sealed.js';
import { asksToWipe } from './wipe-words.js';
import { createCasePurger } from '../cases/retention.js';
import { createForget, FORGET_NO, FORGET_YES } from './forget.js';
import { asksToForget } from './forget-words.js';

/** Another worker kept the person's lease for too long. */
export class LeaseTimeoutError extends Error {
  constructor(readonly personId: string) {
    super(`timed out waiting for the processing lease of person ${personId}`);
    this.name = 'LeaseTimeoutError';
  }
}

/** The commit found our lease gone (it expired while we worked): the message is processed again. */
export class LeaseLostError extends Error {
  constructor(readonly personId: string) {
    super(`lost the processing lease of person ${personId} before commit`);
    this.name = 'LeaseLostError';
  }
}

/** Every case id drawn for a new case was taken (the id space is nearly full: lengthen the ids). */
export class CaseIdExhaustedError extends Error {
  constructor(readonly attempts: number) {
    super(`no free case id after ${attempts} draws`);
    this.name = 'CaseIdExhaustedError';
  }
}

export interface HotlineOptions {
  redis: HotlineRedis;
  keys: Keys;
  sealer: Sealer;
  locales: Locales;
  deployment: Deployment;
  logger: Logger;
  conversationTtlSeconds: number;
  /** How long one message may hold a person's lease, in ms. */
  leaseMs?: number;
  /** How many recent message ids per person are remembered to drop re-deliveries. */
  seenMax?: number;
  /** Case events kept in the stream (approximate trim): `EventsBudget.maxLen` (src/redis/events-budget.ts). */
  eventsMaxLen?: number;
  /** Retries of a message when Redis fails, before the person is told it was not saved. */
  retry?: { attempts: number; baseDelayMs: number };
  /** The flows a conversation can be in, the first where it starts (default: flows/index.ts). */
  flows?: readonly [FlowModule, ...FlowModule[]];
  /** How long a person in the middle of a report may be silent before their flow hears of it, in ms. */
  silenceMs?: number;
  /** A message after this long a silence may be someone else's: its changes are flagged, in ms (default 12 h). */
  suspectQuietMs?: number;
  /** Without a code word, "can't talk" ends with a message typed at least this long after it, in ms. */
  cantTalkMs?: number;
  /**
   * Called after every commit, before its replies go out: under Sentinel, waits until a replica has the
   * commit (src/redis/replica-wait.ts), so that a failover does not lose what the person was told is saved.
   */
  afterCommit?: () => Promise<void>;
}

export interface Hotline {
  /**
   * Processes one message and returns the replies to send. Validates it first. On repeated Redis
   * failure, returns one translated "not saved, send again" message instead of throwing.
   */
  receive(message: unknown): Promise<OutboundMessage[]>;
  /**
   * Processes one valid message; throws on Redis failure. A message already processed changes nothing:
   * it gets no reply, unless it is the person's latest (then the current question is sent again).
   */
  handle(message: InboundMessage): Promise<OutboundMessage[]>;
  /**
   * Tells the person's flow they went silent in the middle of a report (the deadline set at their last
   * message came due): the flow may open a case with what it has. Nothing is ever sent to the person.
   */
  silence(personId: string): Promise<void>;
  /** True when a text says the writer is in danger (any language with a lexicon): channels let it skip queues. */
  saysDanger(text: string): boolean;
  /** Every string a person reads, for channels that have their own (command menus). */
  readonly locales: Locales;
}

/**
 * What officers see of a message passed on to them (sealed in the `case.message` event): the words, the
 * pin, or the channel's reference to a photo or file. Schema: `ForwardedMessage` in src/core/messages.ts.
 */
function forwardedBody(msg: InboundMessage, suspect: SuspectReason | undefined, lang: string | undefined): ForwardedMessage {
  const b = msg.body;
  const flag = suspect ? { suspect } : {};
  const written = lang ? { lang } : {};
  if (b.kind === 'text') return { kind: 'text', text: b.text, at: msg.at, ...written, ...flag };
  if (b.kind === 'location') return { kind: 'location', lat: b.lat, lon: b.lon, live: b.live, at: msg.at, ...flag };
  if (b.kind === 'media') return { kind: 'media', media: b.media, fileRef: b.fileRef, caption: b.caption, channel: msg.channel, at: msg.at, ...written, ...flag };
  return { kind: 'other', what: b.kind, at: msg.at, ...flag };
}

/** The words of a message, typed or a caption. */
const wordsIn = (body: InboundMessage['body'] | undefined): string | undefined => (body?.kind === 'text' ? body.text : body?.kind === 'media' ? body.caption : undefined);

/** The language the person's own words are written in (any language src/i18n/detect.ts names), for officers. */
function wroteIn(msg: InboundMessage): string | undefined {
  const words = wordsIn(msg.body);
  return words ? detectLanguage(words, { candidates: DETECTABLE_LANGUAGES })?.lang : undefined;
}

/**
 * The language a message points to, for a conversation that has none yet: its words' language when the
 * deployment answers in it (Roman Urdu without an Urdu locale: English), else the channel's hint (normalised:
 * 'zh-hans' → zh, 'fil' → tl). The flow takes it only for a first message, and only if the deployment answers in it; the person's own choice
 * (the language menu, /language) is kept on the conversation and wins from then on.
 */
function startLanguage(msg: { body?: InboundMessage['body']; languageHint?: string }, languages: readonly string[]): string | undefined {
  const words = wordsIn(msg.body);
  const byWords = words ? detectLanguage(words, { candidates: languages }) : undefined;
  if (byWords && byWords.by !== 'hint') return byWords.lang;
  // Urdu typed in Latin letters (Roman Urdu) on a deployment without Urdu: English, which more Pakistani
  // workers read than Hindi's Devanagari; the first aid comes in Urdu too (src/core/first-aid.ts).
  if (words && !languages.includes('ur') && languages.includes('en') && !/[^\p{Script=Latin}\P{L}]/u.test(words) && detectLanguage(words, { candidates: DETECTABLE_LANGUAGES })?.lang === 'ur') return 'en';
  return languageOfHint(msg.languageHint);
}

/** What the person wrote or sent (not a button press or a command): passed on once their case is open. */
function forwardable(msg: InboundMessage): boolean {
  const body = msg.body;
  if (body.kind === 'text') return cleanText(body.text, 1) !== ''; // nothing visible (blank, zero-width only): noise
  // A live location's later fixes move the pin silently; a point off the map is no place at all.
  if (body.kind === 'location') return !body.moved && isPlausiblePoint(body.lat, body.lon);
  return body.kind === 'media' || body.kind === 'contact' || body.kind === 'unsupported';
}

/** What a channel does with a wipe request: deletes the chat's messages, and shows nothing. */
const WIPE: OutboundMessage = { text: '', wipe: true };
/** The person's own words that do their work before anything else, a wipe word included. */
const SAFETY_KINDS: ReadonlySet<MessageKind> = new Set(['duress', 'cant-talk', 'code']);

/** Who a conversation belongs to, kept sealed in its hash (`w`) for work done without a message. */
const Owner = z.object({ channel: ChannelName, address: z.string().min(1) });
type Owner = z.infer<typeof Owner>;

/** A conversation keeps at most this many cases (`oc`): its flow's own, then the latest before it. */
const CASES_KEPT = 16;

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud over a bad line

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHotline(opts: HotlineOptions): Hotline {
  const { redis, keys, sealer, locales, deployment, logger } = opts;
  const leaseMs = opts.leaseMs ?? 15_000;
  const seenMax = opts.seenMax ?? 32;
  const eventsMaxLen = opts.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen;
  const retry = opts.retry ?? { attempts: 6, baseDelayMs: 250 };
  const silenceMs = opts.silenceMs ?? 30 * 60_000;
  const cantTalkMs = opts.cantTalkMs ?? 30 * 60_000;

  const recognizer = createDangerRecognizer(locales.dangerLexicons);
  const dangerGrade = rememberLastGrade((text) => recognizer.grade(text)); // the channel and the flow grade the same text
  const saysDanger = (text: string) => dangerGrade(text) === 'critical';
  const saysRetraction = createRetractionRecognizer(locales.retractionLexicons);
  const conversations = createConversations({
    flows: opts.flows ?? listedFlows,
    flowDeps: {
      languages: deployment.languages,
      countries: deployment.countries.map((c) => c.code),
      places: createPlaceFinder(deployment.countries, deployment.places),
      callingCode: deployment.embassy.callingCode,
      saysDanger,
      dangerGrade,
      saysRetraction,
      suspectQuietMs: opts.suspectQuietMs ?? 12 * 3600_000,
    },
    deployment,
    locales,
  });
  const relatives = createRelativeAccess({ redis, keys, sealer, eventsMaxLen: opts.eventsMaxLen });
  const safety = createSafetyWords({ sealer, locales, cantTalkMs, saysDanger });
  const firstAid = createFirstAid(deployment, locales);

  /**
   * First aid in the person's own language when the deployment does not answer in it (src/core/first-aid.ts):
   * the answer on their first message, and "an officer is alerted" when their message made the case critical.
   * Before the flow's replies, which go on in the deployment's language. Someone answered in full in a
   * language that is not the citizens' reads on their first message whose line this is, and again when the
   * conversation's language changes (their words or their choice after a consent in the hint's language).
   * `firstText`: the first text they type, after a start with none (a /start, a button, a photo): the answer
   * then comes when the words are in a first-aid language, unless the hint gave that one at the first message.
   */
  function firstAidFor(msg: InboundMessage, first: boolean, firstText: boolean, current: Conversation, next: Conversation): OutboundMessage[] {
    const b = msg.body;
    const words = b.kind === 'text' ? b.text : b.kind === 'media' ? b.caption : undefined;
    const critical = !!words && saysDanger(words) && next.context.urgency === 'critical' && !!next.context.caseId;
    const switched = !first && !!next.context.lang && next.context.lang !== current.context.lang;
    const late = !first && firstText && !!words;
    if (!first && !critical && !switched && !late) return [];
    // Which lexicon the words matched says the language best; read only for a text with danger in it.
    const danger = words && dangerGrade(words) ? recognizer.explain(words).matches : undefined;
    // The hint too for a late first text: it settles Latin-script words between close languages (Indonesian and
    // Malay) toward the phone's; a first-aid language it names was answered at the first message (`answered`).
    const lang = firstAid.languageOf({ text: words, hint: msg.languageHint, danger });
    if (!lang) {
      // Answered in full, perhaps in a language that is not the embassy's citizens': then whose line this is.
      const note = (first || switched) && next.context.lang ? firstAid.notCitizen(next.context.lang) : undefined;
      return note ? [note] : [];
    }
    const out: OutboundMessage[] = [];
    if (critical) out.push(firstAid.alerted(lang));
    // A late first text in the language the hint gave the first message: that answer is on screen already.
    const answered = !first && lang === firstAid.languageOf({ hint: msg.languageHint });
    if (first || (late && !answered)) out.push(firstAid.answer(lang, { discreet: isDiscreet(next.context, discreetDefault(deployment, next.flow)) }));
    return out;
  }

  const forget = createForget({ redis, keys, locales, logger, eventsMaxLen, purger: createCasePurger({ redis, keys, logger, maxLen: eventsMaxLen, sealer }) });
  /** What a typed answer to the forget question may be, in any language: its buttons' words, or their numbers. */
  const forgetReplies = new Set([' 1 ', ' 2 ', ...locales.languages.flatMap((l) => [looseForm(locales.t(l, 'forget-yes')), looseForm(locales.t(l, 'forget-no'))])]);

  /**
   * After a wipe, what the flow still hears as usual: a command, a pin, danger. Anything else the person
   * sends next is not taken as an answer (the question is no longer on screen): they get the question again.
   */
  const heardAfterWipe = (msg: InboundMessage): boolean => {
    const b = msg.body;
    if (b.kind === 'command' || b.kind === 'location' || (b.kind === 'text' && b.edited)) return true;
    const words = b.kind === 'text' ? b.text : b.kind === 'media' ? b.caption : undefined;
    return words !== undefined && saysDanger(words);
  };
  const newCaseId = () => {
    const bytes = randomBytes(4); // 4 × 5 bits; ALPHABET has 32 symbols
    return `${deployment.embassy.caseIdPrefix}-${Array.from(bytes, (b) => ALPHABET[b & 31]).join('')}`;
  };
  /** Event meta whose case id is drawn only if the flow reads it (rarely: when a case opens). */
  const metaFor = (msg: { channel: string; address: string; at: number; languageHint?: string; wroteIn?: string; quietMs?: number }): FlowMeta => {
    let drawn: string | undefined;
    let pin: string | undefined;
    return {
      at: msg.at,
      languageHint: msg.languageHint,
      wroteIn: msg.wroteIn,
      senderPhone: msg.channel === 'whatsapp' ? phoneFromWhatsApp(msg.address) : undefined,
      quietMs: msg.quietMs,
      get newCaseId() {
        return (drawn ??= newCaseId());
      },
      get newPin() {
        return (pin ??= relatives.newPin());
      },
    };
  };

  function restore(sealed: Buffer | null | undefined): Conversation {
    return sealed ? conversations.restore(sealer.open(sealed, 'conversation')) : conversations.start();
  }

  /** Maps a channel message to a flow input, given where the person is. */
  function toInput(msg: InboundMessage, conv: Conversation, meta: FlowMeta): FlowInput {
    const body = msg.body;
    switch (body.kind) {
      case 'text': {
        // A typed "2", or a button's words, picks that button: flows never depend on buttons.
        const spec = conv.prompt();
        if (spec && spec.choices.length > 0) {
          const flat = spec.choices.flat();
          const typed = looseForm(body.text);
          const n = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(asciiDigits(body.text))?.[1]; // "2", "2.", "٢" (any script)
          const byNumber = spec.numbered && n ? flat[Number(n) - 1] : undefined;
          const byWords = flat.find((c) => looseForm(conv.label(c)) === typed);
          const choice = byNumber ?? byWords;
          if (choice) return { type: 'CHOICE', choice: choice.id, meta };
        }
        return { type: 'TEXT', text: body.text, meta };
      }
      case 'choice':
        return body.prompt === conv.context.prompt ? { type: 'CHOICE', choice: body.choice, meta } : { type: 'STALE', meta };
      case 'command':
        // A wipe never reaches the flow (see run); were it to, it only shows the question again.
        return { type: ({ start: 'START', help: 'HELP', language: 'LANGUAGE', restart: 'RESTART', discreet: 'DISCREET', wipe: 'START', forget: 'START' } as const)[body.command], meta };
      case 'location':
        return body.moved
          ? { type: 'LIVE_LOCATION', lat: body.lat, lon: body.lon, meta }
          : { type: 'LOCATION', lat: body.lat, lon: body.lon, live: body.live, meta };
      case 'media':
        return { type: 'MEDIA', media: body.media, fileRef: body.fileRef, caption: body.caption, meta };
      case 'contact':
        return { type: 'MEDIA', media: 'contact', meta };
      case 'unsupported':
        return { type: 'MEDIA', media: body.what, meta };
    }
  }

  /**
   * What to send when the latest message comes again (the process may have died before replying):
   * the current question, or the reminder of their case number. Nothing is processed twice.
   */
  function whereTheyAre(conv: Conversation): OutboundMessage[] {
    const question = conv.ask();
    if (question) return [question];
    return conv.context.caseId ? [conv.say(conv.caseOpenKey)] : [];
  }

  /** Answers a flow's lookup from Redis, as the input the flow continues with. */
  async function lookup(request: LookupRequest, personId: string, meta: FlowMeta): Promise<FlowInput> {
    switch (request.lookup) {
      case 'checkStatus': {
        const result = await relatives.checkStatus(request.caseId, request.pin, personId);
        logger.info({ personId, result: result === 'no-match' || result === 'locked' ? result : 'ok' }, 'status check');
        return { type: 'STATUS_RESULT', result, meta };
      }
      case 'forgotPin': {
        const result = await relatives.forgotPin(request.caseId, personId);
        logger.info({ personId }, 'forgotten PIN: officers told');
        return { type: 'STATUS_RESULT', result, meta };
      }
      case 'findReport':
        return { type: 'REPORT_CHECKED', existingCaseId: await relatives.openReport(personId, request.personName), meta };
    }
  }

  /**
   * Runs one input through the person's flow, then any input the flow's effects call for (a lookup's
   * answer, a switch to another flow), at most a few: the replies of every step, in order.
   */
  async function step(start: Conversation, first: FlowInput, pressed: boolean, personId: string, secrets: SecretKeeper, channel: string) {
    let conv = start;
    let input: FlowInput | undefined = first;
    const replies: OutboundMessage[] = [];
    let caseOp: '' | 'open' | 'update' = '';
    let forward = false;
    let alarm = false;
    let flag: SuspectReason | undefined;
    let pin: string | undefined;
    let secret = false;
    for (let hops = 0; input && hops < 4; hops++) {
      const { next, effects } = conv.step(input);
      conv = next;
      input = undefined;
      for (const effect of effects) {
        if (effect.type === 'ask') {
          const reply = conv.ask({ replacePressed: effect.replace && pressed });
          if (reply) replies.push(reply);
        } else if (effect.type === 'say') {
          // `channel` lets a message say what differs on WhatsApp (what wiping the chat can do there).
          replies.push(conv.say(effect.key, { allLanguages: effect.allLanguages, args: { channel, ...effect.args }, transient: effect.transient }));
        } else if (effect.type === 'openCase') {
          caseOp = 'open';
          pin = effect.pin;
        } else if (effect.type === 'updateCase') {
          if (caseOp === '') caseOp = 'update';
          if (effect.pin) pin = effect.pin; // a relative's PIN for a case a silence opened
        } else if (effect.type === 'forward') {
          forward = true;
        } else if (effect.type === 'alarm') {
          alarm = true;
        } else if (effect.type === 'flag') {
          flag ??= effect.reason;
        } else if (effect.type === 'lookup') {
          input = await lookup(effect, personId, first.meta);
        } else if (effect.type === 'secret') {
          // A code or duress word: kept as a keyed hash only; the message is never passed on.
          secret = true;
          input = { type: 'SECRET_KEPT', kind: effect.kind, ok: secrets.keep(effect.kind, effect.word), meta: first.meta };
        } else {
          // switchFlow: the other flow starts fresh, in the same language, with prompt numbers that keep counting
          // and the person's own choice of discreet mode (not the first flow's default).
          const target = conversations.begin(effect.flow);
          if (!target) continue;
          input = { type: 'BEGIN', entry: effect.entry, lang: conv.context.lang, prompt: conv.context.prompt, discreet: conv.context.discreet, suspect: effect.suspect, carried: effect.carried, meta: first.meta };
          conv = target;
          break;
        }
      }
    }
    return { conv, replies, caseOp, forward, alarm, flag, pin, secret };
  }

  /**
   * A case update, with what the case held kept: every version, alarm and retraction (`mergeKept`), so no
   * flow can remove them, and whatever the flow's own merge keeps (a relative's report made again keeps the
   * earlier report's answers: `FlowDefinition.mergeCase`). Read under the person's lease: only their
   * messages write the case.
   */
  async function keptWith(conv: Conversation, caseId: string, record: { fields: Record<string, string>; sealed: object }, now: number) {
    const stored = await redis.hgetall(keys.case(caseId));
    if (!stored.sealed) return record;
    let opened: unknown;
    try {
      opened = JSON.parse((await caseSealer({ redis, keys, sealer }, caseId)).open(Buffer.from(stored.sealed, 'base64'), `case ${caseId}`));
    } catch (err) {
      logger.warn({ err, caseId }, 'the stored case could not be read: updated without its earlier versions');
      return record;
    }
    const { sealed: _sealed, ...fields } = stored;
    return conv.mergeCase({ fields, sealed: opened }, { fields: record.fields, sealed: mergeKept(opened, record.sealed) }, now);
  }

  async function takeLease(conv: string, lease: string, token: string, messageId: string, personId: string) {
    const deadline = Date.now() + leaseMs * 2;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      const [status, snapshot, lastAt, ...fields] = await hotlineBegin(redis, { keys: { conversation: conv, lease }, args: { token, leaseMs, messageId } });
      const s = status.toString();
      if (s !== 'busy') {
        // After lastAt: the safety-word fields (kc, kd, ty, x), then the trail's (wp, e), then the conversation's cases (oc).
        const [wiped, refused, cases] = fields.slice(SAFETY_FIELDS.length);
        return {
          status: s as 'ok' | 'dup' | 'dup-last', snapshot, lastAt: lastAt ? Number(lastAt.toString()) : undefined,
          safety: safety.read(fields.slice(0, SAFETY_FIELDS.length)), wiped: !!wiped, refused: !!refused,
          cases: cases ? cases.toString().split(' ').filter(Boolean) : [],
        };
      }
      if (Date.now() > deadline) throw new LeaseTimeoutError(personId);
      await sleep(wait);
    }
  }

  /**
   * Under the person's lease: runs one input through their flow and commits the result (snapshot, case,
   * queue, events, silence deadline) in one script, then returns the replies. `message` is what the
   * person sent, passed on to the case's officers once a case is open; a silence has none.
   */
  async function run(job: {
    personId: string;
    owner: Owner;
    messageId: string;
    at: number;
    languageHint?: string;
    /**
     * `wiped`: the person wiped the chat since their last message; `refused`: messages could not be deleted
     * from it; `cases`: the conversation's cases (`oc`), the flow's own among them.
     */
    begun: { token: string; snapshot: Buffer | null | undefined; lastAt?: number; safety: SafetyState; wiped?: boolean; refused?: boolean; cases: string[] };
    /** The input for the flow; undefined: the flow does not hear of it (the message is only passed on). */
    input(conv: Conversation, meta: FlowMeta): FlowInput | undefined;
    message?: InboundMessage;
    /** A silence fires once: only a message from the person sets the next one. */
    fromSilence?: boolean;
  }): Promise<OutboundMessage[]> {
    const { personId, owner, messageId } = job;
    const convKey = keys.conversation(personId);
    const lease = keys.lease(personId);
    const { token } = job.begun;
    try {
      const current = restore(job.begun.snapshot);
      const message = job.message;
      const lang = current.context.lang || deployment.defaultLanguage;
      // What the person's own words do first (src/core/safety-words.ts): a duress or "can't talk" word, the code word.
      const looked: Inspection | undefined = message
        ? safety.inspect(message, { state: job.begun.safety, personId, lang, secretPrompt: current.prompt()?.secret, asking: !!current.prompt(), lastAt: job.begun.lastAt })
        : undefined;
      // Wipe now: the flow does not hear of it and stays where it was; the channel deletes the chat. The
      // person's own safety words win over a wipe word; a wipe is no guess at the code word, no sign that
      // they can read held answers, and does not end "can't talk" (it is not inspected at all).
      const wiping = !!message && !(looked && SAFETY_KINDS.has(looked.kind)) && asksToWipe(message, current.context.lang);
      const inspection = wiping ? undefined : looked;
      const swallowed = !!inspection && safety.swallowed(inspection.kind);
      // The first message after a wipe is no answer: the question it would answer is gone from the screen.
      // (A conversation that had not begun has no question yet: the flow hears it as a first message.)
      const reasking = !wiping && !!message && !!job.begun.wiped && !heardAfterWipe(message) && whereTheyAre(current).length > 0;
      const written = message ? wroteIn(message) : undefined;
      for (let attempt = 0; ; attempt++) {
        const lastAt = job.fromSilence ? undefined : job.begun.lastAt;
        const quietMs = lastAt === undefined ? undefined : Math.max(0, job.at - lastAt);
        const meta = metaFor({ ...owner, at: job.at, languageHint: startLanguage({ body: message?.body, languageHint: job.languageHint }, deployment.languages), wroteIn: written, quietMs });
        const pressed = message?.body.kind === 'choice';
        const input = inspection?.kind === 'duress' ? safety.duressInput(meta) : swallowed || wiping || reasking ? undefined : job.input(current, meta);
        const keeper = safety.keeper(job.begun.safety, personId, lang);
        const stepped = input
          ? await step(current, input, pressed, personId, keeper, owner.channel)
          : { conv: current, replies: [] as OutboundMessage[], caseOp: '' as const, forward: false, alarm: false, flag: undefined, pin: undefined, secret: false };
        const { conv: next, caseOp, forward, alarm, flag, pin, secret } = stepped;
        const settled = safety.settle({ state: job.begun.safety, inspection, kept: keeper.kept, at: job.at });
        const replies = wiping ? [WIPE] : reasking && input === undefined && !swallowed ? whereTheyAre(current) : stepped.replies;
        if (message && input && !wiping && inspection?.kind !== 'duress') replies.unshift(...firstAidFor(message, !job.begun.snapshot, job.begun.safety.typedAt === undefined && message.body.kind === 'text' && !message.body.edited, current, next));
        // Messages could not be deleted from the chat (too old): say so once, in reply to a message (not
        // while nothing may be sent to the chat: `e` then stays for a later message).
        const told = !!message && !wiping && !!job.begun.refused && !settled.stopped;
        if (told) replies.unshift({ ...current.say('trail-clear-chat'), transient: true });
        // The wipe's mark stays until a message that the flow could take as an answer: one the flow heard,
        // or would have heard had it not been after the wipe (not a silence, a swallowed word, or while stopped).
        const keepWiped = !!job.begun.wiped && (!!job.fromSilence || swallowed || inspection?.kind === 'duress' || settled.stopped);
        const ctx = next.context;
        const caseId = ctx.caseId;

        const now = Date.now();
        // The case's own key (src/cases/case-keys.ts): a new one when the case opens, or is first written since
        // case keys; written by the commit with the case. Without a case change, only a stored one is used.
        const caseKey = !caseId ? undefined
          : caseOp ? await caseKeyForWrite({ redis, keys, sealer }, caseId)
          : await loadCaseKey({ redis, keys, sealer }, caseId).then((k) => (k ? { ...k, fresh: false } : undefined));
        const caseSeal = caseId ? sealerWithCaseKey(sealer, caseId, caseKey?.key) : sealer;
        let fields: Record<string, string> | undefined;
        if (caseOp) {
          const made = next.caseRecord({ personId, channel: owner.channel, address: owner.address }, now);
          const record = caseOp === 'update' && caseId ? await keptWith(next, caseId, made, now) : made;
          fields = { ...record.fields, sealed: caseSeal.seal(JSON.stringify(record.sealed)).toString('base64') };
          if (pin && caseId) fields.pinHash = relatives.pinHash(caseId, pin);
        }
        const sealedSnapshot = sealer.seal(next.stored());
        // Once a case is open, everything the person sends reaches its officers, also when it answers the
        // question on screen (a button press is an answer, and shows on the card instead). The message that
        // opened the case is on the case itself (its alarm words). A wipe request is not for the officers.
        const unspoken = secret || swallowed || inspection?.kind === 'duress' || !!inspection?.secret; // safety words never reach officers as words
        const passOn = !!message && !unspoken && !wiping && (forward || (!!current.context.caseId && !!caseId && forwardable(message)));
        // A message that may be someone else's (a retraction, after /restart, after a long silence) goes flagged.
        const suspect = flag ?? ctx.suspect;
        const forwarded = passOn && message && caseId ? caseSeal.seal(JSON.stringify(forwardedBody(message, suspect, written))).toString('base64') : '';
        // The conversation's other cases (another flow's, an earlier report): answers held on them still
        // reach the person when they write, after /restart too, until an officer finishes the case.
        const attached = job.begun.cases.filter((id) => id !== caseId);
        const result = await hotlineCommit(redis, {
          keys: {
            conversation: convKey, lease, case: keys.case(caseId ?? '-'), queue: keys.queue, events: keys.events,
            held: keys.held(caseId ?? '-'), due: keys.due, tries: keys.codeTries(caseId ?? '-'), caseKey: keys.caseKey(caseId ?? '-'),
          },
          rest: attached.flatMap((id) => [keys.case(id), keys.held(id), keys.codeTries(id)]),
          args: {
            token, messageId, snapshot: sealedSnapshot, ttlSeconds: opts.conversationTtlSeconds, seenMax,
            caseOp, caseFields: fields ? JSON.stringify(fields) : '{}', caseId: caseId ?? '', now, eventsMaxLen, forwarded,
            alarm: alarm ? '1' : '',
            // Someone in the middle of a report, with no case yet: if they go silent, the flow keeps what they said.
            silenceMember: `silence:${personId}`,
            silenceAt: caseId || job.fromSilence ? '' : String(now + silenceMs),
            owner: sealer.seal(JSON.stringify(owner)),
            // A silence is not a message: the person's last message stays the one they sent.
            lastAt: job.fromSilence ? '' : String(Math.max(job.at, job.begun.lastAt ?? 0)),
            safety: settled.arg,
            wiped: wiping ? '1' : keepWiped ? 'keep' : '',
            told: told ? '1' : '',
            attached: attached.join(' '),
            attachedMax: CASES_KEPT,
            caseKey: caseKey?.wrapped ?? '',
            caseKeyFresh: caseKey?.fresh ? '1' : '',
          },
        });
        if (result === 'case-key-changed' && caseId) {
          forgetCaseKey({ keys, sealer }, caseId); // erased, re-wrapped or written meanwhile: read it again
          if (attempt < 5) continue;
          throw new CaseIdExhaustedError(attempt + 1);
        }
        if (caseKey?.fresh && caseId && result !== 'case-exists') rememberCaseKey({ redis, keys, sealer }, caseId, caseKey);
        if (result === 'case-exists') {
          if (attempt < 5) continue; // drew a taken case id: draw again
          throw new CaseIdExhaustedError(attempt + 1);
        }
        if (result === 'lease-lost') throw new LeaseLostError(personId);
        await opts.afterCommit?.();
        if (result.startsWith('case.')) {
          logger.info({ personId, caseId, flow: next.flow, urgency: ctx.urgency, reasons: ctx.reasons, event: result }, result);
        }
        if (wiping) logger.info({ personId, caseId }, 'person asked to wipe the chat');
        const after = result === 'case.opened' && caseId ? next.afterOpen() : undefined;
        if (after?.remember === 'report' && caseId) {
          // Reporting the same person again while this case is open adds to it (findReport). Written after
          // the commit: if this process dies in between, the linker still links the two reports.
          await relatives.rememberReport(personId, after.personName, caseId);
        }
        // Deleting is no sending: a wipe goes through also while nothing may be sent to the chat.
        const out = wiping ? replies : safety.outbound(settled, replies, next.context.lang || lang);
        if (out.length < replies.length) logger.info({ personId, withheld: replies.length - out.length, kind: inspection?.kind }, 'replies withheld: outbound stopped for this chat');
        // Senders take critical cases' replies first (src/core/outbox.ts).
        return ctx.urgency && caseId ? out.map((m) => (m.wipe ? m : { ...m, urgency: ctx.urgency })) : out;
      }
    } catch (err) {
      await releaseLease(redis, { keys: { lease }, args: { token } }).catch(() => undefined);
      throw err;
    }
  }

  /**
   * A person's /forget (src/core/forget.ts), under their lease: the question, or its answer. Undefined when the
   * message is not about forgetting (the lease is still held: the message goes on as usual); else the replies,
   * the lease released. While nothing may be sent to the chat (duress, "can't talk"), the flow hears it as usual.
   */
  async function forgetStep(msg: InboundMessage, personId: string, token: string, begun: { snapshot: Buffer | null | undefined; safety: SafetyState; cases: string[] }): Promise<OutboundMessage[] | undefined> {
    if (begun.safety.stop) return undefined;
    const b = msg.body;
    const asks = asksToForget(msg, '');
    const answers = (b.kind === 'choice' && (b.choice === FORGET_YES || b.choice === FORGET_NO)) || (b.kind === 'text' && !b.edited && b.text.length <= 40 && forgetReplies.has(looseForm(b.text)));
    if (!asks && !answers) return undefined;
    // A typed "1" with no forget question waiting is an answer to the flow: found without opening the conversation.
    if (!asks && b.kind === 'text' && !(await redis.exists(keys.forgetAsk(personId)))) return undefined;
    const conv = restore(begun.snapshot);
    const hinted = startLanguage(msg, deployment.languages);
    const lang = conv.context.lang || locales.languages.find((l) => l === hinted) || deployment.defaultLanguage;
    const lease = keys.lease(personId);
    const release = () => releaseLease(redis, { keys: { lease }, args: { token } });
    try {
      if (asks) {
        const question = await forget.ask(personId, lang);
        await release();
        logger.info({ personId }, 'person asked to be forgotten: confirmation asked');
        return [question];
      }
      const said = await forget.answer(personId, msg, lang);
      if (said === undefined) return undefined;
      if (said === 'stale') {
        await release();
        return [];
      }
      if (said === 'no') {
        await forget.cancel(personId);
        await release();
        return [{ text: locales.t(lang, 'forget-kept'), transient: true }];
      }
      const known = [...new Set([...begun.cases, conv.context.caseId].filter((id): id is string => !!id))];
      await forget.erase(personId, known);
      await release();
      // The chat is wiped as on /wipe; one transient line says it is done.
      return [WIPE, { text: locales.t(lang, 'forget-done'), transient: true }];
    } catch (err) {
      await release().catch(() => undefined);
      throw err;
    }
  }

  async function handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    const personId = sealer.personId(msg.channel, msg.address);
    const token = randomUUID();
    const begun = await takeLease(keys.conversation(personId), keys.lease(personId), token, msg.messageId, personId);
    if (begun.status !== 'ok') {
      logger.debug({ personId, messageId: msg.messageId, latest: begun.status === 'dup-last' }, 'duplicate message skipped');
      if (begun.status !== 'dup-last') return [];
      const conv = restore(begun.snapshot);
      // The wipe may never have happened (the process died first): wiping twice is harmless, and deleting
      // is no sending (it also goes through while outbound is stopped).
      if (asksToWipe(msg, conv.context.lang)) return [WIPE];
      return begun.safety.stop ? [] : whereTheyAre(conv);
    }
    const forgetting = await forgetStep(msg, personId, token, begun);
    if (forgetting) return forgetting;
    if (msg.body.kind === 'text' && msg.body.edited && !saysDanger(msg.body.text) && !restore(begun.snapshot).context.caseId) {
      // An ordinary edit with no case to add it to: nothing to keep.
      await releaseLease(redis, { keys: { lease: keys.lease(personId) }, args: { token } });
      return [];
    }
    return run({
      personId,
      owner: { channel: msg.channel, address: msg.address },
      messageId: msg.messageId,
      at: msg.at,
      languageHint: msg.languageHint,
      begun: { token, snapshot: begun.snapshot, lastAt: begun.lastAt, safety: begun.safety, wiped: begun.wiped, refused: begun.refused, cases: begun.cases },
      input: (conv, meta) => {
        // An edited message is no answer to the question on screen now; danger in it still escalates.
        if (msg.body.kind === 'text' && msg.body.edited) return saysDanger(msg.body.text) ? { type: 'TEXT', text: msg.body.text, meta } : undefined;
        return toInput(msg, conv, meta);
      },
      message: msg,
    });
  }

  async function silence(personId: string): Promise<void> {
    const convKey = keys.conversation(personId);
    const lease = keys.lease(personId);
    const token = randomUUID();
    const at = Date.now();
    const begun = await takeLease(convKey, lease, token, `silence:${at}`, personId);
    if (begun.status !== 'ok') return;
    const sealedOwner = begun.snapshot ? await redis.hgetBuffer(convKey, 'w') : null;
    if (!begun.snapshot || !sealedOwner) {
      // The conversation expired, or was stored before its owner was kept: nothing to do.
      await releaseLease(redis, { keys: { lease }, args: { token } });
      return;
    }
    const owner = Owner.parse(JSON.parse(sealer.open(sealedOwner, 'conversation owner')));
    const replies = await run({
      personId, owner, messageId: `silence:${at}`, at,
      begun: { token, snapshot: begun.snapshot, safety: begun.safety, wiped: begun.wiped, cases: begun.cases },
      input: (_conv, meta) => ({ type: 'SILENCE', meta }),
      fromSilence: true,
    });
    // Never write to a person first: a silent phone may be in someone else's hands.
    if (replies.length > 0) logger.warn({ personId, dropped: replies.length }, 'a flow answered a silence: nothing sent');
    logger.info({ personId }, 'silence handled');
  }

  async function receive(raw: unknown): Promise<OutboundMessage[]> {
    const parsed = InboundMessage.safeParse(raw);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) }, 'inbound message rejected by schema');
      return [];
    }
    const msg = parsed.data;
    for (let attempt = 1; ; attempt++) {
      try {
        return await handle(msg);
      } catch (err) {
        if (attempt >= retry.attempts) {
          logger.error({ err, channel: msg.channel, messageId: msg.messageId }, 'message not processed after retries');
          const hinted = startLanguage(msg, deployment.languages);
          const lang = locales.languages.find((l) => l === hinted) ?? deployment.defaultLanguage;
          return [{ text: locales.t(lang, 'save-failed') }];
        }
        logger.warn({ err, attempt, channel: msg.channel, messageId: msg.messageId }, 'message processing failed, retrying');
        await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  return { receive, handle, silence, saysDanger, locales };
}
