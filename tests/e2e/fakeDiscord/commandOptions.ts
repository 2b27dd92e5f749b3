/** Turns a test's `{ name: value }` options into Discord's interaction option tree. */
import { isRecord } from './issues.js';

export type OptionValue = string | number | boolean;
export type OptionInput = Record<string, OptionValue>;

export const OptionType = {
  Subcommand: 1, Group: 2, String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Mentionable: 9, Number: 10,
} as const;

export interface BuiltOptions {
  commandId?: string;
  /** Top-level `data.options`. */
  options: Record<string, unknown>[];
  /** The option list that holds the leaf options (for the focused option of autocomplete). */
  leafDefs: Record<string, unknown>[] | undefined;
}

/**
 * `path` is "name", "name sub" or "name group sub". When the command was registered, option
 * names, types and required options are checked against its definition; otherwise types are
 * inferred from the JS values.
 */
export function buildOptions(
  path: string,
  input: OptionInput,
  registered: Record<string, unknown> | undefined,
  focused?: { name: string; value: string },
): BuiltOptions {
  const [name, ...subs] = path.trim().split(/\s+/);
  if (!name) throw new Error('fake Discord: empty command name');
  let defs = registered && Array.isArray(registered.options) ? (registered.options as Record<string, unknown>[]) : undefined;
  const chain: { name: string; type: number }[] = [];
  subs.forEach((sub, i) => {
    const type = i === subs.length - 1 ? OptionType.Subcommand : OptionType.Group;
    if (registered) {
      const def = defs?.find((d) => d.name === sub && d.type === type);
      if (!def) throw new Error(`fake Discord: /${name} has no ${type === 1 ? 'subcommand' : 'group'} "${sub}"`);
      defs = Array.isArray(def.options) ? (def.options as Record<string, unknown>[]) : [];
    }
    chain.push({ name: sub, type });
  });
  if (registered && defs?.some((d) => d.type === OptionType.Subcommand || d.type === OptionType.Group)) {
    throw new Error(`fake Discord: /${path} needs a subcommand`);
  }
  const leaves = leafOptions(path, input, registered ? defs ?? [] : undefined, focused !== undefined);
  if (focused) leaves.push(focusedOption(path, focused, registered ? defs ?? [] : undefined));
  let options: Record<string, unknown>[] = leaves;
  for (const link of [...chain].reverse()) options = [{ name: link.name, type: link.type, options }];
  return { ...(registered ? { commandId: String(registered.id) } : {}), options, leafDefs: registered ? defs ?? [] : undefined };
}

function focusedOption(path: string, focused: { name: string; value: string }, defs: Record<string, unknown>[] | undefined) {
  const def = defs?.find((d) => d.name === focused.name);
  if (defs && !def) throw new Error(`fake Discord: /${path} has no option "${focused.name}"`);
  if (def && def.autocomplete !== true) throw new Error(`fake Discord: /${path} option "${focused.name}" has no autocomplete`);
  // Discord sends what the user has typed so far, as a string, whatever the option type.
  return { name: focused.name, type: def ? Number(def.type) : OptionType.String, value: focused.value, focused: true };
}

function leafOptions(path: string, input: OptionInput, defs: Record<string, unknown>[] | undefined, partial: boolean): Record<string, unknown>[] {
  const out = Object.entries(input).map(([name, value]) => {
    const def = defs?.find((d) => d.name === name);
    if (defs && !def) throw new Error(`fake Discord: /${path} has no option "${name}"`);
    const type = def ? Number(def.type) : inferType(value);
    checkValue(path, name, type, value, def);
    return { name, type, value };
  });
  for (const def of defs ?? []) {
    if (!partial && def.required === true && !(String(def.name) in input)) {
      throw new Error(`fake Discord: /${path} requires option "${String(def.name)}"`);
    }
  }
  return out;
}

export function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function checkValue(path: string, name: string, type: number, value: OptionValue, def: Record<string, unknown> | undefined): void {
  const fail = (why: string): never => {
    throw new Error(`fake Discord: /${path} option "${name}" ${why}`);
  };
  if (type === OptionType.Boolean && typeof value !== 'boolean') fail('must be a boolean');
  if (type === OptionType.Integer && !Number.isInteger(value)) fail('must be an integer');
  if (type === OptionType.Number && typeof value !== 'number') fail('must be a number');
  if ([OptionType.String, OptionType.User, OptionType.Channel, OptionType.Role, OptionType.Mentionable].includes(type as 3) && typeof value !== 'string') {
    fail('must be a string (an id for users, channels and roles)');
  }
  if (!def) return;
  if (Array.isArray(def.choices) && def.choices.length > 0 && !def.choices.some((c) => isRecord(c) && c.value === value)) {
    fail(`must be one of its choices (${JSON.stringify(value)} is not)`);
  }
  if (typeof value === 'string' && typeof def.max_length === 'number' && value.length > def.max_length) fail('is too long');
  if (typeof value === 'string' && typeof def.min_length === 'number' && value.length < def.min_length) fail('is too short');
  if (typeof value === 'number' && typeof def.max_value === 'number' && value > def.max_value) fail('is above max_value');
  if (typeof value === 'number' && typeof def.min_value === 'number' && value < def.min_value) fail('is below min_value');
}
