import type { AutocompleteInteraction, Interaction, RepliableInteraction } from 'discord.js';
import { decodeCustomId } from '../core/customId.js';
import { randomInt } from '../core/random.js';
import { respond } from './respond.js';
import type { Command, ComponentHandler, Context } from './types.js';

/** Discord drops an interaction not acknowledged within 3 s; defer well before that. */
export const WATCHDOG_MS = 2_200;

export const MESSAGES = {
  unknownCommand: "I don't know that command. Try `/ost`, `/drama` or `/idol`, or re-invite me to refresh the list.",
  staleComponent: 'This button has expired or belongs to something that has ended. Run the command again for a fresh one.',
  error: (ref: string) =>
    `Sorry, something went wrong on my side. Please try again in a moment. (reference \`${ref}\`)`,
} as const;

const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface Router {
  handle(interaction: Interaction): Promise<void>;
}

/** Builds the one interaction router from the explicit command and component lists. */
export function createRouter(commands: readonly Command[], components: readonly ComponentHandler[], ctx: Context): Router {
  const byName = new Map(commands.map((c) => [c.definition.name, c]));
  const byNamespace = new Map<string, ComponentHandler>();
  for (const owner of [...commands, ...components]) {
    for (const ns of owner.namespaces ?? []) {
      if (byNamespace.has(ns)) throw new Error(`custom-id namespace "${ns}" has two owners`);
      byNamespace.set(ns, owner as ComponentHandler);
    }
  }

  function errorRef(): string {
    let ref = '';
    for (let i = 0; i < 6; i++) ref += REF_ALPHABET[randomInt(ctx.random, REF_ALPHABET.length)];
    return ref;
  }

  async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    try {
      if (!command?.autocomplete) throw new Error(`no autocomplete for /${interaction.commandName}`);
      await command.autocomplete(interaction, ctx);
    } catch (error) {
      ctx.logger.warn({ err: error, command: interaction.commandName, interactionId: interaction.id }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  async function dispatch(interaction: RepliableInteraction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        await respond(interaction, { content: MESSAGES.unknownCommand, ephemeral: true });
        return;
      }
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      const parsed = decodeCustomId(interaction.customId);
      const owner = parsed ? byNamespace.get(parsed.namespace) : undefined;
      if (!parsed || !owner) {
        await respond(interaction, { content: MESSAGES.staleComponent, ephemeral: true });
        return;
      }
      if (interaction.isModalSubmit()) {
        if (!owner.handleModal) await respond(interaction, { content: MESSAGES.staleComponent, ephemeral: true });
        else await owner.handleModal(interaction, parsed, ctx);
      } else if (!owner.handleComponent) {
        await respond(interaction, { content: MESSAGES.staleComponent, ephemeral: true });
      } else {
        await owner.handleComponent(interaction, parsed, ctx);
      }
      return;
    }
    await respond(interaction, { content: MESSAGES.unknownCommand, ephemeral: true });
  }

  /** Acknowledges a slow handler's interaction before Discord's 3-second window closes. */
  function startWatchdog(interaction: RepliableInteraction): () => void {
    const timer = ctx.scheduler.setTimeout(() => {
      if (interaction.replied || interaction.deferred) return;
      const ack = interaction.isMessageComponent() ? interaction.deferUpdate() : interaction.deferReply();
      ack.catch((error: unknown) => ctx.logger.warn({ err: error, interactionId: interaction.id }, 'watchdog defer failed'));
    }, WATCHDOG_MS);
    return () => timer.cancel();
  }

  return {
    async handle(interaction) {
      if (interaction.isAutocomplete()) {
        await answerAutocomplete(interaction);
        return;
      }
      if (!interaction.isRepliable()) return;
      const started = ctx.clock.now();
      const log = {
        interactionId: interaction.id,
        guildId: interaction.guildId,
        userId: interaction.user.id,
        command: interaction.isChatInputCommand() ? interaction.commandName : undefined,
        customId: interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId : undefined,
      };
      const stopWatchdog = startWatchdog(interaction);
      try {
        await dispatch(interaction);
        ctx.logger.info({ ...log, ms: ctx.clock.now() - started }, 'interaction handled');
      } catch (error) {
        const ref = errorRef();
        ctx.logger.error({ ...log, err: error, ref }, 'interaction failed');
        await respond(interaction, { content: MESSAGES.error(ref), ephemeral: true }).catch((second: unknown) =>
          ctx.logger.error({ ...log, err: second, ref }, 'could not send the error answer'),
        );
      } finally {
        stopWatchdog();
      }
    },
  };
}
