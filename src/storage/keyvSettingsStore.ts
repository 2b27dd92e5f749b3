import { DEFAULT_GUILD_SETTINGS, type GuildSettings, type SettingsPatch, type SettingsStore } from '../core/ports.js';
import type { Kv } from './kv.js';
import { applySettingsPatch, assertId, copySettings, settingsCodec, type SettingsValue } from './records.js';
import { KeyedMutex } from './serial.js';

/** One small value per server (`settings:<guild>`), read from the store each time (no cache). */
export class KeyvSettingsStore implements SettingsStore {
  private readonly mutex = new KeyedMutex();

  constructor(private readonly kv: Kv) {}

  async get(guildId: string): Promise<GuildSettings> {
    assertId('guildId', guildId);
    const value = await this.kv.read(`settings:${guildId}`, settingsCodec);
    return copySettings(value ?? DEFAULT_GUILD_SETTINGS);
  }

  async update(guildId: string, patch: SettingsPatch): Promise<GuildSettings> {
    assertId('guildId', guildId);
    const key = `settings:${guildId}`;
    return this.mutex.run(key, async () => {
      const current = (await this.kv.read(key, settingsCodec)) ?? DEFAULT_GUILD_SETTINGS;
      const next = applySettingsPatch(current, patch);
      const value: SettingsValue = { v: 1, ...next };
      await this.kv.write(key, value);
      return copySettings(next);
    });
  }

  idle(): Promise<void> {
    return this.mutex.idle();
  }
}
