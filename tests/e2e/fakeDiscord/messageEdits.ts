/** GET, PATCH and DELETE of a stored message: shared by channel and webhook message routes. */
import { checkMentions, type FakeContext, type RouteInput } from './context.js';
import { invalidForm, noContent, ok, type Reply } from './http.js';
import { isRecord, Issues } from './issues.js';
import type { StoredMessage } from './store.js';
import { validateMessage } from './validateMessage.js';

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
