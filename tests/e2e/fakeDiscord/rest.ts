/** The REST API under /api/v10: routing, authentication, recording. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody, readBody, refuse, Refuse, type Reply } from './http.js';
import { recordRefusal, type FakeContext, type RouteInput } from './context.js';
import * as I from './restInteractions.js';
import * as R from './restResources.js';

type Handler = (ctx: FakeContext, input: RouteInput) => Reply;

interface Route {
  methods: readonly string[];
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhooks do not). */
  auth: boolean;
  handler: Handler;
}

const ID = '([^/]+)';
const route = (methods: string, path: string, auth: boolean, handler: Handler): Route => ({
  methods: methods.split(','),
  pattern: new RegExp(`^${path.replaceAll(':id', ID)}$`),
  auth,
  handler,
});

const ROUTES: readonly Route[] = [
  route('GET', '/gateway/bot', true, R.gatewayBot),
  route('GET', '/gateway', false, R.gateway),
  route('GET', '/users/@me', true, R.currentUser),
  route('GET', '/applications/@me', true, R.currentApplication),
  route('GET,PUT,POST', '/applications/:id/commands', true, R.commandList),
  route('GET,PATCH,DELETE', '/applications/:id/commands/:id', true, R.commandItem),
  route('GET,PUT,POST', '/applications/:id/guilds/:id/commands', true, R.commandList),
  route('GET,PATCH,DELETE', '/applications/:id/guilds/:id/commands/:id', true, R.commandItem),
  route('POST', '/interactions/:id/:id/callback', false, I.interactionCallback),
  route('POST', '/webhooks/:id/:id', false, I.followUp),
  route('GET,PATCH,DELETE', '/webhooks/:id/:id/messages/:id', false, I.webhookMessageRoute),
  route('GET', '/channels/:id', true, R.channel),
  route('GET,POST', '/channels/:id/messages', true, R.channelMessages),
  route('GET,PATCH,DELETE', '/channels/:id/messages/:id', true, R.channelMessage),
  route('GET', '/guilds/:id', true, R.guild),
  route('GET', '/guilds/:id/channels', true, R.guildChannels),
  route('GET', '/guilds/:id/members/:id', true, R.guildMember),
];

export const API_PREFIX = '/api/v10';

export async function handleRest(ctx: FakeContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
  const parsed = parseBody(await readBody(req), req.headers['content-type']);
  const input: RouteInput = { method, path, params: [], query: url.searchParams, body: parsed.ok ? parsed.value : undefined };
  const reply = dispatch(ctx, req, url, input, parsed.ok);
  recordRefusal(ctx, input, reply);
  const record = { at: Date.now(), method, path, query: url.search, status: reply.status, body: input.body };
  ctx.store.requests.push(record);
  if (reply.status === 404 && reply.refusal?.code === 0) ctx.store.unknownRoutes.push(record);
  send(res, reply);
}

function dispatch(ctx: FakeContext, req: IncomingMessage, url: URL, input: RouteInput, bodyOk: boolean): Reply {
  if (!url.pathname.startsWith(`${API_PREFIX}/`)) return refuse(404, 0, '404: Not Found');
  let methodMismatch = false;
  for (const r of ROUTES) {
    const match = r.pattern.exec(input.path);
    if (!match) continue;
    if (!r.methods.includes(input.method)) {
      methodMismatch = true;
      continue;
    }
    if (r.auth && req.headers.authorization !== `Bot ${ctx.token}`) return Refuse.unauthorized();
    if (!bodyOk) return Refuse.invalidJson();
    input.params = match.slice(1).map((p) => decodeURIComponent(p));
    return r.handler(ctx, input);
  }
  return methodMismatch ? refuse(405, 0, '405: Method Not Allowed') : refuse(404, 0, '404: Not Found');
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {};
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}
