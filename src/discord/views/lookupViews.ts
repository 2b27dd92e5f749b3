import type { Catalog } from '../../core/catalog.js';
import { DISCORD_LIMITS, truncate } from '../../core/limits.js';
import type { EntityKind } from '../../core/model.js';
import type { SearchHit } from '../../core/search/types.js';
import { pickMenu } from './components.js';
import { COLORS, plain } from './embed.js';
import { itemLabel } from './labels.js';
import { artistCard } from './artistCard.js';
import { productionCard } from './productionCard.js';
import { songCard, type Card } from './songCard.js';

export const COMMAND_OF: Record<EntityKind, string> = { song: 'ost', production: 'drama', artist: 'idol' };
const NOUN: Record<EntityKind, string> = { song: 'OST song', production: 'drama', artist: 'artist' };

/** The card of any item, or undefined when the id is unknown. */
export function cardFor(catalog: Catalog, kind: EntityKind, id: string): Card | undefined {
  if (kind === 'song') {
    const song = catalog.song(id);
    return song && songCard(catalog, song);
  }
  if (kind === 'production') {
    const production = catalog.production(id);
    return production && productionCard(catalog, production);
  }
  const artist = catalog.artist(id);
  return artist && artistCard(catalog, artist);
}

/** Text a user typed, safe to quote back: short, markdown-neutral, on one line. */
export function quoteUserText(text: string): string {
  return plain(truncate(text.replace(/\s+/g, ' ').trim(), 80));
}

/** "Did you mean…": the candidates as a select menu that opens the chosen card. */
export function choicesView(catalog: Catalog, kind: EntityKind, typed: string, hits: readonly SearchHit[]): Card {
  const options = hits.map((h) => ({ kind, id: h.id, label: itemLabel(catalog, kind, h.id) ?? h.id }));
  const menu = pickMenu(kind, `Choose the ${NOUN[kind]} you meant…`, options);
  const list = options
    .slice(0, 10)
    .map((o, i) => `${i + 1}. ${truncate(o.label, DISCORD_LIMITS.choiceName)}`)
    .join('\n');
  return {
    embeds: [
      {
        color: COLORS.info,
        title: `Several ${NOUN[kind]}s match “${quoteUserText(typed)}”`,
        description: `${list}\n\nPick one below, or type more of the name.`,
      },
    ],
    components: menu ? [menu] : [],
  };
}

/** Nothing matched: say so, and point to the other command when the text names something else. */
export function notFoundMessage(catalog: Catalog, kind: EntityKind, typed: string, elsewhere: SearchHit | undefined): string {
  const shown = quoteUserText(typed) || 'that';
  const base = `I couldn't find a ${NOUN[kind]} matching “${shown}”.`;
  if (elsewhere && elsewhere.kind !== kind) {
    const label = itemLabel(catalog, elsewhere.kind, elsewhere.id);
    if (label) return `${base} Did you mean the ${NOUN[elsewhere.kind]} **${label}**? Try \`/${COMMAND_OF[elsewhere.kind]}\`.`;
  }
  return `${base} Try fewer words, the Korean title, or pick from the suggestions that appear as you type.`;
}
