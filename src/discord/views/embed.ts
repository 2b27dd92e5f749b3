import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS, truncate } from '../../core/limits.js';

export const COLORS = { song: 0xe86a92, production: 0x5865f2, artist: 0x3ba55d, info: 0x99aab5 } as const;

/** Text from data is shown as it is; this keeps Discord from reading it as markdown. */
export function plain(text: string): string {
  return text.replace(/([\\*_~`|>#\[\]])/g, '\\$1');
}

export function field(name: string, value: string | undefined, inline = false): APIEmbedField | undefined {
  if (!value) return undefined;
  return {
    name: truncate(name, DISCORD_LIMITS.embedFieldName),
    value: truncate(value, DISCORD_LIMITS.embedFieldValue),
    inline,
  };
}

/**
 * Packs lines into as many fields as needed (each ≤ 1024 characters), stopping at `maxFields`
 * and saying how many lines did not fit.
 */
export function listFields(title: string, lines: readonly string[], maxFields = 3): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current: string[] = [];
  let length = 0;
  let shown = 0;
  const flush = () => {
    if (current.length === 0) return;
    fields.push({ name: fields.length === 0 ? title : `${title} (cont.)`, value: current.join('\n') });
    current = [];
    length = 0;
  };
  for (const raw of lines) {
    const line = truncate(raw, 200);
    if (length + line.length + 1 > DISCORD_LIMITS.embedFieldValue - 40) {
      flush();
      if (fields.length >= maxFields) break;
    }
    current.push(line);
    length += line.length + 1;
    shown++;
  }
  if (fields.length < maxFields) flush();
  const hidden = lines.length - shown;
  const last = fields[fields.length - 1];
  if (hidden > 0 && last) last.value = `${last.value}\n…and ${hidden} more`;
  return fields;
}

/** Keeps an embed within Discord's per-embed limits, dropping trailing fields past the 6,000 total. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title) out.title = truncate(out.title, DISCORD_LIMITS.embedTitle);
  if (out.description) out.description = truncate(out.description, DISCORD_LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, DISCORD_LIMITS.embedFooter) };
  const fields = (out.fields ?? []).slice(0, DISCORD_LIMITS.embedFields);
  let total = (out.title?.length ?? 0) + (out.description?.length ?? 0) + (out.footer?.text.length ?? 0);
  const kept: APIEmbedField[] = [];
  for (const f of fields) {
    const size = f.name.length + f.value.length;
    if (total + size > DISCORD_LIMITS.embedTotal) break;
    total += size;
    kept.push(f);
  }
  out.fields = kept;
  return out;
}

export function compact<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}
