import type { APIEmbed } from 'discord.js';

interface Messageish {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
}

/** All the visible text of a message or callback body: content, embed titles, descriptions, fields, footers. */
export function visibleText(message: unknown): string {
  const m = (message ?? {}) as Messageish;
  const parts: string[] = [];
  if (typeof m.content === 'string') parts.push(m.content);
  for (const e of (Array.isArray(m.embeds) ? m.embeds : []) as APIEmbed[]) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}

interface RawComponent {
  type: number;
  custom_id?: string;
  label?: string;
  options?: { label: string; value: string }[];
  components?: RawComponent[];
}

/** Every component (buttons, selects) inside a message's action rows. */
export function componentsOf(message: unknown): RawComponent[] {
  const rows = ((message ?? {}) as Messageish).components;
  const out: RawComponent[] = [];
  for (const row of (Array.isArray(rows) ? rows : []) as RawComponent[]) out.push(...(row.components ?? []));
  return out;
}

export function customIdsOf(message: unknown): string[] {
  return componentsOf(message)
    .map((c) => c.custom_id)
    .filter((id): id is string => id !== undefined);
}

/** The callback body (data) for reply/update callbacks. */
export function bodyOf(callback: { data: unknown }): Messageish & { flags?: number; choices?: { name: string; value: string }[] } {
  return (callback.data ?? {}) as Messageish & { flags?: number };
}

export const EPHEMERAL = 1 << 6;
