/**
 * A flow the core has never seen, defined here through the contract alone (flows/contract.ts), runs
 * through the real core and Redis: it asks, opens a case of its own kind, is stored and restored, and
 * hands over to the intake. Nothing in src/ names it.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assign, setup, type SnapshotFrom } from 'xstate';
import { defineFlow, type FlowContext, type FlowInput } from '../../flows/contract.js';
import { intakeFlow } from '../../flows/intake/index.js';
import { commonCaseFields } from '../../flows/shared/case-fields.js';
import { createEffectSink, createTransition, runMachine } from '../../flows/shared/run-machine.js';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';

interface CallbackContext extends FlowContext {
  note?: string;
  /** How long the person had been quiet before the message that opened the case (FlowMeta.quietMs). */
  quietMs?: number;
}
type CallbackEvent = Exclude<FlowInput, { type: 'BEGIN' | 'STATUS_RESULT' | 'REPORT_CHECKED' | 'SILENCE' }>;

/** "Leave a number, we call you back": one question, then a case. Typing "menu" goes to the intake's menu. */
function createCallbackMachine() {
  return setup({
    types: { context: {} as CallbackContext, events: {} as CallbackEvent },
    actions: {
      ask: (_, _params: { replace?: boolean }) => {},
      say: (_, _params: { key: string }) => {},
      openCase: () => {},
      updateCase: (_, _params: { pin: string }) => {},
      switchFlow: (_, _params: { flow: string; entry: string }) => {},
      nextPrompt: assign({ prompt: ({ context }) => context.prompt + 1 }),
    },
    guards: {
      wantsMenu: ({ event }) => event.type === 'TEXT' && event.text.trim() === 'menu',
      isText: ({ event }) => event.type === 'TEXT',
      wantsPin: ({ event }) => event.type === 'TEXT' && event.text.trim() === 'pin',
    },
  }).createMachine({
    id: 'callback',
    context: { lang: 'en', prompt: 0, reasons: [] },
    initial: 'new',
    states: {
      new: { on: { '*': 'asking' } },
      asking: {
        entry: ['nextPrompt', { type: 'ask', params: {} }],
        on: {
          TEXT: [
            { guard: 'wantsMenu', actions: { type: 'switchFlow', params: { flow: 'intake', entry: 'who' } } },
            {
              target: 'done',
              actions: [
                assign(({ event }) => ({
                  note: event.type === 'TEXT' ? event.text : undefined,
                  quietMs: event.meta.quietMs,
                  caseId: event.meta.newCaseId,
                  urgency: 'high' as const,
                  reasons: ['callback'],
                })),
                'openCase',
                { type: 'say', params: { key: 'case-open' } },
              ],
            },
          ],
        },
      },
      done: {
        on: {
          // A PIN for the case after it opened (as a report a silence opened gets one when it is sent).
          TEXT: { guard: 'wantsPin', actions: [{ type: 'updateCase', params: ({ event }) => ({ pin: event.meta.newPin }) }, { type: 'say', params: { key: 'case-open' } }] },
          '*': { actions: { type: 'say', params: { key: 'case-open' } } },
        },
      },
    },
  });
}
type CallbackSnapshot = SnapshotFrom<ReturnType<typeof createCallbackMachine>>;

const callbackFlow = defineFlow<CallbackContext, CallbackSnapshot>({
  name: 'callback',
  caseOpenKey: 'case-open',
  create() {
    const effects = createEffectSink();
    const machine = createCallbackMachine().provide({
      actions: {
        ask: (_, params) => effects.push({ type: 'ask', replace: params.replace }),
        say: (_, params) => effects.push({ type: 'say', key: params.key }),
        openCase: () => effects.push({ type: 'openCase' }),
        updateCase: (_, params) => effects.push({ type: 'updateCase', pin: params.pin }),
        switchFlow: (_, params) => effects.push({ type: 'switchFlow', flow: params.flow, entry: params.entry }),
      },
    });
    return {
      machine: runMachine({
        transition: createTransition(machine),
        effects,
        accept: (input: FlowInput): CallbackEvent | undefined =>
          input.type === 'BEGIN' || input.type === 'STATUS_RESULT' || input.type === 'REPORT_CHECKED' || input.type === 'SILENCE' ? undefined : input,
        fresh: () => machine.resolveState({ value: 'new', context: { lang: 'en', prompt: 0, reasons: [] } }),
        resolve: (value, context) => machine.resolveState({ value, context }),
        value: (snapshot) => String(snapshot.value),
        context: (snapshot) => snapshot.context,
      }),
      view: {
        prompt: (state) => (state === 'asking' ? { key: 'help', numbered: false, choices: [] } : undefined),
        args: (_key, ctx) => ({ caseId: ctx.caseId ?? '' }),
        discreet: () => false, // someone who asked to be called back keeps their case number on screen
      },
    };
  },
  caseRecord: (ctx, owner, { now }) => ({
    fields: commonCaseFields(ctx, owner, { kind: 'callback', now, complete: true }),
    sealed: { channel: owner.channel, address: owner.address, details: ctx.note },
  }),
});

describe('a flow added through the contract alone', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
      hotline: { flows: [callbackFlow, intakeFlow] },
    });
  });
  afterEach(() => t.cleanup());

  let n = 0;
  const send = (address: string, body: InboundBody) => app.hotline.receive({ channel: 'telegram', address, messageId: `m-${++n}`, at: Date.now(), languageHint: 'en', body });
  const text = (address: string, words: string) => send(address, { kind: 'text', text: words });

  it('asks, opens a case of its own kind with its sealed part, and continues from the stored conversation', async () => {
    expect((await text('501', 'hello')).map((m) => m.text)).toEqual([app.locales.t('en', 'help', { discreet: 'no' })]);
    const [opened] = await text('501', 'call me after 9');
    const caseId = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/.exec(opened!.text)?.[0];
    expect(caseId).toBeDefined();

    const view = await app.cases.get(caseId!);
    expect(view).toMatchObject({ id: caseId, kind: 'callback', urgency: 'high', reasons: ['callback'], status: 'new' });
    expect(view!.private).toMatchObject({ channel: 'telegram', address: '501', details: 'call me after 9' });
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([caseId]);

    // The next message restores the stored conversation (the first flow is stored without a flow name).
    const [again] = await text('501', 'anything else');
    expect(again!.text).toContain(caseId!);
    const stored = await t.redis.hgetBuffer(app.keys.conversation(app.sealer.personId('telegram', '501')), 's');
    expect(JSON.parse(app.sealer.open(stored!, 'test'))).toMatchObject({ v: 'done', c: { caseId, note: 'call me after 9' } });
    expect(JSON.parse(app.sealer.open(stored!, 'test')).f).toBeUndefined();

    // An update can carry a PIN: only its keyed hash is stored with the case.
    expect(await t.redis.hget(app.keys.case(caseId!), 'pinHash')).toBeNull();
    await text('501', 'pin');
    const pinHash = await t.redis.hget(app.keys.case(caseId!), 'pinHash');
    expect(pinHash).toMatch(/\S{16,}/);
    expect(JSON.stringify(await t.redis.hgetall(app.keys.case(caseId!)))).not.toMatch(/"\d{6}"/);
  });

  it('tells the flow how long the person had been quiet, from the send times of their messages', async () => {
    const at0 = Date.now() - 3 * 3600_000;
    const personId = app.sealer.personId('telegram', '504');
    await app.hotline.receive({ channel: 'telegram', address: '504', messageId: 'q-1', at: at0, body: { kind: 'text', text: 'hello' } });
    expect(await t.redis.hget(app.keys.conversation(personId), 't')).toBe(String(at0));
    await app.hotline.receive({ channel: 'telegram', address: '504', messageId: 'q-2', at: at0 + 2 * 3600_000, body: { kind: 'text', text: 'call me' } });
    const stored = await t.redis.hgetBuffer(app.keys.conversation(personId), 's');
    expect(JSON.parse(app.sealer.open(stored!, 'test')).c.quietMs).toBe(2 * 3600_000);
    // A silence is no message: the time of the person's last one stays.
    await app.hotline.silence(personId);
    expect(await t.redis.hget(app.keys.conversation(personId), 't')).toBe(String(at0 + 2 * 3600_000));
  });

  it('hands the conversation over to another listed flow, which starts at the entry asked for', async () => {
    await text('502', 'hello');
    const [who] = await text('502', 'menu');
    expect(who!.text).toBe(app.locales.t('en', 'ask-who'));
    expect(who!.choices?.flat().map((c) => c.id)).toEqual(['myself', 'someone-else', 'status']);
    const stored = await t.redis.hgetBuffer(app.keys.conversation(app.sealer.personId('telegram', '502')), 's');
    expect(JSON.parse(app.sealer.open(stored!, 'test'))).toMatchObject({ f: 'intake', v: 'who', c: { lang: 'en' } });
  });

  it('ignores a switch to a flow that is not listed: the person stays where they were', async () => {
    const alone = createApp({
      config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: `${t.prefix}alone:` } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
      hotline: { flows: [callbackFlow] },
    });
    const say = (words: string) => alone.hotline.receive({ channel: 'telegram', address: '503', messageId: `a-${++n}`, at: Date.now(), body: { kind: 'text', text: words } });
    await say('hello');
    expect(await say('menu')).toEqual([]);
    const stored = await t.redis.hgetBuffer(alone.keys.conversation(alone.sealer.personId('telegram', '503')), 's');
    expect(JSON.parse(alone.sealer.open(stored!, 'test'))).toMatchObject({ v: 'asking' });
  });
});
