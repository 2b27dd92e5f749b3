/** HTTP plumbing for the fake REST API: body parsing, replies, Discord-style errors. */
import type { IncomingMessage } from 'node:http';
import type { ErrorTree, Issues } from './issues.js';
import type { Refusal } from './store.js';

export interface Reply {
  status: number;
  body?: unknown;
  /** Set when this reply is a refusal Discord would send (recorded in `refusals`). */
  refusal?: { code: number; message: string; errors?: ErrorTree };
  /** The recorded refusal, once stored. */
  recorded?: Refusal;
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export const noContent: Reply = { status: 204 };

export function refuse(status: number, code: number, message: string, errors?: ErrorTree): Reply {
  return {
    status,
    body: { message, code, ...(errors ? { errors } : {}) },
    refusal: { code, message, ...(errors ? { errors } : {}) },
  };
}

export function invalidForm(issues: Issues): Reply {
  return refuse(400, 50035, 'Invalid Form Body', issues.toTree());
}

export const Refuse = {
  unknownInteraction: () => refuse(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => refuse(400, 40060, 'Interaction has already been acknowledged.'),
  unknownWebhook: () => refuse(404, 10015, 'Unknown Webhook'),
  invalidWebhookToken: () => refuse(401, 50027, 'Invalid Webhook Token'),
  unknownMessage: () => refuse(404, 10008, 'Unknown Message'),
  unknownChannel: () => refuse(404, 10003, 'Unknown Channel'),
  unknownGuild: () => refuse(404, 10004, 'Unknown Guild'),
  unknownMember: () => refuse(404, 10007, 'Unknown Member'),
  unknownCommand: () => refuse(404, 10063, 'Unknown application command'),
  emptyMessage: () => refuse(400, 50006, 'Cannot send an empty message'),
  missingAccess: () => refuse(403, 50001, 'Missing Access'),
  unauthorized: () => refuse(401, 0, '401: Unauthorized'),
  invalidJson: () => refuse(400, 50109, 'The request body contains invalid JSON.'),
} as const;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parses JSON bodies and the `payload_json` part of multipart bodies (files are ignored). */
export function parseBody(raw: Buffer, contentType: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (raw.length === 0) return { ok: true, value: undefined };
  const type = contentType ?? '';
  try {
    if (type.startsWith('multipart/form-data')) return { ok: true, value: parseMultipartPayload(raw, type) };
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

function parseMultipartPayload(raw: Buffer, contentType: string): unknown {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
  const text = raw.toString('latin1');
  for (const part of text.split(marker)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    if (!/name="payload_json"/.test(headers)) continue;
    const bodyLatin1 = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    return JSON.parse(Buffer.from(bodyLatin1, 'latin1').toString('utf8')) as unknown;
  }
  return {};
}
