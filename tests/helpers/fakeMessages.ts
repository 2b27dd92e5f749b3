import type { FakeDiscord } from '../e2e/fakeDiscord/index.js';

/**
 * Posts, as the bot, a channel message carrying one button with this custom id: what a message
 * left by an older version of the bot (or a tampered one) looks like when someone clicks it.
 */
export async function postMessageWithButton(fake: FakeDiscord, customId: string): Promise<string> {
  const response = await fetch(`${fake.apiUrl}/v10/channels/${fake.channelId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      content: 'an old message',
      allowed_mentions: { parse: [] },
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Old button', custom_id: customId }] }],
    }),
  });
  if (response.status !== 200) throw new Error(`posting the old message failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
