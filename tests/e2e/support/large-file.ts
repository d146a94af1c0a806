import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';

/**
 * A file of `size` bytes repeating `fill`, written to the test's output folder. Chosen by its path,
 * the browser reads it from disk; a buffer of tens of megabytes would cross the test protocol
 * instead, which takes seconds and tests nothing of Rotta.
 */
export function largeFile(name: string, size: number, fill: string | number): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, Buffer.alloc(size, fill));
  return path;
}
