import type { ComponentInteraction } from './types.js';
import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';

/** Nobody is ever pinged by what Sori says, whatever text users or data put in it. */
export function noMentions(): { parse: []; repliedUser: false } {
  return { parse: [], repliedUser: false };
}

export interface ReplyPayload {
  content?: string;
  embeds?: InteractionReplyOptions['embeds'];
  components?: InteractionReplyOptions['components'];
  ephemeral?: boolean;
}

function toReply(payload: ReplyPayload): InteractionReplyOptions {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: noMentions(),
    flags: payload.ephemeral ? MessageFlags.Ephemeral : undefined,
  };
}

function toEdit(payload: ReplyPayload): InteractionEditReplyOptions {
  return {
    content: payload.content ?? null,
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: noMentions(),
  };
}

/**
 * Answers an interaction whatever state it is in: a first reply, the edit of a deferred reply,
 * or a follow-up once answered. Handlers use this instead of reply() so a late watchdog defer
 * never turns their answer into an error.
 */
export async function respond(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  if (interaction.replied) {
    await interaction.followUp(toReply(payload));
  } else if (interaction.deferred) {
    if (payload.ephemeral && !interaction.ephemeral) await interaction.followUp(toReply(payload));
    else await interaction.editReply(toEdit(payload));
  } else {
    await interaction.reply(toReply(payload));
  }
}

/** Replaces the message a component sits on (or edits it after a deferUpdate). */
export async function updateMessage(
  interaction: ComponentInteraction | ModalSubmitInteraction,
  payload: ReplyPayload,
): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(toEdit(payload));
  } else if (interaction.isModalSubmit() && !interaction.isFromMessage()) {
    await interaction.reply(toReply(payload));
  } else if (interaction.isModalSubmit()) {
    await interaction.update(toEdit(payload));
  } else {
    await interaction.update(toEdit(payload));
  }
}

/** A private answer to the person who clicked or typed. */
export async function tellPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  await respond(interaction, { content, ephemeral: true });
}
