import { describe, expect, it } from 'vitest';
import { fold, foldWords, skeleton } from '../../../../src/core/text/fold';

describe('fold', () => {
  it('removes accents, case and the Arabic article so transliterations agree', () => {
    expect(fold('Khān Yūnis')).toBe('khan yunis');
    expect(fold('al-Qarara')).toBe(fold('Al Qarārah'.replace(/h$/, '')));
    expect(fold('El-Fukhari')).toBe('fukhari');
  });

  it('folds Arabic script variants of alef, ta marbuta and the article', () => {
    expect(fold('القرارة')).toBe(fold('قرارة'));
    expect(fold('أحمد')).toBe(fold('احمد'));
  });

  it('keeps short English words that only look like assimilated articles', () => {
    expect(fold('as of Monday')).toBe('as of monday');
    expect(fold('an-Nuseirat')).toBe('nuseirat');
  });

  it('folds a single plain word the same way as a word inside a phrase', () => {
    for (const w of ['Gaza', 'al', 'El', 'as', 'an', 'Ash', 'Rafah2', 'UNRWA']) {
      expect(fold(w), w).toBe(fold(`${w} x`).replace(/ ?x$/, ''));
    }
    expect(fold('El')).toBe('');
    expect(fold('as')).toBe('as');
  });

  it('drops ayn and hamza marks and curly apostrophes', () => {
    expect(fold('Ja‘bari')).toBe('jabari');
    expect(fold("Sana'a")).toBe('sanaa');
  });
});

describe('skeleton', () => {
  it('merges vowel spellings of the same name', () => {
    expect(skeleton('Khan Younis')).toBe(skeleton('Khan Yunis'));
    expect(skeleton('Khan Yunes')).toBe(skeleton('Han Yunus'));
    expect(skeleton('Izz al-Din')).toBe(skeleton('Ezzedine'));
  });

  it('keeps different names apart', () => {
    expect(skeleton('Rafah')).not.toBe(skeleton('Gaza'));
    expect(skeleton('Beit Lahia')).not.toBe(skeleton('Beit Hanoun'));
    expect(skeleton('Jabalia')).not.toBe(skeleton('Nuseirat'));
  });
});

describe('foldWords', () => {
  it('splits on punctuation and returns nothing for empty text', () => {
    expect(foldWords('Israel–Hezbollah ceasefire, 27 Nov.')).toEqual(['israel', 'hezbollah', 'ceasefire', '27', 'nov']);
    expect(foldWords('  — ')).toEqual([]);
  });
});
