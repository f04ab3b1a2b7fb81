import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, caseNames, readingOf } from '../../../fixtures/articles/golden';

describe('golden article pages', () => {
  for (const name of caseNames()) {
    it(`reads ${name} as reviewed`, () => {
      const expected = JSON.parse(readFileSync(join(ARTICLES_DIR, name, 'expected.json'), 'utf8'));
      expect(readingOf(name)).toEqual(expected);
    });
  }
});
