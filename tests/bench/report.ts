// Every benchmark reports one JSON line: {"name","value","unit","budget","ok"} (the project's
// bench contract). Lines go to stdout and to bench-results/results.jsonl for scripts/bench.mjs.
import { appendFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchResult {
  name: string;
  /** null when the figure cannot be measured yet (reported as n/a, never over budget). */
  value: number | null;
  unit: string;
  /** Upper bound; null when the number is only reported. */
  budget: number | null;
  /** Extra numbers worth reading beside the value (e.g. the two medians of a ratio). */
  detail?: Record<string, number | string>;
}

export const RESULTS_FILE = resolve('bench-results/results.jsonl');

/** Writes the line and returns its `ok`: within budget (or nothing to judge). */
export function reportBench({ name, value, unit, budget, detail }: BenchResult): boolean {
  const rounded = value === null ? null : Math.round(value * 1000) / 1000;
  const ok = budget === null || rounded === null ? true : rounded <= budget;
  const line = JSON.stringify({
    name,
    value: rounded,
    unit,
    budget,
    ok,
    ...(detail ? { detail } : {}),
  });
  mkdirSync(resolve('bench-results'), { recursive: true });
  appendFileSync(RESULTS_FILE, `${line}\n`);
  process.stdout.write(`${line}\n`);
  return ok;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}
