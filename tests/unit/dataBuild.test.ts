import { describe, expect, it } from 'vitest';
import { normalizeAgency } from '../../scripts/data/artistSources.js';
import { key, slug } from '../../scripts/data/ids.js';
import { parseOutlets } from '../../scripts/data/networks.js';
import { agreeRole, lowerTier, parseRole, titleKey } from '../../scripts/data/ostRoles.js';

describe('data build helpers', () => {
  it('makes ids the bot relies on', () => {
    expect(slug('Goblin')).toBe('goblin');
    expect(slug('(G)I-DLE')).toBe('g-i-dle');
    expect(slug("It's Okay to Not Be Okay")).toBe('it-s-okay-to-not-be-okay');
    expect(slug('도깨비')).toBe('dokkaebi');
  });

  it('matches titles and names regardless of case, spacing and punctuation', () => {
    expect(key('Hotel Del Luna')).toBe(key('Hotel del Luna'));
    expect(key('사내 맞선')).toBe(key('사내맞선'));
    expect(titleKey('Stay With Me (feat. Punch)')).toBe(titleKey('stay with me'));
  });

  it('normalises channels and keeps streaming services out of networks', () => {
    expect(parseOutlets('KBS 2TV')).toEqual({ networks: ['KBS2'], platforms: [] });
    expect(parseOutlets('KBS 1TV')).toEqual({ networks: ['KBS1'], platforms: [] });
    expect(parseOutlets('MBC TV')).toEqual({ networks: ['MBC'], platforms: [] });
    expect(parseOutlets('SBS TV, 넷플릭스')).toEqual({ networks: ['SBS'], platforms: ['Netflix'] });
    expect(parseOutlets('문화방송')).toEqual({ networks: ['MBC'], platforms: [] });
    expect(parseOutlets('JTBC (한국), 넷플릭스 (전세계)')).toEqual({ networks: ['JTBC'], platforms: ['Netflix'] });
  });

  it('shortens agency names', () => {
    expect(normalizeAgency('SM Entertainment')).toBe('SM');
    expect(normalizeAgency('Starship Entertainment, Yuehua Entertainment')).toBe('Starship, Yuehua');
    expect(normalizeAgency('')).toBeUndefined();
  });

  it('reads OST roles', () => {
    expect(parseRole('Part 10')).toEqual({ type: 'ost_part', number: 10 });
    expect(parseRole('Part')).toEqual({ type: 'ost_part' });
    expect(parseRole('Ending 13')).toEqual({ type: 'ending', number: 13 });
    expect(parseRole('Main Theme')).toEqual({ type: 'main_theme' });
    expect(parseRole('whatever')).toBeUndefined();
  });

  it('keeps what both passes agree on: the role, its type without a number, the lower tier', () => {
    expect(agreeRole({ type: 'ost_part', number: 2 }, { type: 'ost_part', number: 2 })).toEqual({ type: 'ost_part', number: 2 });
    expect(agreeRole({ type: 'ost_part', number: 2 }, { type: 'ost_part', number: 3 })).toEqual({ type: 'ost_part' });
    expect(agreeRole({ type: 'ost_part', number: 2 }, { type: 'main_theme' })).toBeUndefined();
    expect(agreeRole({ type: 'ost_part', number: 2 }, undefined)).toBeUndefined();
    expect(lowerTier('signature', 'notable')).toBe('notable');
    expect(lowerTier('deep_cut', 'signature')).toBe('deep_cut');
    expect(lowerTier('signature', undefined)).toBeUndefined();
  });
});
