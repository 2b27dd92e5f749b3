import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, kindCode, kindFromCode } from '../../src/core/customId.js';

describe('custom id codec', () => {
  it('round-trips namespace, version and parts', () => {
    const id = encodeCustomId('card', 1, ['s', 'stay-with-me-goblin-2016']);
    expect(id).toBe('card:1:s:stay-with-me-goblin-2016');
    expect(decodeCustomId(id!)).toEqual({ namespace: 'card', version: 1, parts: ['s', 'stay-with-me-goblin-2016'] });
  });

  it('refuses to encode what would exceed 100 characters or carry odd characters', () => {
    expect(encodeCustomId('card', 1, ['s', 'x'.repeat(95)])).toBeUndefined();
    expect(encodeCustomId('card', 1, ['Upper'])).toBeUndefined();
    expect(encodeCustomId('card', 1, ['a:b'])).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['card', 'no version'],
    ['card:x:s:id', 'version not a number'],
    ['card:0:s:id', 'version zero'],
    ['card:1:s:', 'empty part'],
    ['card:1:s:ID', 'upper case'],
    ['card:1:s:<@123>', 'a mention'],
    ['x'.repeat(101), 'too long'],
    ['card:1:s:id\u0000', 'control character'],
  ])('decodes a forged id (%s: %s) as undefined, never throwing', (raw) => {
    expect(decodeCustomId(raw)).toBeUndefined();
  });

  it('maps entity kinds to one-letter codes and back', () => {
    expect(kindFromCode(kindCode('song'))).toBe('song');
    expect(kindFromCode(kindCode('production'))).toBe('production');
    expect(kindFromCode(kindCode('artist'))).toBe('artist');
    expect(kindFromCode('z')).toBeUndefined();
    expect(kindFromCode(undefined)).toBeUndefined();
  });
});
