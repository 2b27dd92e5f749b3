import { ApplicationCommandOptionType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { kindCode, kindFromCode, type ParsedCustomId } from '../src/core/customId.js';
import { DISCORD_LIMITS, truncate } from '../src/core/limits.js';
import type { EntityKind } from '../src/core/model.js';
import { respond, tellPrivately, updateMessage } from '../src/discord/respond.js';
import type { Command, ComponentInteraction, Context } from '../src/discord/types.js';
import { FAVOURITE_NAMESPACE } from '../src/discord/views/components.js';
import { chartView, FAVOURITES_PAGE_NAMESPACE, favouritesPageView } from '../src/discord/views/favouritesView.js';
import { itemLabel } from '../src/discord/views/labels.js';

const PAGE_SIZE = 10;
const KIND_CHOICES = [
  { name: 'Songs', value: 'song' },
  { name: 'Dramas and other productions', value: 'production' },
  { name: 'Artists', value: 'artist' },
];
const SERVER_ONLY = 'Favourites are kept per server: use this in a server where Sori is.';

function kindOption(interaction: ChatInputCommandInteraction): EntityKind | undefined {
  const value = interaction.options.getString('kind');
  return value === 'song' || value === 'production' || value === 'artist' ? value : undefined;
}

async function showList(interaction: ChatInputCommandInteraction, ctx: Context, guildId: string): Promise<void> {
  const kind = kindOption(interaction);
  const page = await ctx.stores.favourites.list(guildId, interaction.user.id, {
    kind,
    page: interaction.options.getInteger('page') ?? 1,
    pageSize: PAGE_SIZE,
  });
  const view = favouritesPageView(ctx.catalog, { id: interaction.user.id, name: interaction.user.displayName }, kind, page);
  await respond(interaction, { ...view, ephemeral: !interaction.options.getBoolean('public') });
}

async function removeOne(interaction: ChatInputCommandInteraction, ctx: Context, guildId: string): Promise<void> {
  const raw = interaction.options.getString('item', true);
  const [code, id] = raw.split(':');
  const kind = kindFromCode(code);
  if (!kind || !id) {
    await tellPrivately(interaction, 'Pick the favourite to remove from the suggestions that appear as you type.');
    return;
  }
  const removed = await ctx.stores.favourites.remove(guildId, interaction.user.id, { kind, id });
  const label = itemLabel(ctx.catalog, kind, id) ?? 'that item';
  await tellPrivately(interaction, removed ? `Removed **${label}** from your favourites.` : `**${label}** was not among your favourites.`);
}

/** ☆ on a card: adds the item to the clicker's favourites in this server, or removes it. */
async function toggleFavourite(interaction: ComponentInteraction, id: ParsedCustomId, ctx: Context): Promise<void> {
  const kind = kindFromCode(id.parts[0]);
  const itemId = id.parts[1];
  if (!interaction.guildId) return tellPrivately(interaction, SERVER_ONLY);
  if (!kind || !itemId || id.parts.length !== 2 || !ctx.catalog.exists({ kind, id: itemId })) {
    return tellPrivately(interaction, 'That item is no longer in Sori, so it cannot be a favourite.');
  }
  const result = await ctx.stores.favourites.toggle(interaction.guildId, interaction.user.id, { kind, id: itemId }, ctx.clock.now());
  const label = itemLabel(ctx.catalog, kind, itemId) ?? itemId;
  const text =
    result === 'added'
      ? `★ Added **${label}** to your favourites. \`/favourites list\` shows them; press ☆ again to remove it.`
      : result === 'removed'
        ? `Removed **${label}** from your favourites.`
        : 'Your favourites are full here. Remove some with `/favourites remove` first.';
  await tellPrivately(interaction, text);
}

/** ◀ ▶ on a favourites list: only the owner turns the pages. */
async function turnPage(interaction: ComponentInteraction, id: ParsedCustomId, ctx: Context): Promise<void> {
  const [ownerId, scope, pageText] = id.parts;
  const page = Number(pageText);
  const kind = scope === 'all' ? undefined : kindFromCode(scope);
  if (!interaction.guildId || !ownerId || !Number.isInteger(page) || page < 1 || (scope !== 'all' && !kind)) {
    return tellPrivately(interaction, 'This list has expired. Run `/favourites list` again.');
  }
  if (ownerId !== interaction.user.id) {
    return tellPrivately(interaction, 'These are someone else’s favourites. Use `/favourites list` to see yours.');
  }
  const result = await ctx.stores.favourites.list(interaction.guildId, ownerId, { kind, page, pageSize: PAGE_SIZE });
  await updateMessage(interaction, favouritesPageView(ctx.catalog, { id: ownerId, name: interaction.user.displayName }, kind, result));
}

export const favourites: Command = {
  namespaces: [FAVOURITE_NAMESPACE, FAVOURITES_PAGE_NAMESPACE],
  definition: {
    name: 'favourites',
    description: 'Your favourite OST songs, dramas and artists in this server, and the server chart',
    dm_permission: false,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'list',
        description: 'List your favourites (only you see them unless you choose public)',
        options: [
          { type: ApplicationCommandOptionType.String, name: 'kind', description: 'Only songs, productions or artists', choices: KIND_CHOICES },
          { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page number', min_value: 1, max_value: 100 },
          { type: ApplicationCommandOptionType.Boolean, name: 'public', description: 'Show the list to the channel' },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove one of your favourites',
        options: [
          { type: ApplicationCommandOptionType.String, name: 'item', description: 'The favourite to remove', required: true, autocomplete: true, max_length: 100 },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'chart',
        description: 'The most favourited songs, dramas and artists in this server',
        options: [{ type: ApplicationCommandOptionType.String, name: 'kind', description: 'Only songs, productions or artists', choices: KIND_CHOICES }],
      },
    ],
  },

  async execute(interaction, ctx) {
    const guildId = interaction.guildId;
    if (!guildId) return tellPrivately(interaction, SERVER_ONLY);
    const sub = interaction.options.getSubcommand();
    if (sub === 'list') return showList(interaction, ctx, guildId);
    if (sub === 'remove') return removeOne(interaction, ctx, guildId);
    const kind = kindOption(interaction);
    const entries = await ctx.stores.favourites.chart(guildId, { kind, limit: 15 });
    await respond(interaction, chartView(ctx.catalog, interaction.guild?.name ?? 'this server', kind, entries));
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx) {
    if (!interaction.guildId) return interaction.respond([]);
    const typed = interaction.options.getFocused().toLowerCase();
    const page = await ctx.stores.favourites.list(interaction.guildId, interaction.user.id, { pageSize: 200 });
    const choices = page.items
      .map((f) => ({ name: itemLabel(ctx.catalog, f.kind, f.id), value: `${kindCode(f.kind)}:${f.id}` }))
      .filter((c): c is { name: string; value: string } => c.name !== undefined && c.value.length <= DISCORD_LIMITS.choiceValue)
      .filter((c) => c.name.toLowerCase().includes(typed))
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((c) => ({ name: truncate(c.name, DISCORD_LIMITS.choiceName), value: c.value }));
    await interaction.respond(choices);
  },

  async handleComponent(interaction, id, ctx) {
    if (id.namespace === FAVOURITE_NAMESPACE) return toggleFavourite(interaction, id, ctx);
    return turnPage(interaction, id, ctx);
  },
};
