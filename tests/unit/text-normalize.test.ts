import { describe, expect, it } from 'vitest';
import { boundedDistance, allowedEdits } from '../../src/core/text/distance.js';
import {
  choseongWords,
  compactKey,
  foldLatin,
  isChoseongQuery,
  normalizeText,
  romanizations,
  textKey,
} from '../../src/core/text/normalize.js';

describe('normalizeText', () => {
  it('lower-cases, strips Latin accents and turns punctuation into single spaces', () => {
    expect(normalizeText('  Guardian: The Lonely, Great God!! ')).toBe('guardian the lonely great god');
    expect(normalizeText('Love & Secret')).toBe('love and secret');
    expect(normalizeText('Beyoncé')).toBe('beyonce');
  });
  it('folds full-width characters (NFKC) but keeps the compatibility jamo people type', () => {
    expect(normalizeText('ＳＴＡＹ')).toBe('stay');
    expect(normalizeText('ㄷㄲㅂ')).toBe('ㄷㄲㅂ');
    expect(normalizeText('태양ㅇ')).toBe('태양ㅇ');
  });
  it('keeps Hangul syllables composed, even when given decomposed (NFD) input', () => {
    expect(normalizeText('도깨비'.normalize('NFD'))).toBe('도깨비');
  });
  it('drops apostrophes and joins hyphenated words', () => {
    expect(normalizeText("I'm Sorry, I Love You")).toBe('im sorry i love you');
    expect(normalizeText('Baek Ji-young')).toBe('baek jiyoung');
    expect(normalizeText('Start-Up', false)).toBe('start up');
  });
});

describe('romanisation variants', () => {
  it('folds eo/o, eu/u, ae/e and doubled consonants to one form', () => {
    expect(foldLatin('dokkaebi')).toBe(foldLatin('dokebi'));
    expect(foldLatin('chanyeol')).toBe(foldLatin('channyol'));
    expect(foldLatin('keullasseu')).toBe(foldLatin('kullasu'));
  });
  it('romanises Hangul both by pronunciation and syllable by syllable', () => {
    const r = romanizations('찬열', true);
    expect(r).toContain('channyeol');
    expect(r).toContain('chanyeol');
    expect(romanizations('찬열')).toEqual(['chanyeol']);
    expect(romanizations('태양의 후예')).toContain('taeyangui huye');
    expect(romanizations('goblin')).toEqual([]);
  });
});

describe('Hangul keys', () => {
  it('turns Hangul into jamo so that IME composition states are prefixes', () => {
    const full = textKey('태양의 후예').compact;
    expect(full.startsWith(textKey('태양ㅇ').compact)).toBe(true);
    expect(full.startsWith(textKey('탱').compact)).toBe(true);
    expect(full.startsWith(textKey('탬').compact)).toBe(false);
    expect(textKey('태').compact.length).toBe(2);
  });
  it('detects initial-consonant queries and builds their keys', () => {
    expect(isChoseongQuery('ㄷㄲㅂ')).toBe(true);
    expect(isChoseongQuery('ㅅㄹㅇ ㅂㅅㅊ')).toBe(true);
    expect(isChoseongQuery('도ㄲ')).toBe(false);
    expect(choseongWords('sky 캐슬')).toEqual(['ㅋㅅ']);
  });
  it('makes spacing and punctuation irrelevant in compact keys', () => {
    expect(compactKey('Hotel del Luna')).toBe(compactKey('hoteldeluna'));
    expect(compactKey('Start-Up')).toBe(compactKey('start up'));
  });
});

describe('boundedDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(boundedDistance('desendants', 'descendants', 2)).toBe(1);
    expect(boundedDistance('klass', 'class', 2)).toBe(1);
    expect(boundedDistance('gobiln', 'goblin', 2)).toBe(1);
    expect(boundedDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('measures a typed prefix against a longer word', () => {
    expect(boundedDistance('desend', 'descendants', 1, true)).toBe(1);
    expect(boundedDistance('desend', 'descendants', 1)).toBe(2);
  });
  it('allows more edits for longer words and none for short ones', () => {
    expect(allowedEdits(3, false)).toBe(0);
    expect(allowedEdits(5, false)).toBe(1);
    expect(allowedEdits(10, false)).toBe(2);
    expect(allowedEdits(6, true)).toBe(1);
  });
});
