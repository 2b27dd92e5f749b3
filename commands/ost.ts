import { lookupCommand } from '../src/discord/lookupCommand.js';

export const ost = lookupCommand({
  name: 'ost',
  kind: 'song',
  description: 'Look up a K-drama OST song: who sang it, which drama, which part',
  optionDescription: 'Song title in English or Hangul, or a singer (suggestions appear as you type)',
});
