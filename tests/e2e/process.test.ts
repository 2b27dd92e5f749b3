import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/deploy.js';
import { BOT_PERMISSIONS } from '../../src/invite.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/index.js';
import { bodyOf, visibleText } from '../helpers/messages.js';
import { tempStoreUrl, waitFor } from '../helpers/testBot.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const emptyDir = () => mkdtempSync(join(tmpdir(), 'sori-proc-'));

/** Environment without any Discord settings from the developer's shell. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return { ...env, ...extra };
}

describe('npm start, deploy and invite as processes', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('without a token the bot exits non-zero and says exactly what to set', () => {
    const result = spawnSync(TSX, [join(ROOT, 'src/main.ts')], { cwd: emptyDir(), env: cleanEnv({}), encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('DISCORD_TOKEN is not set');
    expect(result.stderr).toContain('.env');
  });

  it('deploy --dry-run prints the command definitions without needing a token', () => {
    const result = spawnSync(TSX, [join(ROOT, 'src/deploy.ts'), '--dry-run'], { cwd: emptyDir(), env: cleanEnv({}), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
  });

  it('invite prints an OAuth2 URL with both scopes and only the needed permissions', () => {
    const result = spawnSync(TSX, [join(ROOT, 'src/invite.ts')], {
      cwd: emptyDir(),
      env: cleanEnv({ DISCORD_APPLICATION_ID: '123456789012345678' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const url = new URL(result.stdout.trim());
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(BOT_PERMISSIONS.toString());
  });

  it('npm start logs in, answers /ost, and exits 0 on SIGTERM', async () => {
    const child = spawn(TSX, [join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: cleanEnv({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_APPLICATION_ID: fake.applicationId,
        STORE_URL: tempStoreUrl(),
        LOG_LEVEL: 'info',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await waitFor(() => out.includes('"msg":"logged in"'), 'the bot to log in', 30_000);
      const response = await fake.slash('ost', { query: 'Stay With Me' }).response();
      expect(visibleText(bodyOf(response))).toContain('Goblin');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('"msg":"stopped"');
      expect(out).not.toContain(fake.token);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
