import { describe, expect, it } from 'vitest';
import { applicationIdFromToken, DEFAULT_API_URL, DEFAULT_STORE_URL, parseConfig } from '../../src/config.js';

const APP_ID = '123456789012345678';
const TOKEN = `${Buffer.from(APP_ID).toString('base64')}.GabcDE.secretsecretsecretsecretsecret12`;

describe('parseConfig', () => {
  it('accepts a token alone, derives the application id and fills the defaults', () => {
    const result = parseConfig({ DISCORD_TOKEN: TOKEN });
    expect(result).toEqual({
      ok: true,
      config: {
        token: TOKEN,
        applicationId: APP_ID,
        guildId: undefined,
        apiUrl: DEFAULT_API_URL,
        storeUrl: DEFAULT_STORE_URL,
        logLevel: 'info',
      },
    });
  });

  it('a missing token stops with a message that says what to set', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('DISCORD_TOKEN is not set');
    expect(result.message).toContain('Developer Portal');
  });

  it('names every offending key at once and never echoes the token', () => {
    const badToken = 'not-a-token-but-secret-looking-value';
    const result = parseConfig({
      DISCORD_TOKEN: badToken,
      DISCORD_GUILD_ID: 'abc',
      DISCORD_API_URL: 'ftp://x',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const key of ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL']) {
      expect(result.message).toContain(key);
    }
    expect(result.message).not.toContain(badToken);
  });

  it('treats empty values as unset, so a copied .env.example with blanks works', () => {
    const result = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '', DISCORD_API_URL: '  ' });
    expect(result.ok && result.config.guildId).toBeUndefined();
  });

  it('strips a trailing slash from the API URL and keeps an explicit application id', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '987654321098765432',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(result.ok && result.config.apiUrl).toBe('http://127.0.0.1:9999/api');
    expect(result.ok && result.config.applicationId).toBe('987654321098765432');
  });

  it('cannot derive an application id from a token whose first part is not an id', () => {
    expect(applicationIdFromToken('abc.def.ghi')).toBeUndefined();
    const result = parseConfig({ DISCORD_TOKEN: 'abc.def.ghi' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('DISCORD_APPLICATION_ID');
  });
});
