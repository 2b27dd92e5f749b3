import { cardComponents } from '../src/discord/cardComponents.js';
import type { Command, ComponentHandler } from '../src/discord/types.js';
import { drama } from './drama.js';
import { favourites } from './favourites.js';
import { help } from './help.js';
import { idol } from './idol.js';
import { ost } from './ost.js';
import { quiz } from './quiz.js';
import { quizSettings } from './quizSettings.js';

/** The one list of slash commands: deploy sends it, the router builds its maps from it. */
export const commands: readonly Command[] = [ost, drama, idol, quiz, quizSettings, favourites, help];

/** Component owners that are not slash commands. */
export const componentHandlers: readonly ComponentHandler[] = [cardComponents];
