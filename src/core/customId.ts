import type { EntityKind } from './model.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * Custom ids are `namespace:version:part:part…`. Any client can read them, so they only ever
 * carry what the clicker could see anyway (an item id shown on the card, a game id, a choice
 * position), never an answer or a correctness flag.
 */
export interface ParsedCustomId {
  namespace: string;
  version: number;
  parts: string[];
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

export function encodeCustomId(namespace: string, version: number, parts: readonly string[]): string | undefined {
  if (!SEGMENT.test(namespace) || !parts.every((p) => SEGMENT.test(p))) return undefined;
  const id = [namespace, String(version), ...parts].join(':');
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** Strict: anything malformed (wrong characters, empty parts, too long) is undefined, never an exception. */
export function decodeCustomId(raw: string): ParsedCustomId | undefined {
  if (raw.length === 0 || raw.length > DISCORD_LIMITS.customId) return undefined;
  const [namespace, version, ...parts] = raw.split(':');
  if (namespace === undefined || version === undefined || !SEGMENT.test(namespace)) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(version)) return undefined;
  if (!parts.every((p) => SEGMENT.test(p))) return undefined;
  return { namespace, version: Number(version), parts };
}

const KIND_CODES: Record<EntityKind, string> = { song: 's', production: 'p', artist: 'a' };
const CODE_KINDS: Record<string, EntityKind> = { s: 'song', p: 'production', a: 'artist' };

export function kindCode(kind: EntityKind): string {
  return KIND_CODES[kind];
}

export function kindFromCode(code: string | undefined): EntityKind | undefined {
  return code === undefined ? undefined : CODE_KINDS[code];
}
