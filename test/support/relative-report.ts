/**
 * A relative on Telegram, straight into the hotline core (the channel adapter is tested elsewhere): types,
 * presses the buttons of the bot's last question, and makes a short missing-person report.
 */
import type { App } from '../../src/app.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { person } from './reports.js';
import { CHECK_REPORT, SOMEONE_ELSE } from './who.js';

const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/** Someone on Telegram (test/support/reports.ts), who can also go to a status check's PIN question. */
export function relativeChat(app: App, address: string, lang = 'en') {
  const chat = person(app, address, lang);
  return {
    ...chat,
    /** Up to the PIN question of a status check of `caseId`. */
    async toPin(caseId: string) {
      await chat.start();
      await chat.press('agree');
      await chat.press(CHECK_REPORT);
      return chat.text(caseId);
    },
  };
}

/** A relative's report made directly through the flow's buttons; the case number and PIN it was given. */
export async function reportMissing(app: App, address: string, lang = 'en'): Promise<{ caseId: string; pin: string }> {
  const mum = relativeChat(app, address, lang);
  await mum.start();
  await mum.press('agree');
  await mum.press(SOMEONE_ELSE);
  await mum.press('parent');
  await mum.text('Siti Aminah');
  await mum.text('19');
  await mum.press('female');
  await mum.text('Indramayu');
  await mum.press('skip'); // passport
  await mum.press('skip'); // phone
  await mum.text(lang === 'id' ? '3 minggu lalu' : '3 weeks ago');
  await mum.press('skip'); // what she said
  await mum.press('KH');
  await mum.press('skip'); // city
  await mum.press('skip'); // company
  await mum.press('skip'); // job
  await mum.press('skip'); // recruiter
  await mum.press('skip'); // photo
  await mum.press('done'); // harm
  await mum.press('this-chat');
  await mum.press('anytime');
  const done = texts(await mum.press('confirm'));
  const caseId = /(KH-\w{4})/.exec(done)?.[1];
  const pin = /PIN: (\d{6})/.exec(done)?.[1];
  if (!caseId || !pin) throw new Error(`no case number and PIN in: ${done}`);
  return { caseId, pin };
}

