/** Checks a message payload (content, embeds, components, allowed_mentions, flags) like Discord does. */
import { charCount, isRecord, type Issues, type Path } from './issues.js';
import * as L from './limits.js';
import { validateComponents } from './validateComponents.js';

export interface MessageCheckOptions {
  /** Creating a message (reply, follow-up, channel post) rather than editing one. */
  create: boolean;
  /** Content limit: 2000 for bots everywhere. */
  contentMax?: number;
}

const ALLOWED_PARSE = new Set(['users', 'roles', 'everyone']);

/** Validates `body` into `issues` (paths relative to the body). */
export function validateMessage(body: unknown, issues: Issues, options: MessageCheckOptions): void {
  if (!isRecord(body)) {
    issues.add([], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  issues.integer(['flags'], body.flags, 0, 2 ** 31);
  const v2 = (flags & L.MESSAGE_FLAG_IS_COMPONENTS_V2) !== 0;
  issues.text(['content'], body.content, options.contentMax ?? L.MESSAGE_CONTENT_MAX);
  if (v2 && (nonEmpty(body.content) || nonEmpty(body.embeds))) {
    issues.add(['content'], 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', 'The \'content\' and \'embeds\' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2');
  }
  validateEmbeds(body.embeds, issues);
  validateComponents(body.components, issues, v2);
  validateAllowedMentions(body.allowed_mentions, issues);
}

/** True when a create payload would produce an empty message (Discord: 50006). */
export function isEmptyMessage(body: unknown): boolean {
  if (!isRecord(body)) return true;
  return !(nonEmpty(body.content) || nonEmpty(body.embeds) || nonEmpty(body.components) ||
    nonEmpty(body.attachments) || nonEmpty(body.sticker_ids) || body.poll != null);
}

function nonEmpty(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

function validateEmbeds(value: unknown, issues: Issues): void {
  const embeds = issues.array(['embeds'], value, L.EMBEDS_PER_MESSAGE_MAX);
  let total = 0;
  embeds.forEach((embed, i) => {
    total += validateEmbed(embed, ['embeds', i], issues);
  });
  if (total > L.EMBED_TOTAL_TEXT_MAX) {
    issues.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${L.EMBED_TOTAL_TEXT_MAX}`);
  }
}

/** Returns the embed's counted text length. */
function validateEmbed(embed: unknown, path: Path, issues: Issues): number {
  if (!isRecord(embed)) {
    issues.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return 0;
  }
  let total = 0;
  const count = (v: unknown): void => {
    if (typeof v === 'string') total += charCount(v);
  };
  issues.text([...path, 'title'], embed.title, L.EMBED_TITLE_MAX);
  issues.text([...path, 'description'], embed.description, L.EMBED_DESCRIPTION_MAX);
  issues.text([...path, 'url'], embed.url, L.EMBED_URL_MAX);
  issues.integer([...path, 'color'], embed.color, 0, L.EMBED_COLOR_MAX);
  count(embed.title);
  count(embed.description);
  const fields = issues.array([...path, 'fields'], embed.fields, L.EMBED_FIELDS_MAX);
  fields.forEach((field, j) => {
    const fp = [...path, 'fields', j];
    if (!isRecord(field)) return issues.add(fp, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    issues.text([...fp, 'name'], field.name, L.EMBED_FIELD_NAME_MAX, 1, true);
    issues.text([...fp, 'value'], field.value, L.EMBED_FIELD_VALUE_MAX, 1, true);
    count(field.name);
    count(field.value);
  });
  if (isRecord(embed.footer)) {
    issues.text([...path, 'footer', 'text'], embed.footer.text, L.EMBED_FOOTER_TEXT_MAX, 1, true);
    count(embed.footer.text);
  }
  if (isRecord(embed.author)) {
    issues.text([...path, 'author', 'name'], embed.author.name, L.EMBED_AUTHOR_NAME_MAX, 1, true);
    count(embed.author.name);
  }
  for (const key of ['image', 'thumbnail'] as const) {
    const media = embed[key];
    if (isRecord(media)) issues.text([...path, key, 'url'], media.url, L.EMBED_URL_MAX, 1, true);
  }
  return total;
}

function validateAllowedMentions(value: unknown, issues: Issues): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) {
    issues.add(['allowed_mentions'], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const parse = issues.array(['allowed_mentions', 'parse'], value.parse, 3);
  parse.forEach((p, i) => {
    if (typeof p !== 'string' || !ALLOWED_PARSE.has(p)) {
      issues.add(['allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', 'Value must be one of {\'users\', \'roles\', \'everyone\'}.');
    }
  });
  const users = issues.array(['allowed_mentions', 'users'], value.users, L.ALLOWED_MENTIONS_IDS_MAX);
  const roles = issues.array(['allowed_mentions', 'roles'], value.roles, L.ALLOWED_MENTIONS_IDS_MAX);
  if (parse.includes('users') && users.length > 0) {
    issues.add(['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', 'parse:["users"] and users: [ids] are mutually exclusive.');
  }
  if (parse.includes('roles') && roles.length > 0) {
    issues.add(['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', 'parse:["roles"] and roles: [ids] are mutually exclusive.');
  }
}

export interface MentionProblem {
  reason: string;
  /** The content as sent would actually notify someone (not just "could, with other content"). */
  wouldPing: boolean;
}

/**
 * Why a message payload could ping someone, or null when it cannot. The rule is deliberately
 * strict: every payload carrying a message must send `allowed_mentions` with an empty `parse`
 * (explicit `users`/`roles` id lists are allowed: they are a deliberate ping).
 */
export function mentionProblem(body: unknown): MentionProblem | null {
  if (!isRecord(body)) return null;
  const am = isRecord(body.allowed_mentions) ? body.allowed_mentions : undefined;
  const parse = am && Array.isArray(am.parse) ? am.parse : undefined;
  let reason: string | null = null;
  if (!am) reason = 'allowed_mentions is missing';
  else if (parse && parse.length > 0) reason = `allowed_mentions.parse is ${JSON.stringify(parse)}`;
  else if (!parse && am.users === undefined && am.roles === undefined) reason = 'allowed_mentions has no parse list';
  if (reason === null) return null;
  return { reason, wouldPing: wouldPing(typeof body.content === 'string' ? body.content : '', am, parse) };
}

function wouldPing(content: string, am: Record<string, unknown> | undefined, parse: unknown[] | undefined): boolean {
  // Without allowed_mentions Discord parses everything; with it, only what `parse` lists.
  const allows = (kind: string): boolean => !am || (parse ?? []).includes(kind);
  if (/@everyone|@here/.test(content) && allows('everyone')) return true;
  if (/<@!?\d+>/.test(content) && allows('users')) return true;
  return /<@&\d+>/.test(content) && allows('roles');
}
