/**
 * The hotline core: one inbound message in, the person's replies out. Per message it takes the person's
 * lease (ordering across processes) and their conversation from Redis, skips a message it has already
 * processed, runs the person's flow as a pure transition, and commits the snapshot, case change, queue
 * entry and event in one script before any reply is released. A failed commit sends nothing that says "saved".
 *
 * A conversation is in one flow at a time (src/core/flow-registry.ts): the intake, or a relative's
 * missing-person report. A flow hands over with `switchFlow`; where a flow needs to know something from
 * Redis (a PIN check, an earlier report), it names an action and the core answers with an event fed back
 * into the flow before the commit, so flows stay pure.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AnyMachineSnapshot } from 'xstate';
import { phoneFromWhatsApp } from '../../flows/identity.js';
import type { IntakeMachine } from '../../flows/intake.js';
import type { MissingPersonMeta } from '../../flows/missing-person.js';
import { createPhraseMatcher, looseForm } from '../../flows/text.js';
import { createRelativeAccess } from '../cases/relative-access.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { hotlineBegin, hotlineCommit, releaseLease, type HotlineRedis } from '../redis/scripts.js';
import { InboundMessage, type ForwardedMessage, type OutboundMessage } from './messages.js';
import { createFlowRegistry, flowNames, type Flow, type FlowAction, type FlowContext, type FlowName } from './flow-registry.js';
import type { Renderer } from './render.js';
import type { Sealer } from './sealed.js';

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
  /** Case events kept in the stream (approximate trim). */
  eventsMaxLen?: number;
  /** Retries of a message when Redis fails, before the person is told it was not saved. */
  retry?: { attempts: number; baseDelayMs: number };
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
  /** True when a text says the writer is in danger (any supported language): channels let it skip queues. */
  saysDanger(text: string): boolean;
  /** The intake flow's machine and renderer (the flow every conversation starts in). */
  readonly machine: IntakeMachine;
  readonly renderer: Renderer;
  /** Every string a person reads, for channels that have their own (command menus). */
  readonly locales: Locales;
}

/**
 * What officers see of a message passed on to them (sealed in the `case.message` event): the words, the
 * pin, or the channel's reference to a photo or file. Schema: `ForwardedMessage` in src/core/messages.ts.
 */
function forwardedBody(msg: InboundMessage): ForwardedMessage {
  const b = msg.body;
  if (b.kind === 'text') return { kind: 'text', text: b.text, at: msg.at };
  if (b.kind === 'location') return { kind: 'location', lat: b.lat, lon: b.lon, live: b.live, at: msg.at };
  if (b.kind === 'media') return { kind: 'media', media: b.media, fileRef: b.fileRef, caption: b.caption, channel: msg.channel, at: msg.at };
  return { kind: 'other', what: b.kind, at: msg.at };
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud over a bad line

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHotline(opts: HotlineOptions): Hotline {
  const { redis, keys, sealer, locales, deployment, logger } = opts;
  const leaseMs = opts.leaseMs ?? 15_000;
  const seenMax = opts.seenMax ?? 32;
  const eventsMaxLen = opts.eventsMaxLen ?? 1_000_000;
  const retry = opts.retry ?? { attempts: 6, baseDelayMs: 250 };

  const saysDanger = createPhraseMatcher(locales.dangerPhrases);
  const flows = createFlowRegistry({ deployment, locales, saysDanger });
  const relatives = createRelativeAccess({ redis, keys, sealer });
  const newCaseId = () => {
    const bytes = randomBytes(4); // 4 × 5 bits; ALPHABET has 32 symbols
    return `${deployment.embassy.caseIdPrefix}-${Array.from(bytes, (b) => ALPHABET[b & 31]).join('')}`;
  };
  /** Event meta whose case id is drawn only if the flow reads it (rarely: when a case opens). */
  const metaFor = (msg: InboundMessage): MissingPersonMeta => {
    let drawn: string | undefined;
    let pin: string | undefined;
    return {
      at: msg.at,
      languageHint: msg.languageHint,
      senderPhone: msg.channel === 'whatsapp' ? phoneFromWhatsApp(msg.address) : undefined,
      get newCaseId() {
        return (drawn ??= newCaseId());
      },
      get newPin() {
        return (pin ??= relatives.newPin());
      },
    };
  };

  /** An event for any flow: its type, the message's meta, and the type's own fields. */
  type FlowEvent = { type: string; meta: MissingPersonMeta; [field: string]: unknown };

  interface Conversation {
    flow: Flow;
    snapshot: AnyMachineSnapshot;
  }

  function restore(sealed: Buffer | null | undefined): Conversation {
    if (!sealed) return { flow: flows.intake, snapshot: flows.intake.fresh() };
    const { f, v, c } = JSON.parse(sealer.open(sealed, 'conversation')) as { f?: FlowName; v: string; c: FlowContext };
    const flow = f && flowNames.includes(f) ? flows[f] : flows.intake; // no `f`: stored before there were two flows
    return { flow, snapshot: flow.resolve(v, c) };
  }

  /** Maps a channel message to a flow event, given where the person is. */
  function toEvent(msg: InboundMessage, flow: Flow, state: string, ctx: FlowContext, meta: MissingPersonMeta): FlowEvent {
    const renderer = flow.renderer;
    const body = msg.body;
    switch (body.kind) {
      case 'text': {
        // A typed "2", or a button's words, picks that button: flows never depend on buttons.
        const spec = renderer.prompt(state, ctx);
        if (spec && spec.choices.length > 0) {
          const flat = spec.choices.flat();
          const typed = looseForm(body.text);
          const n = /^\s*(\d{1,2})\s*$/.exec(body.text)?.[1];
          const byNumber = spec.numbered && n ? flat[Number(n) - 1] : undefined;
          const byWords = flat.find((c) => looseForm(renderer.label(c, ctx.lang || deployment.defaultLanguage)) === typed);
          const choice = byNumber ?? byWords;
          if (choice) return { type: 'CHOICE', choice: choice.id, meta };
        }
        return { type: 'TEXT', text: body.text, meta };
      }
      case 'choice':
        return body.prompt === ctx.prompt ? { type: 'CHOICE', choice: body.choice, meta } : { type: 'STALE', meta };
      case 'command':
        return { type: ({ start: 'START', help: 'HELP', language: 'LANGUAGE', restart: 'RESTART' } as const)[body.command], meta };
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
  function whereTheyAre({ flow, snapshot }: Conversation): OutboundMessage[] {
    const ctx = snapshot.context as FlowContext;
    const question = flow.renderer.ask(String(snapshot.value), ctx);
    if (question) return [question];
    return ctx.caseId ? [flow.renderer.say(flow.caseOpenKey, ctx)] : [];
  }

  /**
   * Runs one event through the person's flow, then any event the flow's lookups call for (a PIN check,
   * an earlier report, a switch to another flow), at most a few: the replies of every step, in order.
   */
  async function step(start: Conversation, first: FlowEvent, msg: InboundMessage, personId: string) {
    let { flow, snapshot } = start;
    let event: FlowEvent | undefined = first;
    const replies: OutboundMessage[] = [];
    let caseOp: '' | 'open' | 'update' = '';
    let forward = false;
    let pin: string | undefined;
    for (let hops = 0; event && hops < 4; hops++) {
      const [next, actions] = flow.transition(snapshot, event);
      snapshot = next;
      event = undefined;
      const state = String(next.value);
      const ctx = next.context as FlowContext;
      const meta = first.meta;
      for (const action of actions as FlowAction[]) {
        const params = (action.params ?? {}) as { key?: string; all?: boolean; replace?: boolean; pin?: string; flow?: string; entry?: string; caseId?: string };
        if (action.type === 'ask') {
          const reply = flow.renderer.ask(state, ctx, { replacePressed: params.replace && msg.body.kind === 'choice' });
          if (reply) replies.push(reply);
        } else if (action.type === 'say' && params.key) {
          replies.push(flow.renderer.say(params.key, ctx, { allLanguages: params.all, args: params.pin ? { pin: params.pin } : undefined }));
        } else if (action.type === 'openCase') {
          caseOp = 'open';
          pin = params.pin || undefined;
        } else if (action.type === 'updateCase' && caseOp === '') caseOp = 'update';
        else if (action.type === 'forward') forward = true;
        else if (action.type === 'checkStatus') {
          const result = await relatives.checkStatus(params.caseId ?? '', params.pin ?? '', personId);
          logger.info({ personId, result: result === 'no-match' || result === 'locked' ? result : 'ok' }, 'status check');
          event = { type: 'STATUS_RESULT', result, meta };
        } else if (action.type === 'checkReport') {
          const existing = await relatives.openReport(personId, (ctx as { answers?: { name?: string } }).answers?.name);
          event = { type: 'REPORT_CHECKED', existingCaseId: existing, meta };
        } else if (action.type === 'switchFlow' && params.flow && flowNames.includes(params.flow as FlowName)) {
          // The other flow starts fresh, in the same language, with prompt numbers that keep counting.
          const target = flows[params.flow as FlowName];
          event = { type: 'BEGIN', entry: params.entry, lang: ctx.lang, prompt: ctx.prompt, meta };
          flow = target;
          snapshot = target.fresh();
          break;
        }
      }
    }
    return { flow, snapshot, replies, caseOp, forward, pin };
  }

  async function takeLease(conv: string, lease: string, token: string, messageId: string, personId: string) {
    const deadline = Date.now() + leaseMs * 2;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      const [status, snapshot] = await hotlineBegin(redis, { keys: { conversation: conv, lease }, args: { token, leaseMs, messageId } });
      const s = status.toString();
      if (s !== 'busy') return { status: s as 'ok' | 'dup' | 'dup-last', snapshot };
      if (Date.now() > deadline) throw new LeaseTimeoutError(personId);
      await sleep(wait);
    }
  }

  async function handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    const personId = sealer.personId(msg.channel, msg.address);
    const conv = keys.conversation(personId);
    const lease = keys.lease(personId);
    const token = randomUUID();
    const begun = await takeLease(conv, lease, token, msg.messageId, personId);
    if (begun.status !== 'ok') {
      logger.debug({ personId, messageId: msg.messageId, latest: begun.status === 'dup-last' }, 'duplicate message skipped');
      return begun.status === 'dup-last' ? whereTheyAre(restore(begun.snapshot)) : [];
    }
    try {
      const current = restore(begun.snapshot);
      for (let attempt = 0; ; attempt++) {
        const meta = metaFor(msg);
        const event = toEvent(msg, current.flow, String(current.snapshot.value), current.snapshot.context as FlowContext, meta);
        const { flow, snapshot: next, replies, caseOp, forward, pin } = await step(current, event, msg, personId);
        const state = String(next.value);
        const ctx = next.context as FlowContext;

        const now = Date.now();
        const fields = caseOp
          ? flow.caseFields(ctx, { personId, channel: msg.channel, address: msg.address }, { now, state, sealer, pinHash: pin && ctx.caseId ? relatives.pinHash(ctx.caseId, pin) : undefined })
          : undefined;
        const stored = flow.name === 'intake' ? { v: state, c: ctx } : { f: flow.name, v: state, c: ctx };
        const sealedSnapshot = sealer.seal(JSON.stringify(stored));
        const forwarded = forward && ctx.caseId ? sealer.seal(JSON.stringify(forwardedBody(msg))).toString('base64') : '';
        const result = await hotlineCommit(redis, {
          keys: { conversation: conv, lease, case: keys.case(ctx.caseId ?? '-'), queue: keys.queue, events: keys.events, held: keys.held(ctx.caseId ?? '-') },
          args: {
            token, messageId: msg.messageId, snapshot: sealedSnapshot, ttlSeconds: opts.conversationTtlSeconds, seenMax,
            caseOp, caseFields: fields ? JSON.stringify(fields) : '{}', caseId: ctx.caseId ?? '', now, eventsMaxLen, forwarded,
          },
        });
        if (result === 'case-exists') {
          if (attempt < 5) continue; // drew a taken case id: draw again
          throw new CaseIdExhaustedError(attempt + 1);
        }
        if (result === 'lease-lost') throw new LeaseLostError(personId);
        if (result.startsWith('case.')) {
          logger.info({ personId, caseId: ctx.caseId, flow: flow.name, urgency: ctx.urgency, reasons: ctx.reasons, event: result }, result);
        }
        if (result === 'case.opened' && flow.name === 'missing-person' && ctx.caseId) {
          // Reporting the same person again while this case is open adds to it (checkReport). Written after
          // the commit: if this process dies in between, the linker still links the two reports.
          await relatives.rememberReport(personId, (ctx as { answers?: { name?: string } }).answers?.name, ctx.caseId);
        }
        return replies;
      }
    } catch (err) {
      await releaseLease(redis, { keys: { lease }, args: { token } }).catch(() => undefined);
      throw err;
    }
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
          const lang = locales.languages.find((l) => l === msg.languageHint?.slice(0, 2)) ?? deployment.defaultLanguage;
          return [{ text: locales.t(lang, 'save-failed') }];
        }
        logger.warn({ err, attempt, channel: msg.channel, messageId: msg.messageId }, 'message processing failed, retrying');
        await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  const intake = flows.intake;
  return {
    receive,
    handle,
    saysDanger,
    machine: intake.machine as IntakeMachine,
    renderer: intake.renderer as unknown as Renderer,
    locales,
  };
}
