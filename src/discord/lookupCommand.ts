import { ApplicationCommandOptionType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Catalog } from '../core/catalog.js';
import { DISCORD_LIMITS, truncate } from '../core/limits.js';
import { resolveLookup } from '../core/lookup.js';
import type { EntityKind, Tier } from '../core/model.js';
import { autocompleteChoices } from './choices.js';
import { respond } from './respond.js';
import type { Command, Context } from './types.js';
import { cardFor, choicesView, notFoundMessage } from './views/lookupViews.js';

/** Longer text is cut before searching: no title is anywhere near this long. */
export const QUERY_MAX_LENGTH = 100;

const TIER_RANK: Record<Tier, number> = { signature: 0, notable: 1, deep_cut: 2 };

function exists(catalog: Catalog, kind: EntityKind, id: string): boolean {
  return catalog.exists({ kind, id });
}

/** The most famous items of a kind, shown before the user has typed anything. */
function popular(catalog: Catalog, kind: EntityKind): { id: string; tier?: Tier | undefined }[] {
  const items =
    kind === 'song' ? catalog.dataset.songs : kind === 'production' ? catalog.dataset.productions : catalog.dataset.artists;
  return items
    .filter((i) => i.tier !== undefined)
    .sort((a, b) => TIER_RANK[a.tier as Tier] - TIER_RANK[b.tier as Tier])
    .slice(0, DISCORD_LIMITS.autocompleteChoices);
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
      const hits = typed.trim()
        ? ctx.search.search(typed, { kinds: [spec.kind], limit: DISCORD_LIMITS.autocompleteChoices })
        : popular(ctx.catalog, spec.kind).map((item) => ({
            id: item.id,
            kind: spec.kind,
            score: 0,
            matchedField: 'name' as const,
            matchedText: '',
          }));
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
