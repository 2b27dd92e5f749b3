/** The v10 JSON gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatches. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { constants as zc, createDeflate, type Deflate } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeContext } from './context.js';
import { isRecord } from './issues.js';
import { apiUser, guildCreate } from './payloads.js';

export interface IdentifyRecord {
  at: number;
  intents: number;
  accepted: boolean;
  /** Close code when refused (4004 bad token, 4014 disallowed intents). */
  closeCode?: number;
  shard: unknown;
  properties: unknown;
  compress: unknown;
}

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | null;
  deflate: Deflate | null;
  queue: Promise<void>;
  ready: boolean;
}

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Presence: 3, Voice: 4, Resume: 6, Reconnect: 7, RequestMembers: 8, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly ctx: FakeContext) {
    this.wss.on('connection', (socket: WebSocket, req: IncomingMessage) => this.onConnection(socket, req));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Sends a dispatch to the most recently readied live session. */
  dispatch(t: string, d: unknown): void {
    const session = [...this.sessions.values()].reverse().find((s) => s.ready && s.socket);
    if (!session) throw new Error(`fake Discord: no logged-in client to receive ${t}`);
    this.send(session, { op: Op.Dispatch, t, s: ++session.seq, d });
  }

  /** True when a client has identified (or resumed) and is connected. */
  hasClient(): boolean {
    return [...this.sessions.values()].some((s) => s.ready && s.socket);
  }

  /** Closes every client connection with `code` (e.g. 4000 to make clients resume). */
  disconnectAll(code = 1001): void {
    for (const socket of this.sockets) socket.close(code);
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    this.sockets.add(socket);
    if (query.get('v') !== '10') return socket.close(4012, 'Invalid API version');
    if ((query.get('encoding') ?? 'json') !== 'json') return socket.close(4002, 'Decode error');
    const deflate = query.get('compress') === 'zlib-stream' ? createDeflate() : null;
    const conn: Session = { id: '', seq: 0, socket, deflate, queue: Promise.resolve(), ready: false };
    // A RESUME re-points this socket at the resumed session.
    const link = { session: conn };
    socket.on('message', (data, isBinary) => this.onMessage(link, data.toString(), isBinary));
    socket.on('close', () => {
      this.sockets.delete(socket);
      if (link.session.socket === socket) link.session.socket = null;
      deflate?.close();
    });
    this.send(conn, { op: Op.Hello, d: { heartbeat_interval: this.ctx.settings.heartbeatIntervalMs } });
  }

  private onMessage(link: { session: Session }, text: string, isBinary: boolean): void {
    const conn = link.session;
    let payload: unknown;
    try {
      payload = isBinary ? undefined : JSON.parse(text);
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') return void conn.socket?.close(4002, 'Decode error');
    switch (payload.op) {
      case Op.Heartbeat:
        return this.send(conn, { op: Op.HeartbeatAck });
      case Op.Identify:
        return this.identify(conn, payload.d);
      case Op.Resume:
        return this.resume(link, payload.d);
      case Op.Presence:
      case Op.Voice:
      case Op.RequestMembers:
        if (!conn.ready) conn.socket?.close(4003, 'Not authenticated');
        return;
      default:
        conn.socket?.close(4001, 'Unknown opcode');
    }
  }

  private identify(conn: Session, d: unknown): void {
    const data = isRecord(d) ? d : {};
    const intents = typeof data.intents === 'number' ? data.intents : -1;
    const record: IdentifyRecord = { at: Date.now(), intents, accepted: false, shard: data.shard, properties: data.properties, compress: data.compress };
    const refuseWith = (code: number, reason: string): void => {
      record.closeCode = code;
      this.identifies.push(record);
      this.ctx.store.changed();
      conn.socket?.close(code, reason);
    };
    if (conn.ready) return refuseWith(4005, 'Already authenticated');
    if (data.token !== this.ctx.token) return refuseWith(4004, 'Authentication failed');
    if (intents < 0 || (intents & ~this.ctx.settings.allowedIntents) !== 0) return refuseWith(4014, 'Disallowed intent(s)');
    record.accepted = true;
    this.identifies.push(record);
    conn.id = randomBytes(16).toString('hex');
    conn.ready = true;
    this.sessions.set(conn.id, conn);
    const { world } = this.ctx;
    this.send(conn, {
      op: Op.Dispatch, t: 'READY', s: ++conn.seq,
      d: {
        v: 10,
        user: { ...apiUser(world.botUser, true), verified: true, mfa_enabled: false, email: null },
        guilds: [{ id: world.guildId, unavailable: true }],
        session_id: conn.id,
        session_type: 'normal',
        resume_gateway_url: this.ctx.gatewayUrl(),
        shard: [0, 1],
        application: { id: world.applicationId, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        auth: {},
      },
    });
    this.send(conn, { op: Op.Dispatch, t: 'GUILD_CREATE', s: ++conn.seq, d: guildCreate(world) });
    this.ctx.store.changed();
  }

  private resume(link: { session: Session }, d: unknown): void {
    const conn = link.session;
    const data = isRecord(d) ? d : {};
    const session = typeof data.session_id === 'string' ? this.sessions.get(data.session_id) : undefined;
    if (data.token !== this.ctx.token) return void conn.socket?.close(4004, 'Authentication failed');
    if (conn.ready) return void conn.socket?.close(4005, 'Already authenticated');
    if (!session) return this.send(conn, { op: Op.InvalidSession, d: false });
    if (session.socket && session.socket !== conn.socket) session.socket.close(4000, 'Session resumed elsewhere');
    session.socket = conn.socket;
    session.deflate = conn.deflate;
    session.queue = conn.queue;
    link.session = session;
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    this.send(session, { op: Op.Dispatch, t: 'RESUMED', s: ++session.seq, d: {} });
    this.ctx.store.changed();
  }

  private send(conn: Session, payload: Record<string, unknown>): void {
    const socket = conn.socket;
    if (!socket || socket.readyState !== socket.OPEN) return;
    const json = JSON.stringify({ t: null, s: null, d: null, ...payload });
    if (!conn.deflate) return socket.send(json);
    const deflate = conn.deflate;
    // zlib-stream: one shared deflate context, each payload ends with a sync flush.
    conn.queue = conn.queue.then(() => new Promise<void>((resolve) => {
      const chunks: Buffer[] = [];
      const onData = (chunk: Buffer): void => void chunks.push(chunk);
      deflate.on('data', onData);
      deflate.write(json);
      deflate.flush(zc.Z_SYNC_FLUSH, () => {
        deflate.off('data', onData);
        if (socket.readyState === socket.OPEN) socket.send(Buffer.concat(chunks));
        resolve();
      });
    }));
  }
}
