import { expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Measurement {
  name: string;
  milliseconds: number;
  budget: number;
}

const file = join(process.cwd(), 'bench-results', 'bench.json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs a timing several times and keeps the median, so one slow run does not decide. */
export async function timeMedian(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) values.push(await measure());
  return median(values);
}

export function record(measurement: Measurement): void {
  mkdirSync(join(process.cwd(), 'bench-results'), { recursive: true });
  const all: Measurement[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const rest = all.filter((entry) => entry.name !== measurement.name);
  writeFileSync(file, JSON.stringify([...rest, measurement], null, 2));
  const verdict = measurement.milliseconds <= measurement.budget ? 'ok' : 'OVER BUDGET';
  console.log(
    `bench: ${measurement.name}: ${measurement.milliseconds.toFixed(0)} ms (budget ${measurement.budget} ms) ${verdict}`,
  );
  expect.soft(measurement.milliseconds, measurement.name).toBeLessThanOrEqual(measurement.budget);
}
