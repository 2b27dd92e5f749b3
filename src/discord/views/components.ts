import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
} from 'discord.js';
import { encodeCustomId, kindCode } from '../../core/customId.js';
import { DISCORD_LIMITS, truncate } from '../../core/limits.js';
import type { EntityKind } from '../../core/model.js';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export const CARD_NAMESPACE = 'card';
export const PICK_NAMESPACE = 'pick';
export const FAVOURITE_NAMESPACE = 'fav';

export interface LinkTarget {
  kind: EntityKind;
  id: string;
  label: string;
  emoji?: string;
}

/** A button that opens another item's card; undefined when the id cannot fit a custom id. */
export function openButton(target: LinkTarget): APIButtonComponent | undefined {
  const customId = encodeCustomId(CARD_NAMESPACE, 1, [kindCode(target.kind), target.id]);
  if (!customId) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    label: truncate(target.label, DISCORD_LIMITS.buttonLabel),
    ...(target.emoji ? { emoji: { name: target.emoji } } : {}),
  };
}

export function favouriteButton(kind: EntityKind, id: string): APIButtonComponent | undefined {
  const customId = encodeCustomId(FAVOURITE_NAMESPACE, 1, [kindCode(kind), id]);
  if (!customId) return undefined;
  return { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label: 'Favourite', emoji: { name: '☆' } };
}

/** Lays buttons out in rows of five, at most `maxRows` rows. */
export function buttonRows(buttons: readonly (APIButtonComponent | undefined)[], maxRows: number): ActionRow[] {
  const present = buttons.filter((b): b is APIButtonComponent => b !== undefined);
  const rows: ActionRow[] = [];
  for (let i = 0; i < present.length && rows.length < maxRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: present.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** A select menu whose options open cards of one kind (values are item ids). */
export function pickMenu(kind: EntityKind, placeholder: string, options: readonly LinkTarget[]): ActionRow | undefined {
  const customId = encodeCustomId(PICK_NAMESPACE, 1, [kindCode(kind)]);
  const usable: APISelectMenuOption[] = options
    .filter((o) => o.id.length <= DISCORD_LIMITS.selectOptionValue)
    .slice(0, DISCORD_LIMITS.selectOptions)
    .map((o) => ({ label: truncate(o.label, DISCORD_LIMITS.selectOptionLabel), value: o.id }));
  if (!customId || usable.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: truncate(placeholder, DISCORD_LIMITS.selectPlaceholder),
        options: usable,
      },
    ],
  };
}
