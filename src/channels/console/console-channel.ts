/**
 * The console channel: type as the person in the terminal, against the same flows and Redis.
 * Buttons become a numbered list (type the number or the words); `/loc <lat>,<lon>` shares a location;
 * `/photo` sends a stand-in photo, to try what a person sees for media.
 */
import { createInterface, type Interface } from 'node:readline';
import type { PersonSender } from '../../core/delivery.js';
import type { Hotline } from '../../core/hotline.js';
import type { Command, InboundBody, OutboundMessage } from '../../core/messages.js';
import type { Logger } from '../../logger.js';

export interface ConsoleChannelOptions {
  hotline: Hotline;
  logger: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The pretend person's address; one terminal is one person. */
  address?: string;
  languageHint?: string;
}

export interface ConsoleChannel extends PersonSender {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the input ends (Ctrl-D). */
  readonly closed: Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  start: 'start', help: 'help', language: 'language', bahasa: 'language', restart: 'restart', discreet: 'discreet', diskret: 'discreet',
  wipe: 'wipe', forget: 'forget',
};

/** A console line → inbound body. */
export function parseConsoleLine(line: string): InboundBody {
  const loc = /^\/loc\s+(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*$/i.exec(line);
  if (loc) return { kind: 'location', lat: Number(loc[1]), lon: Number(loc[2]), live: false };
  if (/^\/photo\s*$/i.test(line)) return { kind: 'media', media: 'photo', fileRef: 'console-photo' };
  const command = /^\/(\w+)\s*$/.exec(line)?.[1]?.toLowerCase();
  const known = command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (known) return { kind: 'command', command: known };
  return { kind: 'text', text: line };
}

/** How a reply looks in the terminal. */
export function formatForConsole(out: OutboundMessage): string {
  const lines = [out.text];
  const choices = out.choices?.flat() ?? [];
  choices.forEach((c, i) => lines.push(out.numbered ? `  [${i + 1}] ${c.label}` : `  - ${c.label}`));
  if (out.requestLocation) lines.push(`  [${out.requestLocation}: type /loc <latitude>,<longitude>]`);
  return lines.map((l) => `bot> ${l}`).join('\n');
}

export function createConsoleChannel(opts: ConsoleChannelOptions): ConsoleChannel {
  const output = opts.output ?? process.stdout;
  let rl: Interface | undefined;
  let counter = 0;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const session = Date.now().toString(36);
  let chain = Promise.resolve();

  async function handleLine(line: string) {
    const replies = await opts.hotline.receive({
      channel: 'console',
      address: opts.address ?? 'local',
      messageId: `${session}-${++counter}`,
      at: Date.now(),
      languageHint: opts.languageHint,
      body: parseConsoleLine(line),
    });
    // A wipe shows nothing, as on Telegram (a terminal keeps no chat to delete).
    for (const out of replies) if (!out.wipe) output.write(`${formatForConsole(out)}\n`);
    rl?.prompt();
  }

  return {
    closed,
    channel: 'console',
    // Officers' answers (from the command-line desk) appear in this terminal, to its one person.
    async send(address, messages) {
      if (address !== (opts.address ?? 'local')) return 'gone';
      for (const out of messages) output.write(`\n${formatForConsole(out)}\n`);
      rl?.prompt();
      return 'sent';
    },
    async start() {
      output.write('Console channel: you are the person writing to the hotline. Type /start to begin, Ctrl-D to quit.\n');
      rl = createInterface({ input: opts.input ?? process.stdin, output, prompt: 'you> ', terminal: false });
      rl.on('line', (line) => {
        // One line at a time, in order, like a chat.
        chain = chain.then(() => handleLine(line)).catch((err) => opts.logger.error({ err }, 'console line failed'));
      });
      rl.on('close', () => void chain.then(resolveClosed));
      rl.prompt();
    },
    async stop() {
      rl?.close();
      await chain;
    },
  };
}
