import { describe, expect, it } from 'vitest';
import { isAcceptableAnswer } from '../../src/core/search/index.js';

describe('isAcceptableAnswer', () => {
  it.each([
    ['goblin', ['Goblin']],
    ['GOBLIN!!', ['Goblin']],
    ['guardian the lonely and great god', ['Goblin', 'Guardian: The Lonely and Great God']],
    ['도깨비', ['Goblin', '도깨비']],
    ['dokkaebi', ['Goblin', '도깨비']],
    ['desendants of the sun', ['Descendants of the Sun']],
    ['descendantsofthesun', ['Descendants of the Sun']],
    ['hotel deluna', ['Hotel del Luna']],
    ['itaewon klass', ['Itaewon Class']],
    ['stay with me', ['Stay With Me']],
    ['stay wiht me', ['Stay With Me']],
    ['heirs', ['The Heirs']],
    ['도께비', ['도깨비']],
    ['iu', ['IU']],
    ['chanyeol', ['Chanyeol', '찬열']],
    ['channyeol', ['찬열']],
  ])('accepts %s', (typed, accepted) => {
    expect(isAcceptableAnswer(typed, accepted)).toBe(true);
  });

  it.each([
    ['love', ['Love Sight']],
    ['the', ['The Heirs']],
    ['the', ['The King: Eternal Monarch']],
    ['stay', ['Stay With Me']],
    ['secret', ['Secret Garden']],
    ['descendants', ['Descendants of the Sun']],
    ['hotel', ['Hotel del Luna']],
    ['crash landing', ['Crash Landing on You']],
    ['dove', ['Love']],
    ['star', ['Stay']],
    ['start up', ['Stand Up']],
    ['sun', ['Descendants of the Sun', '태양의 후예']],
    ['', ['Goblin']],
    ['?!', ['Goblin']],
    ['도', ['도깨비']],
    ['ost', ['Goblin OST']],
    ['you', ['Crash Landing on You']],
  ])('refuses %s as a near miss or lucky word', (typed, accepted) => {
    expect(isAcceptableAnswer(typed, accepted)).toBe(false);
  });
});
