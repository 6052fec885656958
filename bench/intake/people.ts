/**
 * Simulated people: each sends a message as its own Telegram chat through the Bot API server and waits for
 * the bot's whole reply before the next one, pressing the buttons of the bot's last message (callback data
 * `c:<prompt>:<choice>`). What they measure goes into a {@link Recorder}.
 */
import { now, sleep } from './clock.js';
import type { ApiServer, SentEvent } from './processes.js';

const DANGER_TEXT = 'tolong saya dipukul';
const PLACE_TEXT = 'KK Park, Myawaddy';
const PIN = { latitude: 16.646, longitude: 98.507 }; // KK Park

/** The bot's reply was not what a person expects (or did not come in time); counted as an error, not thrown further. */
export class StepError extends Error {}

interface Waiting {
  need: number;
  got: SentEvent[];
  resolve: (msgs: SentEvent[]) => void;
  timer: NodeJS.Timeout;
}

/** Everything the run measures, filled by the people. */
export interface Recorder {
  /** Samples are kept only for messages sent inside [from, to]. */
  window: { from: number; to: number };
  firstReplyMs: number[];
  wholeReplyMs: number[];
  inbound: number;
  inboundInWindow: number;
  intakesDone: number;
  errors: string[];
  /** Danger messages in the window: when the driver wrote them, and the case id the bot answered with. */
  /** Danger texts sent in the window; the case each opened is read from the chat's conversation after the phase. */
  dangers: Array<{ chatId: number; sentAt: number }>;
}

/** A recorder with no samples, keeping those of messages sent inside `window`. */
export function createRecorder(window: Recorder['window']): Recorder {
  return { window, firstReplyMs: [], wholeReplyMs: [], inbound: 0, inboundInWindow: 0, intakesDone: 0, errors: [], dangers: [] };
}

const inWindow = (rec: Recorder, t: number) => t >= rec.window.from && t <= rec.window.to;

/** Every simulated person's chat with the bot: routes the bot's messages to the person waiting for them. */
export class People {
  private waiting = new Map<number, Waiting>();
  /** Bot messages to a chat that was not waiting for one. */
  stray = 0;

  /** @param stepTimeoutMs how long a person waits for the whole reply before giving up (a StepError). */
  constructor(private readonly api: ApiServer, private readonly rec: Recorder, private readonly stepTimeoutMs: number) {
    api.onSent = (ev) => {
      const w = this.waiting.get(ev.chatId);
      if (!w) {
        this.stray++;
        return;
      }
      w.got.push(ev);
      if (w.got.length === w.need) {
        this.waiting.delete(ev.chatId);
        clearTimeout(w.timer);
        w.resolve(w.got);
      }
    };
  }

  /** Sends one message as person `chatId` and resolves with the bot's whole reply (`need` messages). */
  send(chatId: number, command: object, need: number, what: string): Promise<{ msgs: SentEvent[]; sentAt: number }> {
    if (this.waiting.has(chatId)) throw new Error(`person ${chatId} already waits for a reply`);
    return new Promise((resolve, reject) => {
      const sentAt = now();
      const timer = setTimeout(() => {
        const w = this.waiting.get(chatId);
        this.waiting.delete(chatId);
        reject(new StepError(`${what}: ${w?.got.length ?? 0} of ${need} reply messages within ${this.stepTimeoutMs} ms`));
      }, this.stepTimeoutMs);
      this.waiting.set(chatId, {
        need, got: [], timer,
        resolve: (msgs) => {
          this.rec.inbound++;
          if (inWindow(this.rec, sentAt)) {
            this.rec.inboundInWindow++;
            this.rec.firstReplyMs.push(msgs[0]!.at - sentAt);
            this.rec.wholeReplyMs.push(msgs[msgs.length - 1]!.at - sentAt);
          }
          resolve({ msgs, sentAt });
        },
      });
      this.api.send({ ...command, chatId });
    });
  }
}

/** The callback data of the button `choice` on a message, e.g. `c:3:agree`. */
export function button(msg: SentEvent | undefined, choice: string, what: string): string {
  const data = msg?.buttons.flat().find((d) => /^c:\d+:/.test(d) && d.slice(d.indexOf(':', 2) + 1) === choice);
  if (!data) {
    throw new StepError(`${what}: no "${choice}" button on the bot's last message (buttons ${JSON.stringify(msg?.buttons)}, text ${JSON.stringify(msg?.text.slice(0, 80))})`);
  }
  return data;
}

/** The first words of the danger alert and of the last message, in Indonesian (locales/id/intake.ftl). */
const ALERTED = /^Oke\. Sebentar lagi ada yang membalas/;
const SENT = /^Terkirim\./;

/**
 * One person walking the whole intake; throws StepError when the bot's reply is not what a person expects.
 *
 * @param person.thinkMs mean pause before each message (0.5–1.5 × it, drawn from `random`).
 */
export async function walkIntake(
  people: People,
  rec: Recorder,
  chatId: number,
  person: { danger: boolean; pin: boolean; thinkMs: number },
  random: () => number,
): Promise<void> {
  const think = () => (person.thinkMs > 0 ? sleep(person.thinkMs * (0.5 + random())) : undefined);
  let last: SentEvent | undefined;
  const step = async (command: object, need: number, what: string) => {
    await think();
    const reply = await people.send(chatId, command, need, what);
    last = reply.msgs[reply.msgs.length - 1];
    return reply;
  };
  const press = (choice: string, need = 1) =>
    step({ op: 'press', messageId: last?.messageId, data: button(last, choice, `press ${choice}`) }, need, `press ${choice}`);

  await step({ op: 'command', command: '/start', languageCode: 'id', firstName: 'Budi' }, 1, '/start');
  button(last, 'agree', 'consent question');
  await press('agree');
  button(last, 'myself', 'who-needs-help question');
  await press('myself');
  button(last, 'no', 'danger question');
  if (person.danger) {
    // The alert is discreet (no case number on screen): the case is found from the conversation afterwards.
    const reply = await step({ op: 'text', text: DANGER_TEXT }, 2, 'danger text');
    if (!ALERTED.test(reply.msgs[0]!.text)) throw new StepError(`danger text: no alert in ${JSON.stringify(reply.msgs[0]!.text.slice(0, 120))}`);
    if (inWindow(rec, reply.sentAt)) rec.dangers.push({ chatId, sentAt: reply.sentAt });
  } else {
    await press('no');
  }
  if (last && last.buttons.length > 0) throw new StepError(`location question expected, got buttons ${JSON.stringify(last.buttons)}`);
  if (person.pin) await step({ op: 'location', ...PIN }, 1, 'location pin');
  else await step({ op: 'text', text: PLACE_TEXT }, 1, 'typed place');
  await press('passport');
  await press('forced-scam');
  await press('done');
  await press('2-10');
  await press('anytime');
  await press('skip'); // no code word
  await press('skip'); // the default duress phrase
  await press('skip'); // no name
  await press('confirm');
  if (!last || !SENT.test(last.text)) throw new StepError(`confirm: not sent: ${JSON.stringify(last?.text.slice(0, 120))}`);
  rec.intakesDone++;
}
