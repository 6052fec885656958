/**
 * Whole reports walked through the real core, for the linking tests: a worker's own report (with what they
 * say about themselves after their name) and a relative's missing-person report.
 */
import { expect } from 'vitest';
import type { App } from '../../src/app.js';
import type { ChannelName, InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { MYSELF, SOMEONE_ELSE } from './who.js';

const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/**
 * One simulated person writing to the hotline core (as a channel hands their messages over): sends bodies,
 * presses the buttons of the last question. Message ids are deduplicated, so each one has its own session.
 */
export function person(app: App, address: string, lang = 'en', channel: ChannelName = 'telegram') {
  let n = 0;
  const session = Math.random().toString(36).slice(2);
  let last: OutboundMessage[] = [];
  const lastPrompt = () => [...last].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
  const send = async (body: InboundBody) =>
    (last = await app.hotline.receive({ channel, address, messageId: `${session}-${++n}`, at: Date.now(), languageHint: lang, body }));
  return {
    personId: app.sealer.personId(channel, address),
    send,
    text: (text: string) => send({ kind: 'text', text }),
    press: (choice: string) => send({ kind: 'choice', prompt: lastPrompt(), choice }),
    start: () => send({ kind: 'command', command: 'start' }),
    restart: () => send({ kind: 'command', command: 'restart' }),
  };
}
export type Person = ReturnType<typeof person>;

/** A worker's own report up to its summary, sent: returns the case id. */
export async function selfReport(app: App, p: Person, who: { name: string; about?: string; country?: string }): Promise<string> {
  await p.send({ kind: 'command', command: 'start' });
  await p.press('agree');
  await p.press(MYSELF);
  await p.press('no');
  await p.text('a compound near the border');
  await p.press(who.country ?? 'KH');
  await p.press('passport');
  await p.press('done');
  await p.text('5');
  await p.press('anytime');
  await p.press('skip'); // code word
  await p.press('skip'); // duress word
  const asked = texts(await p.text(who.name));
  expect(asked).toContain(app.locales.t('en', 'ask-about-me'));
  const summary = texts(await (who.about ? p.text(who.about) : p.press('skip')));
  expect(summary).toContain('Please check your report');
  const before = new Set((await app.cases.listOpen()).map((c) => c.id));
  await p.press('confirm');
  return (await app.cases.listOpen()).find((c) => !before.has(c.id) && c.kind === 'self-report')!.id;
}

/** A relative's whole report: returns the case id. */
export async function relativeReport(p: Person, who: { name: string; age: string; hometown: string; passport?: string; phone?: string; country?: string }): Promise<string> {
  await p.send({ kind: 'command', command: 'start' });
  await p.press('agree');
  await p.press(SOMEONE_ELSE);
  await p.press('parent');
  await p.text(who.name);
  await p.text(who.age);
  await p.press('male');
  await p.text(who.hometown);
  await (who.passport ? p.text(who.passport) : p.press('skip'));
  await (who.phone ? p.text(who.phone) : p.press('skip'));
  await p.text('3 weeks ago');
  await p.text('He said the work is not what they promised');
  await p.press(who.country ?? 'KH');
  await p.press('skip'); // city
  await p.press('skip'); // company
  await p.press('skip'); // job
  await p.press('skip'); // recruiter
  await p.press('skip'); // photo
  await p.press('done'); // harm
  await p.press('this-chat');
  await p.press('anytime');
  return /(KH-\w{4})/.exec(texts(await p.press('confirm')))![1]!;
}

