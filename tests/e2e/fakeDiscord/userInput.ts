/** What a user can do with the components and modals the bot showed them (throws on the impossible). */
import { isRecord } from './issues.js';

export function findComponent(components: unknown[], customId: string): Record<string, unknown> | undefined {
  for (const c of components) {
    if (!isRecord(c)) continue;
    if (c.custom_id === customId) return c;
    const nested = [...(Array.isArray(c.components) ? c.components : []), ...(isRecord(c.accessory) ? [c.accessory] : [])];
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}

export function checkSelectValues(select: Record<string, unknown>, values: string[]): void {
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (values.length < min || values.length > max) {
    throw new Error(`fake Discord: select "${String(select.custom_id)}" takes ${min}..${max} values, got ${values.length}`);
  }
  if (select.type === 3 && Array.isArray(select.options)) {
    const allowed = new Set(select.options.map((o) => (isRecord(o) ? o.value : undefined)));
    const bad = values.find((v) => !allowed.has(v));
    if (bad !== undefined) throw new Error(`fake Discord: select "${String(select.custom_id)}" has no option "${bad}"`);
  }
}

/** Mirrors the shown modal's layout (action rows or labels) with the user's answers. */
export function modalAnswers(shown: unknown, fields: Record<string, string>, modalId: string): unknown[] {
  const rows = Array.isArray(shown) ? shown : [];
  const used = new Set<string>();
  const answer = (input: Record<string, unknown>): Record<string, unknown> => {
    const id = String(input.custom_id);
    const value = fields[id] ?? '';
    used.add(id);
    if (input.required !== false && value === '') throw new Error(`fake Discord: modal "${modalId}" field "${id}" is required`);
    if (typeof input.max_length === 'number' && value.length > input.max_length) throw new Error(`fake Discord: modal field "${id}" is too long`);
    if (value !== '' && typeof input.min_length === 'number' && value.length < input.min_length) throw new Error(`fake Discord: modal field "${id}" is too short`);
    return { type: 4, id: input.id, custom_id: id, value };
  };
  const out = rows.filter(isRecord).map((row, i) => {
    if (row.type === 18 && isRecord(row.component)) return { type: 18, id: row.id ?? i + 1, component: answer(row.component) };
    const inputs = Array.isArray(row.components) ? row.components.filter(isRecord) : [];
    return { type: 1, id: row.id ?? i + 1, components: inputs.map(answer) };
  });
  const unknown = Object.keys(fields).find((k) => !used.has(k));
  if (unknown) throw new Error(`fake Discord: modal "${modalId}" has no field "${unknown}"`);
  return out;
}

