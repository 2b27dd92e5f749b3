import type { z } from 'zod';

/**
 * Stored values are plain JSON objects carrying a schema version `v`. A codec validates a value
 * read back with zod, upgrades older versions step by step, and reports anything else as corrupt
 * (the caller logs it, keeps a copy aside and falls back to a default: never a crash).
 */
export type Decoded<T> =
  | { ok: true; value: T; migratedFrom?: number; repaired?: string }
  | { ok: false; reason: string };

export interface Codec<T> {
  readonly name: string;
  readonly version: number;
  decode(raw: unknown): Decoded<T>;
}

export interface CodecSpec<T> {
  name: string;
  version: number;
  schema: z.ZodType<T>;
  /** migrations[n] turns a version-n value into a version-(n+1) one (may throw on garbage). */
  migrations?: Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
  /** Last resort for a current-version value that fails the schema: salvage what is valid. */
  repair?: (raw: Record<string, unknown>) => T | undefined;
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export function versionedCodec<T>(spec: CodecSpec<T>): Codec<T> {
  return {
    name: spec.name,
    version: spec.version,
    decode(raw: unknown): Decoded<T> {
      if (!isRecord(raw)) return { ok: false, reason: `${spec.name}: not an object` };
      let value = raw;
      const from = typeof raw.v === 'number' ? raw.v : 0;
      if (!Number.isInteger(from) || from > spec.version) {
        return { ok: false, reason: `${spec.name}: unknown schema version ${String(raw.v)}` };
      }
      try {
        for (let version = from; version < spec.version; version += 1) {
          const step = spec.migrations?.[version];
          if (!step) return { ok: false, reason: `${spec.name}: no migration from version ${version}` };
          value = { ...step(value), v: version + 1 };
        }
      } catch (error) {
        return { ok: false, reason: `${spec.name}: migration from version ${from} failed: ${String(error)}` };
      }
      const parsed = spec.schema.safeParse(value);
      if (parsed.success) {
        return from < spec.version ? { ok: true, value: parsed.data, migratedFrom: from } : { ok: true, value: parsed.data };
      }
      const reason = `${spec.name}: ${describe(parsed.error)}`;
      const repaired = spec.repair?.(value);
      return repaired === undefined ? { ok: false, reason } : { ok: true, value: repaired, repaired: reason };
    },
  };
}
