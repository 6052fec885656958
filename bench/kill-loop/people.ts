/**
 * The kill loop's people and officers. A person reads their chat as it is (the bot's latest message) and does
 * what it asks, so a reply lost to a kill is no dead end: after a silence they send `/start` (the bot shows the
 * question again), as a person would. Officers answer each case's card with `/reply` in its topic.
 */
import type { ApiServer, SentEvent } from '../intake/processes.js';

export type Role = 'danger' | 'sos-first' | 'normal' | 'relative';

const DANGER_TEXT = 'tolong saya dipukul';
/** The last message of an intake or a report ("Added to case …": a relative's report made again adds to the open case). */
const SENT = /^(Terkirim\.|Ditambahkan ke kasus)/;
const ALERTED = /^Oke\. Sebentar lagi ada yang membalas/;
const NOTICE = /^Ada (\d+ )?pesan baru/;
/** The bot kept the code word the person just typed: answers show only after it. */
const CODE_KEPT = /^Tersimpan\. Jangan ditulis/;
const CASE_ID = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Shown { text: string; buttons: string[][] }

/** One simulated person's chat and walk. */
export class Person {
  readonly messages = new Map<number, Shown>();
  /** Every text the bot sent to this chat (edits not counted), for counting deliveries. */
  readonly received: string[] = [];
  sinceSend = 0;
  lastAt = 0;
  done = false;
  alerted = false;
  sosSent = false;
  nudges = 0;
  private ticked = false;
  private acted = new Map<string, number>();
  private notices = 0;

  constructor(readonly chatId: number, readonly role: Role, private readonly api: ApiServer, private readonly random: () => number) {}

  onSent(ev: SentEvent): void {
    this.messages.set(ev.messageId, { text: ev.text, buttons: ev.buttons });
    if (ev.edited) return;
    this.received.push(ev.text);
    this.sinceSend++;
    this.lastAt = Date.now();
    if (SENT.test(ev.text)) this.done = true;
    if (ALERTED.test(ev.text)) this.alerted = true;
    if (CODE_KEPT.test(ev.text)) this.codeWord = this.lastText;
  }

  /** The last text the person typed, and their code word once the bot kept one. */
  private lastText?: string;
  codeWord?: string;

  /** What the person did, in order (for explaining an answer not delivered). */
  readonly did: string[] = [];

  private send(command: object): void {
    this.sinceSend = 0;
    const c = command as { op: string; text?: string; data?: string; command?: string };
    this.did.push(c.text ?? c.data ?? c.command ?? c.op);
    if (c.op === 'text') this.lastText = c.text;
    this.api.send({ languageCode: 'id', firstName: 'Budi', ...command, chatId: this.chatId });
  }

  /** Waits for the bot's whole reply: at least one message, then `quietMs` with none. False after `timeoutMs` without one. */
  private async reply(timeoutMs: number, quietMs = 350): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (this.sinceSend > 0 && Date.now() - this.lastAt >= quietMs) return true;
      if (Date.now() > end) return this.sinceSend > 0;
      await sleep(50);
    }
  }

  private latest(): [number, Shown] | undefined {
    let best: [number, Shown] | undefined;
    for (const entry of this.messages) if (!best || entry[0] > best[0]) best = entry;
    return best;
  }

  /** Walks the intake (or the relative's report) until "Sent", or until `running()` turns false. */
  async walk(running: () => boolean): Promise<void> {
    this.send({ op: 'command', command: '/start' });
    for (let steps = 0; steps < 120 && !this.done && running(); steps++) {
      if (!(await this.reply(5000))) {
        this.nudges++;
        this.send({ op: 'command', command: '/start' });
        continue;
      }
      if (this.done) break;
      const shown = this.latest();
      if (!shown) continue;
      this.act(shown[0], shown[1]);
      await sleep(50 + this.random() * 250); // reading and tapping
    }
  }

  private act(messageId: number, shown: Shown): void {
    if (this.role === 'sos-first' && !this.sosSent) {
      this.sosSent = true;
      return this.send({ op: 'text', text: 'SOS' });
    }
    const data = shown.buttons.flat().filter((d) => /^c:\d+:/.test(d));
    const choice = (d: string) => d.slice(d.indexOf(':', 2) + 1);
    const has = (c: string) => data.find((d) => choice(d) === c);
    const seen = `${messageId}:${shown.text}`;
    const times = (this.acted.get(seen) ?? 0) + 1;
    this.acted.set(seen, times);
    if (data.length === 0) {
      // A question answered in words: the place, or the relative's details.
      return this.send({ op: 'text', text: this.role === 'relative' ? (times > 1 ? '-' : 'Siti Aminah') : 'KK Park, Myawaddy' });
    }
    if (this.role === 'danger' && !this.sosSent && has('yes') && has('no')) {
      this.sosSent = true;
      return this.send({ op: 'text', text: DANGER_TEXT });
    }
    let pick: string | undefined;
    if (times > 3) pick = data[Math.floor(this.random() * data.length)];
    else if (has('agree')) pick = has('agree');
    else if (has('myself')) pick = has(this.role === 'relative' ? 'someone-else' : 'myself');
    else if (has('passport')) pick = this.ticked ? has('done') : has('passport');
    else pick = ['this-chat', '2-10', 'anytime', 'skip', 'confirm', 'done', 'no'].map(has).find(Boolean) ?? data[0];
    if (pick && has('passport') && choice(pick) === 'passport') this.ticked = true;
    this.send({ op: 'press', messageId, data: pick });
  }

  /** Once the walks are over: the person writes once more ("any news?"), as answers held until they write then go out. */
  checkIn(): void {
    this.send({ op: 'text', text: this.codeWord ?? 'halo, ada kabar?' });
  }

  /** Answers announced ("you have a new message") and not yet shown: the person types, as a reply shows them. */
  nudgeForAnswers(): void {
    const notices = this.received.filter((t) => NOTICE.test(t)).length;
    if (notices > this.notices) {
      this.notices = notices;
      this.send({ op: 'text', text: this.codeWord ?? 'halo, saya baca' }); // with a code word, it is what shows them
    }
  }
}

/** One officer's answer: a unique token in its words, and what became of it. */
export interface Answer { token: string; caseId: string; confirmed: boolean; thread: number; /** When the officer sent it (ms). */ at: number }

/** The officers: each case's card answered once with `/reply` in its topic. */
export class Officers {
  readonly cards = new Map<string, number>(); // caseId → topic
  readonly answers = new Map<string, Answer>(); // token → answer
  private answered = new Set<string>();
  private n = 0;

  constructor(private readonly api: ApiServer, private readonly group: number, private readonly officerId: number, private readonly random: () => number) {}

  /** What the bot posted in each topic (thread → texts), for explaining an answer not delivered. */
  readonly posts = new Map<number, string[]>();

  onSent(ev: SentEvent): void {
    if (ev.edited) return;
    if (ev.thread !== undefined) this.posts.set(ev.thread, [...(this.posts.get(ev.thread) ?? []), ev.text]);
    for (const a of this.answers.values()) if (!a.confirmed && ev.text.includes(a.token)) a.confirmed = true;
    const caseId = CASE_ID.exec(ev.text)?.[0];
    if (!caseId || ev.thread === undefined || ev.buttons.length === 0 || this.cards.has(caseId)) return;
    this.cards.set(caseId, ev.thread);
  }

  /** Answers every case with a card not answered yet, after a short pause each. */
  answerNew(): void {
    for (const [caseId, thread] of this.cards) {
      if (this.answered.has(caseId)) continue;
      this.answered.add(caseId);
      const token = `jwb${++this.n}x${Math.floor(this.random() * 1e6)}`;
      const answer: Answer = { token, caseId, confirmed: false, thread, at: 0 };
      this.answers.set(token, answer);
      setTimeout(() => (answer.at = Date.now()) && this.api.send({ op: 'groupText', chatId: this.group, fromUserId: this.officerId, threadId: thread, text: `/reply Kami sudah baca. ${token}` }), 200 + this.random() * 1000);
    }
  }
}
