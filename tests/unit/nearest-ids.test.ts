import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestIds } from '../../src/lib/nearest-ids';

describe('nearest ids', () => {
  it('measures edits', () => {
    expect(editDistance('groming', 'grooming')).toBe(1);
    expect(editDistance('ai-giup-em', 'ai-giup-duoc-em')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest few ids, not all of them', () => {
    const ids = [
      'grooming',
      'talking',
      'scams',
      'sextortion',
      'ai-giup-duoc-em',
      'cach-bao-cao',
      'cach-bao-cao-khi-bi-lua',
    ];
    expect(nearestIds('groming', ids)).toEqual(['grooming']);
    expect(nearestIds('ai-giup-em', ids)).toEqual(['ai-giup-duoc-em']);
    expect(nearestIds('cach-bao-cao-moi', ids)).toEqual(['cach-bao-cao', 'cach-bao-cao-khi-bi-lua']);
    expect(nearestIds('cach-bao', ids)).toEqual(['cach-bao-cao', 'cach-bao-cao-khi-bi-lua']);
    expect(nearestIds('khong-lien-quan', ids)).toEqual([]);
  });

  it('phrases the suggestion', () => {
    expect(didYouMean('groming', ['grooming', 'talking'])).toBe(' Did you mean "grooming"?');
    expect(didYouMean('cach-bao', ['cach-bao-cao', 'cach-bao-cao-khi-bi-lua'])).toBe(
      ' Did you mean "cach-bao-cao" or "cach-bao-cao-khi-bi-lua"?',
    );
    expect(didYouMean('zzz', ['grooming'])).toBe('');
  });
});
