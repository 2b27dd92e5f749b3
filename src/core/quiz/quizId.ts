/**
 * The quiz's custom ids: `quiz:1:<gameId>:<round>:a:<choice>` (answer), `…:h` (hint), `…:s` (skip),
 * `…:t` (open the typed-answer modal), `…:m` (the modal). Any client can read them, so they carry
 * only a game id, a round and a choice position: never an answer, an item id or a correctness flag.
 */
import { decodeCustomId, encodeCustomId } from '../customId.js';
import { MAX_CHOICES } from './types.js';

export const QUIZ_ID_NAMESPACE = 'quiz';
export const QUIZ_ID_VERSION = 1;

const GAME_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ROUND = /^[1-9]\d{0,2}$/;
const CHOICE = /^\d$/;

const CODES = { answer: 'a', hint: 'h', skip: 's', type: 't', modal: 'm' } as const;
type SimpleAction = 'hint' | 'skip' | 'type' | 'modal';
const SIMPLE_BY_CODE: Record<string, SimpleAction> = { h: 'hint', s: 'skip', t: 'type', m: 'modal' };

export type QuizId =
  | { action: 'answer'; gameId: string; round: number; choice: number }
  | { action: SimpleAction; gameId: string; round: number };

export type QuizAction = QuizId['action'];

function validRound(round: number): boolean {
  return Number.isInteger(round) && ROUND.test(String(round));
}

/** The custom id for an action, or undefined when a part is out of range. */
export function encodeQuizId(id: QuizId): string | undefined {
  if (!GAME_ID.test(id.gameId) || !validRound(id.round)) return undefined;
  const head = [id.gameId, String(id.round), CODES[id.action]];
  if (id.action !== 'answer') return encodeCustomId(QUIZ_ID_NAMESPACE, QUIZ_ID_VERSION, head);
  if (!Number.isInteger(id.choice) || id.choice < 0 || id.choice >= MAX_CHOICES) return undefined;
  return encodeCustomId(QUIZ_ID_NAMESPACE, QUIZ_ID_VERSION, [...head, String(id.choice)]);
}

/** Strict: anything but a well-formed quiz id of this version is undefined, never an exception. */
export function decodeQuizId(raw: string): QuizId | undefined {
  const parsed = decodeCustomId(raw);
  if (!parsed || parsed.namespace !== QUIZ_ID_NAMESPACE || parsed.version !== QUIZ_ID_VERSION) return undefined;
  const [gameId, round, code, choice, ...extra] = parsed.parts;
  if (gameId === undefined || round === undefined || code === undefined || extra.length > 0) return undefined;
  if (!GAME_ID.test(gameId) || !ROUND.test(round)) return undefined;
  if (code === CODES.answer) {
    if (choice === undefined || !CHOICE.test(choice) || Number(choice) >= MAX_CHOICES) return undefined;
    return { action: 'answer', gameId, round: Number(round), choice: Number(choice) };
  }
  const action = Object.hasOwn(SIMPLE_BY_CODE, code) ? SIMPLE_BY_CODE[code] : undefined;
  if (action === undefined || choice !== undefined) return undefined;
  return { action, gameId, round: Number(round) };
}

/** The answer buttons' ids for a round, in choice order (they differ only by position). */
export function answerIds(gameId: string, round: number, choices: number): string[] | undefined {
  const ids: string[] = [];
  for (let choice = 0; choice < choices; choice++) {
    const id = encodeQuizId({ action: 'answer', gameId, round, choice });
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}
