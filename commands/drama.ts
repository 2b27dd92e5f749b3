import { lookupCommand } from '../src/discord/lookupCommand.js';

export const drama = lookupCommand({
  name: 'drama',
  kind: 'production',
  description: 'Look up a K-drama, film or anime and its full OST tracklist',
  optionDescription: 'Title in English, Hangul, romanised or initials like ㄷㄲㅂ',
});
