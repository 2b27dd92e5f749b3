import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { Catalog } from '../../core/catalog.js';
import { encodeCustomId, kindCode } from '../../core/customId.js';
import type { EntityKind } from '../../core/model.js';
import type { ChartEntry, FavouritePage } from '../../core/ports.js';
import { buttonRows, pickMenu, type ActionRow } from './components.js';
import { COLORS } from './embed.js';
import { itemLabel } from './labels.js';
import type { Card } from './songCard.js';

export const FAVOURITES_PAGE_NAMESPACE = 'favs';
const KIND_EMOJI: Record<EntityKind, string> = { song: '🎵', production: '📺', artist: '🎤' };
const KIND_PLURAL: Record<EntityKind, string> = { song: 'songs', production: 'dramas', artist: 'artists' };

function line(catalog: Catalog, kind: EntityKind, id: string): string | undefined {
  const label = itemLabel(catalog, kind, id);
  return label ? `${KIND_EMOJI[kind]} ${label}` : undefined;
}

function pageButtons(ownerId: string, kind: EntityKind | undefined, page: number, totalPages: number): ActionRow[] {
  const scope = kind ? kindCode(kind) : 'all';
  const button = (target: number, label: string, disabled: boolean) => {
    const customId = encodeCustomId(FAVOURITES_PAGE_NAMESPACE, 1, [ownerId, scope, String(target)]);
    return customId
      ? { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, custom_id: customId, label, disabled }
      : undefined;
  };
  if (totalPages <= 1) return [];
  return buttonRows([button(page - 1, '◀ Previous', page <= 1), button(page + 1, 'Next ▶', page >= totalPages)], 1);
}

/** One page of a user's favourites, with paging buttons and a menu to open a card. */
export function favouritesPageView(
  catalog: Catalog,
  owner: { id: string; name: string },
  kind: EntityKind | undefined,
  page: FavouritePage,
): Card {
  const known = page.items.filter((f) => catalog.exists(f));
  if (page.total === 0) {
    return {
      embeds: [
        {
          color: COLORS.info,
          title: `${owner.name}'s favourites`,
          description: `No favourite ${kind ? KIND_PLURAL[kind] : 'items'} yet. Press **☆ Favourite** on any /ost, /drama or /idol card to add one.`,
        },
      ],
      components: [],
    };
  }
  const embed: APIEmbed = {
    color: COLORS.song,
    title: `${owner.name}'s favourite ${kind ? KIND_PLURAL[kind] : 'songs, dramas and artists'}`,
    description: known.map((f) => line(catalog, f.kind, f.id)).filter(Boolean).join('\n') || 'Nothing on this page.',
    footer: { text: `Page ${page.page} of ${page.totalPages} · ${page.total} in all` },
  };
  const menus = (['song', 'production', 'artist'] as const)
    .map((k) =>
      pickMenu(
        k,
        `Open one of these ${KIND_PLURAL[k]}…`,
        known.filter((f) => f.kind === k).map((f) => ({ kind: k, id: f.id, label: itemLabel(catalog, k, f.id) ?? f.id })),
      ),
    )
    .filter((m): m is ActionRow => m !== undefined);
  return { embeds: [embed], components: [...menus, ...pageButtons(owner.id, kind, page.page, page.totalPages)] };
}

/** The server's most favourited items. */
export function chartView(catalog: Catalog, guildName: string, kind: EntityKind | undefined, entries: readonly ChartEntry[]): Card {
  const lines = entries
    .filter((e) => catalog.exists(e))
    .map((e) => `**${e.rank}.** ${line(catalog, e.kind, e.id)} · ${e.count} ☆`);
  return {
    embeds: [
      {
        color: COLORS.song,
        title: `Most favourited ${kind ? KIND_PLURAL[kind] : 'in this server'}${kind ? ` in ${guildName}` : ''}`,
        description: lines.length ? lines.join('\n') : 'Nobody here has a favourite yet. Press **☆ Favourite** on any card to start the chart.',
      },
    ],
    components: [],
  };
}
