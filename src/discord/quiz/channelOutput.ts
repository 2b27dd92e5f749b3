import type { Client } from 'discord.js';
import { noMentions } from '../respond.js';
import type { QuizOutput } from './sessions.js';

/** Quiz rounds as channel messages: they outlive the 15-minute life of an interaction token. */
export function channelOutput(client: Client): QuizOutput {
  async function sendable(channelId: string) {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not a text channel Sori can post in`);
    return channel;
  }
  return {
    async post(channelId, card) {
      const channel = await sendable(channelId);
      const message = await channel.send({ embeds: card.embeds, components: card.components, allowedMentions: noMentions() });
      return message.id;
    },
    async edit(channelId, messageId, card) {
      const channel = await sendable(channelId);
      await channel.messages.edit(messageId, { embeds: card.embeds, components: card.components, allowedMentions: noMentions() });
    },
  };
}
