/**
 * The validation stamp: `npm run data:build` validates data/ and records each file's SHA-256 in
 * data/validated.json. A start-up that finds every file unchanged may skip validating them again;
 * any edit by hand changes a hash and brings back the full validation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_FILE = 'validated.json';

interface Stamp {
  sha256: Record<string, string>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Records the hashes of `files` (already validated) in `dir`. */
export function writeStamp(dir: string, files: readonly string[]): void {
  const stamp: Stamp = { sha256: Object.fromEntries(files.map((f) => [f, sha256(readFileSync(join(dir, f), 'utf8'))])) };
  writeFileSync(join(dir, STAMP_FILE), `${JSON.stringify(stamp, null, 1)}\n`);
}

/** Whether every one of these file texts is exactly what the stamp in `dir` recorded. */
export function stampMatches(dir: string, texts: Record<string, string>): boolean {
  const path = join(dir, STAMP_FILE);
  if (!existsSync(path)) return false;
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8')) as Partial<Stamp>;
    const recorded = stamp.sha256 ?? {};
    return Object.entries(texts).every(([file, text]) => recorded[file] === sha256(text));
  } catch {
    return false;
  }
}
