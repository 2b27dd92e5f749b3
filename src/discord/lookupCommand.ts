import { ApplicationCommandOptionType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Catalog } from '../core/catalog.js';
import { DISCORD_LIMITS, truncate } from '../core/limits.js';
import { resolveLookup } from '../core/lookup.js';
import type { EntityKind } from '../core/model.js';
import { autocompleteChoices } from './choices.js';
import { respond } from './respond.js';
import type { Command, Context } from './types.js';
import { cardFor, choicesView, notFoundMessage } from './views/lookupViews.js';

/** Longer text is cut before searching: no title is anywhere near this long. */
export const QUERY_MAX_LENGTH = 100;


function exists(catalog: Catalog, kind: EntityKind, id: string): boolean {
  return catalog.exists({ kind, id });
}

export interface LookupCommandSpec {
  name: string;
  description: string;
  kind: EntityKind;
  optionDescription: string;
}

/** /ost, /drama and /idol are one shape: a text option with autocomplete, answered with a card. */
export function lookupCommand(spec: LookupCommandSpec): Command {
  return {
    definition: {
      name: spec.name,
      description: spec.description,
      dm_permission: false,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          description: spec.optionDescription,
          required: true,
          autocomplete: true,
        },
      ],
    },

    async autocomplete(interaction: AutocompleteInteraction, ctx: Context) {
      const typed = truncate(interaction.options.getFocused(), QUERY_MAX_LENGTH);
      // Before anything is typed, the search answers with the most popular items of the kind.
      const hits = ctx.search.search(typed, { kinds: [spec.kind], limit: DISCORD_LIMITS.autocompleteChoices });
      await interaction.respond(autocompleteChoices(ctx.catalog, hits));
    },

    async execute(interaction: ChatInputCommandInteraction, ctx: Context) {
      const typed = truncate(interaction.options.getString('query', true), QUERY_MAX_LENGTH * 2);
      const result = resolveLookup(ctx.search, spec.kind, typed, (id) => exists(ctx.catalog, spec.kind, id));
      if (result.type === 'found') {
        const card = cardFor(ctx.catalog, spec.kind, result.id);
        if (card) {
          await respond(interaction, card);
          return;
        }
      }
      if (result.type === 'choices') {
        await respond(interaction, choicesView(ctx.catalog, spec.kind, typed, result.hits));
        return;
      }
      const elsewhere = result.type === 'none' ? result.elsewhere : undefined;
      await respond(interaction, { content: notFoundMessage(ctx.catalog, spec.kind, typed, elsewhere), ephemeral: true });
    },
  };
}
