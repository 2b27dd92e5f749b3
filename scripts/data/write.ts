/** Stable JSON output: pretty-printed, two-space indent, trailing newline. */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
