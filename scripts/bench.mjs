#!/usr/bin/env node
// `npm run bench`: build the production extension, run every tests/bench/*.bench.ts, then print
// the collected JSON lines (one per benchmark) and exit 1 if any is over its budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const results = resolve('bench-results/results.jsonl');
rmSync(results, { force: true });

const run = (command, args) =>
  spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], shell: false }).status ?? 1;

if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
const status = run('npx', [
  'vitest',
  'run',
  '--config',
  'vitest.bench.config.ts',
  ...process.argv.slice(2),
]);

const lines = existsSync(results)
  ? readFileSync(results, 'utf8').trim().split('\n').filter(Boolean)
  : [];
console.log('\n--- benchmarks ---');
for (const line of lines) console.log(line);
const over = lines.map((l) => JSON.parse(l)).filter((r) => !r.ok);
if (over.length)
  console.log(`${over.length} benchmark(s) over budget: ${over.map((r) => r.name).join(', ')}`);
process.exit(status !== 0 || over.length ? 1 : 0);
