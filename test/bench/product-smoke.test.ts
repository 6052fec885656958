/**
 * `npm run bench -- --quick` runs for real: the driver starts a redis-server, the loopback Bot API server process,
 * the hotline as `npm start` runs it (src/main.ts) and the comparison bot, phase after phase, and prints every
 * figure for both bots. This checks that it runs to the end and prints every figure line with numbers; what the
 * figures are is the benchmark's business (bench/), not a test's.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIGURE_LABELS } from '../../bench/product/report.js';

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/product.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run bench --quick', () => {
  it('runs the hotline and the comparison bot through every phase and prints every figure of both', { timeout: 150_000 }, async () => {
    const { code, stdout, stderr } = await runBench(['--quick', '--step-timeout', '15000']);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    const lines = stdout.split('\n');
    for (const label of FIGURE_LABELS) {
      const line = lines.find((l) => l.trimStart().startsWith(label));
      expect(line, `no line "${label}" in\n${stdout}`).toBeDefined();
      // Both bots' columns hold figures: the line carries numbers after its label, and no "n/a".
      expect(line!.slice(line!.indexOf(label) + label.length), line).toMatch(/\d/);
      expect(line, line).not.toContain('n/a');
    }
    expect(stdout).toMatch(/^targets: \d+ met, \d+ not met$/m);
    const json = JSON.parse(lines.find((l) => l.startsWith('{"bench":"product"'))!) as {
      throughput: Record<string, { messages: number; errors: number }>;
      surge: Record<string, { people: number; lost: number }>;
    };
    for (const bot of ['hotline', 'comparison']) {
      expect(json.throughput[bot]!.messages, bot).toBeGreaterThan(0);
      expect(json.throughput[bot]!.errors, bot).toBe(0);
      expect(json.surge[bot]).toMatchObject({ people: 100, lost: 0 });
    }
  });
});
