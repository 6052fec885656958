/**
 * The intake benchmark's report: a few lines per phase, the table of figures against the targets, where
 * the bot's CPU went (with --profile), and one JSON line with every figure.
 */
import { fmt, log, mb, table, type TableRow } from './format.js';
import type { MainResult } from './main-phase.js';
import type { MemoryResult } from './memory-phase.js';
import type { IntakeOptions } from './options.js';
import type { Percentiles } from './processes.js';

/** What the bot should reach: CPU per message, danger → queue p99, Redis bytes per idle conversation, heap growth. */
const TARGETS = { cpuMsPerMessage: 0.25, dangerToQueueP99Ms: 10, redisBytesPerIdleConversation: 1024, heapGrowthBytes: 5 * 1024 * 1024 };

/** A timed phase's figures in a few lines, with up to five error samples. */
function describePhase(r: MainResult): void {
  log(`${r.label}: steady window ${r.windowSeconds} s, ${r.messagesInWindow} messages (${fmt(r.messagesPerSecond, 0)}/s), ` +
    `${r.intakesCompleted} intakes completed in the phase, ${r.errors} errors, ${r.stray} unexpected bot messages`);
  log(`  CPU ms per inbound message: bot ${fmt(r.botCpuMsPerMessage, 3)} (/proc: ${fmt(r.botCpuMsPerMessageProc, 3)}), ` +
    `Bot API server ${fmt(r.cpuMsPerMessage.api, 3)}, redis-server ${fmt(r.cpuMsPerMessage.redis, 3)}, driver ${fmt(r.cpuMsPerMessage.driver, 3)}`);
  log(`  cores busy: bot ${fmt(r.cores.bot)}, whole bench ${fmt(r.cores.bench)}, machine ${fmt(r.cores.machineBusy)}, ` +
    `other processes ${fmt(r.cores.others)} (load average ${r.loadavg.join(' ')}; figures are noisier when other processes use CPU)`);
  const pct = (p: Percentiles | undefined) => `${fmt(p?.p50)} / ${fmt(p?.p90)} / ${fmt(p?.p99)}`;
  log(`  inside the bot, p50 / p90 / p99 ms from the update's getUpdates response: to hotline.receive ${pct(r.inBot?.toReceiveMs)}, ` +
    `to committed ${pct(r.inBot?.toCommittedMs)} (n=${r.inBot?.toCommittedMs.n ?? 'n/a'})`);
  log(`  Bot API HTTP calls per inbound message: ${Object.entries(r.apiCallsPerMessage).map(([m, v]) => `${m} ${fmt(v, 3)}`).join(', ')}`);
  log(`  reply latency p90 ${fmt(r.firstReply.p90)}, max ${fmt(r.firstReply.max)} ms; danger → queue p90 ${fmt(r.dangerToQueue.p90)}, max ${fmt(r.dangerToQueue.max)} ms; ` +
    `danger → stream entry id (Redis clock) p50 / p99 ${fmt(r.dangerToStreamEntry.p50)} / ` +
    `${fmt(r.dangerToStreamEntry.p99)} ms; danger messages with no case.opened seen: ${r.dangerToQueue.missing}`);
  log(`  conversation keys ${r.redis.conversations}, ${r.redis.sampled} sampled: MEMORY USAGE avg ${fmt(r.redis.memoryUsageAvg, 0)} B ` +
    `(max ${fmt(r.redis.memoryUsageMax, 0)}), sealed snapshot avg ${fmt(r.redis.snapshotAvg, 0)} B, seen ids avg ${fmt(r.redis.seenAvg, 0)} B`);
  for (const e of r.errorSamples) log(`  error: ${e}`);
}

/** Prints the report of a run: per phase, the targets table, the CPU profiles and the JSON line. */
export function printReport(
  opts: IntakeOptions,
  { saturated, paced, memory }: { saturated: MainResult; paced: MainResult | undefined; memory: MemoryResult | undefined },
): void {
  const cpuOk = saturated.botCpuMsPerMessage <= TARGETS.cpuMsPerMessage;
  const dangerOk = (r: MainResult | undefined) => (r && r.dangerToQueue.n > 0 ? r.dangerToQueue.p99 <= TARGETS.dangerToQueueP99Ms : undefined);
  const redisOk = saturated.redis.memoryUsageAvg <= TARGETS.redisBytesPerIdleConversation;
  const heapOk = memory?.heapGrowthBytes !== undefined ? memory.heapGrowthBytes <= TARGETS.heapGrowthBytes : undefined;
  const sat = `${saturated.people} people, saturated`;
  const pac = paced ? `${paced.people} people, ${paced.thinkMs / 2}–${paced.thinkMs * 1.5} ms pauses` : '';
  const rows: TableRow[] = [
    ['figure', 'measured', 'target', undefined],
    [`inbound messages/s (${sat})`, fmt(saturated.messagesPerSecond, 0), '', undefined],
    [`reply latency p50 / p99 (ms, ${sat})`, `${fmt(saturated.firstReply.p50)} / ${fmt(saturated.firstReply.p99)}`, '', undefined],
    [`danger message → case in queue p50 / p99 (ms, ${sat}, n=${saturated.dangerToQueue.n})`,
      `${fmt(saturated.dangerToQueue.p50)} / ${fmt(saturated.dangerToQueue.p99)}`, `p99 ≤ ${TARGETS.dangerToQueueP99Ms}`, dangerOk(saturated)],
    [`bot CPU per inbound message (ms, ${sat})`, fmt(saturated.botCpuMsPerMessage, 3), `≤ ${TARGETS.cpuMsPerMessage}`, cpuOk],
  ];
  if (paced) {
    rows.push(
      [`inbound messages/s (${pac})`, fmt(paced.messagesPerSecond, 0), '', undefined],
      [`reply latency p50 / p99 (ms, ${pac})`, `${fmt(paced.firstReply.p50)} / ${fmt(paced.firstReply.p99)}`, '', undefined],
      [`danger message → case in queue p50 / p99 (ms, ${pac}, n=${paced.dangerToQueue.n})`,
        `${fmt(paced.dangerToQueue.p50)} / ${fmt(paced.dangerToQueue.p99)}`, `p99 ≤ ${TARGETS.dangerToQueueP99Ms}`, dangerOk(paced)],
      [`bot CPU per inbound message (ms, ${pac})`, fmt(paced.botCpuMsPerMessage, 3), '', undefined],
    );
  }
  rows.push(
    ['Redis bytes per idle conversation, finished intake (MEMORY USAGE avg)', fmt(saturated.redis.memoryUsageAvg, 0), `≤ ${TARGETS.redisBytesPerIdleConversation}`, redisOk],
    ['Redis used_memory delta per conversation (incl. its case, queue entry, events)', fmt(saturated.redis.usedMemoryDeltaPerConversation, 0), '', undefined],
  );
  if (memory) {
    rows.push(['Redis bytes per conversation after /start only (MEMORY USAGE avg)', fmt(memory.redis.memoryUsageAvg, 0), `≤ ${TARGETS.redisBytesPerIdleConversation}`, memory.redis.memoryUsageAvg <= TARGETS.redisBytesPerIdleConversation]);
    for (const p of memory.points) {
      if (p.people === 0) continue;
      rows.push([`bot heapUsed / RSS after ${p.people.toLocaleString('en')} distinct people (forced GC)`, `${mb(p.heapUsed)} / ${mb(p.rss)}`, '', undefined]);
    }
    rows.push([
      `bot heap growth 1k → ${memory.people.toLocaleString('en')} people`,
      memory.heapGrowthBytes !== undefined ? `${mb(memory.heapGrowthBytes)} (${fmt(memory.heapBytesPerPerson, 1)} B/person)` : 'n/a',
      `flat: ≤ ${mb(TARGETS.heapGrowthBytes)}`, heapOk,
    ]);
  } else {
    rows.push(['bot memory 1k → 100k people', 'not run (--memory-people 0)', 'flat', undefined]);
  }

  log('');
  describePhase(saturated);
  if (paced) describePhase(paced);
  if (memory) {
    log(`memory phase: ${memory.people} people in ${memory.seconds} s (${fmt(memory.messagesPerSecond, 0)} msg/s), ${memory.errors} errors; ` +
      `Redis used_memory delta per /start-only conversation ${fmt(memory.redis.usedMemoryDeltaPerConversation, 0)} B`);
    for (const e of memory.errorSamples) log(`  error: ${e}`);
  }
  log('');
  log(table(rows));
  for (const r of [saturated, paced]) {
    const prof = r?.profile;
    if (!prof) continue;
    log('');
    log(`bot CPU profile of the ${r.label.split(' (')[0]} window: ${prof.file} (busy ${fmt(prof.busyMs, 0)} ms of ${fmt(prof.totalMs, 0)} ms sampled; the profiler adds ~10% CPU)`);
    log('  self time by package / area:');
    for (const b of prof.buckets.slice(0, 15)) log(`    ${fmt(b.pctOfBusy, 1).padStart(5)}%  ${fmt(b.ms, 0).padStart(7)} ms  ${b.name}`);
    log('  by what the stack is doing (first matching rule wins):');
    for (const c of prof.categories) log(`    ${fmt(c.pctOfBusy, 1).padStart(5)}%  ${fmt(c.ms, 0).padStart(7)} ms  ${c.name}`);
    log('  top self-time functions:');
    for (const f of prof.functions) log(`    ${fmt(f.pctOfBusy, 1).padStart(5)}%  ${fmt(f.ms, 0).padStart(7)} ms  ${f.name}`);
  }
  log('');
  const strip = (r: MainResult) => {
    const { profile, ...figures } = r;
    return { ...figures, ...(profile ? { profileFile: profile.file, profileCategories: profile.categories, profileTop: profile.functions.slice(0, 10) } : {}) };
  };
  const result = {
    bench: 'intake',
    at: new Date().toISOString(),
    node: process.version,
    options: opts,
    targets: TARGETS,
    met: {
      cpu: cpuOk, dangerToQueueSaturated: dangerOk(saturated) ?? null, dangerToQueuePaced: dangerOk(paced) ?? null,
      redisBytes: redisOk, memoryFlat: heapOk ?? null,
    },
    saturated: strip(saturated),
    ...(paced ? { paced: strip(paced) } : {}),
    ...(memory ? { memory } : {}),
  };
  log(JSON.stringify(result));
}
