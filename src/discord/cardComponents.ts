import { kindFromCode, type ParsedCustomId } from '../core/customId.js';
import { respond, updateMessage } from './respond.js';
import { MESSAGES } from './router.js';
import type { ComponentHandler, ComponentInteraction, Context } from './types.js';
import { CARD_NAMESPACE, PICK_NAMESPACE } from './views/components.js';
import { cardFor } from './views/lookupViews.js';

/**
 * Buttons that open a linked card (`card:1:<kind>:<id>`) answer with a new public card;
 * select menus (`pick:1:<kind>`, the value is the id) replace the message they sit on.
 */
export const cardComponents: ComponentHandler = {
  namespaces: [CARD_NAMESPACE, PICK_NAMESPACE],
  async handleComponent(interaction: ComponentInteraction, id: ParsedCustomId, ctx: Context) {
    const kind = kindFromCode(id.parts[0]);
    const isPick = id.namespace === PICK_NAMESPACE;
    const itemId = isPick ? (interaction.isStringSelectMenu() ? interaction.values[0] : undefined) : id.parts[1];
    const partsOk = isPick ? id.parts.length === 1 : id.parts.length === 2;
    const card = kind && itemId && partsOk && id.version === 1 ? cardFor(ctx.catalog, kind, itemId) : undefined;
    if (!card) {
      await respond(interaction, { content: MESSAGES.staleComponent, ephemeral: true });
      return;
    }
    if (isPick) await updateMessage(interaction, card);
    else await respond(interaction, card);
  },
};
