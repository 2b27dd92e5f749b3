import type {
  AnySelectMenuInteraction,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Catalog } from '../core/catalog.js';
import type { Stores } from '../core/ports.js';
import type { Random } from '../core/random.js';
import type { SearchIndex } from '../core/search/types.js';
import type { Clock, Scheduler } from '../core/time.js';
import type { Logger } from '../logger.js';
import type { ParsedCustomId } from '../core/customId.js';
import type { QuizSessions } from './quiz/sessions.js';

/** The one object every handler gets: built in src/main.ts, and differently in tests. */
export interface Context {
  catalog: Catalog;
  search: SearchIndex;
  stores: Stores;
  quiz: QuizSessions;
  clock: Clock;
  random: Random;
  scheduler: Scheduler;
  logger: Logger;
}

/** A click on a button or a choice in a select menu. */
export type ComponentInteraction = ButtonInteraction | AnySelectMenuInteraction;

/** Owner of custom-id namespaces: buttons, select menus and modals whose ids start with them. */
export interface ComponentHandler {
  namespaces: readonly string[];
  handleComponent?(interaction: ComponentInteraction, id: ParsedCustomId, ctx: Context): Promise<void>;
  handleModal?(interaction: ModalSubmitInteraction, id: ParsedCustomId, ctx: Context): Promise<void>;
}

/** One slash command: its definition, its handlers, and the components it owns. */
export interface Command extends Partial<ComponentHandler> {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: Context): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: Context): Promise<void>;
}
