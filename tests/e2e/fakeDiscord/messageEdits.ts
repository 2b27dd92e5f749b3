/** Creating, reading, editing and deleting a stored message: shared by channel and webhook message routes. */
import { checkMentions, type FakeContext, type RouteInput } from './context.js';
import { Refuse, invalidForm, noContent, ok, type Reply } from './http.js';
import { isRecord, Issues } from './issues.js';
import type { StoredMessage } from './store.js';
import { isEmptyMessage, validateMessage } from './validateMessage.js';

export function readEditOrDelete(ctx: FakeContext, input: RouteInput, message: StoredMessage): Reply {
  if (input.method === 'GET') return ok(ctx.store.toApi(message));
  if (input.method === 'DELETE') {
    message.deleted = true;
    ctx.store.changed();
    return noContent;
  }
  const issues = new Issues();
  validateMessage(input.body ?? {}, issues, { create: false });
  if (!issues.empty) return invalidForm(issues);
  const body = isRecord(input.body) ? input.body : {};
  checkMentions(ctx, input, body);
  return ok(ctx.store.toApi(ctx.store.editMessage(message, body)));
}

/** The body of a new message as Discord accepts it (limits, not empty, mentions recorded), or the refusal. */
export function newMessageBody(ctx: FakeContext, input: RouteInput): { body: Record<string, unknown> } | { refused: Reply } {
  const issues = new Issues();
  validateMessage(input.body, issues, { create: true });
  if (!issues.empty) return { refused: invalidForm(issues) };
  if (isEmptyMessage(input.body)) return { refused: Refuse.emptyMessage() };
  const body = input.body as Record<string, unknown>;
  checkMentions(ctx, input, body);
  return { body };
}
