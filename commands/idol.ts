import { lookupCommand } from '../src/discord/lookupCommand.js';

export const idol = lookupCommand({
  name: 'idol',
  kind: 'artist',
  description: 'Look up an idol, group or OST singer and the OSTs they sang',
  optionDescription: 'Name in English or Hangul, e.g. Chanyeol, 찬열, TXT',
});
