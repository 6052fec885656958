/**
 * The kill loop, shortened (bench/kill-loop.ts runs the full 100 + 5): 10 SIGKILLs of the bot as `npm start`
 * runs it and 1 of Redis (AOF, appendfsync always) while people walk intakes and officers answer. One run,
 * then one check each, so a failure names what broke. Takes one to three minutes (the bot's start-up is most
 * of it, longer on a loaded machine).
 * `npm run bench:kill` prints the same figures for the full loop.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runKillLoop, type KillLoopFigures } from '../../bench/kill-loop/run.js';

describe('the kill loop (10 bot kills, 1 Redis kill)', () => {
  let f: KillLoopFigures;
  beforeAll(async () => {
    // Settling may take up to 150 s: a lane or delivery a killed bot held comes back after its 60 s lease.
    f = await runKillLoop({ botKills: 10, redisKills: 1, people: 12, upMs: [300, 1500], settleMs: 150_000, seed: 7,
      log: (line) => process.stderr.write(`kill loop ${line}\n`) });
    process.stderr.write(`kill loop: ${JSON.stringify(f)}\n`);
  }, 400_000);

  it('killed the bot and Redis as asked, and people got through', () => {
    expect(f.kills).toMatchObject({ bot: 10, redis: 1 });
    expect(f.people.finished).toBeGreaterThan(f.people.total / 2);
  });

  it('gives every person exactly one case: none twice, none missing after an intake or an SOS', () => {
    expect(f.duplicates).toBe(0);
    expect(f.missing).toEqual({ finished: 0, sos: 0 });
  });

  it('keeps every SOS in the queue as critical', () => {
    expect(f.sosNotQueued).toBe(0);
  });

  it('gives every case exactly one topic', () => {
    expect(f.topics.twoOrMore).toBe(0);
    expect(f.topics.casesWithNone).toBe(0);
  });

  it('delivers every officer\'s answer exactly once', () => {
    expect(f.answers.sent).toBeGreaterThan(0);
    expect(f.answers.delivered).toEqual({ zero: 0, one: f.answers.sent, twoOrMore: 0 });
  });
});
