// Name folding for lookups. News copy spells the same place or person many ways: Khān Yūnis,
// Khan Younis, Khan Yunis, al-Qarara, Al Qarārah, القرارة. Two keys are derived:
//   fold()     — case, diacritics, apostrophes/ayn marks, hyphens and the Arabic article removed;
//                an exact match on this key is strong evidence.
//   skeleton() — fold() reduced to consonants with common transliteration variants merged;
//                a match on this key alone is weaker (more collisions), so callers weigh it less.

const ARTICLE_TOKENS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath']);
// Sun-letter assimilated articles ("ash-Shati", "an-Nuseirat") only count as articles when written
// with a hyphen; plain "as"/"an"/"at" are English words.
const HYPHEN_ONLY_ARTICLES = new Set(['ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath']);

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

function foldArabic(s: string): string {
  return s
    .replace(ARABIC_DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/(^|\s)ال(?=\S{2,})/g, '$1');
}

// Most text is plain ASCII: it needs no Unicode normalisation, which is the costly step.
const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Lower-cased, accent-free, article-free, single-spaced form of a name. */
export function fold(input: string): string {
  // Fast path: a single plain word (most tokens of English text) only needs lower-casing.
  if (PLAIN_WORD.test(input)) {
    const word = input.toLowerCase();
    return ARTICLE_TOKENS.has(word) && !HYPHEN_ONLY_ARTICLES.has(word) ? '' : word;
  }
  let s = ASCII.test(input) ? input.toLowerCase() : input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/[ʿʾʼ'’‘`´]/g, '');
  s = s.replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/đ/g, 'd').replace(/ł/g, 'l');
  if (/[\u0600-\u06FF]/.test(s)) s = foldArabic(s);
  const tokens: string[] = [];
  // Split on hyphens and other punctuation but remember which tokens were followed by a hyphen.
  const re = /[\p{L}\p{N}]+(-?)/gu;
  for (const m of s.matchAll(re)) {
    const hyphenated = m[1] === '-';
    const word = hyphenated ? m[0].slice(0, -1) : m[0];
    if (ARTICLE_TOKENS.has(word)) {
      if (!HYPHEN_ONLY_ARTICLES.has(word) || hyphenated) continue;
    }
    tokens.push(word);
  }
  return tokens.join(' ');
}

/**
 * Consonant skeleton of a folded name, for transliteration variants: Younis/Yunis/Yunes → "yns",
 * Ezzedine/Izz al-Din → "zdn". Spaces are dropped so "Izzeddin" and "Izz Eddin" agree.
 */
export function skeleton(input: string): string {
  return skeletonOfFolded(fold(input));
}

/** skeleton() of a name already passed through fold(). */
export function skeletonOfFolded(folded: string): string {
  let s = folded;
  if (/[\u0600-\u06FF]/.test(s)) return s.replace(/\s+/g, '');
  s = s
    // Ta marbuta is written -a or -ah (Qarara/Qararah, Lahia/Lahiya aside); drop the final h.
    .replace(/([aei])h(?=\s|$)/g, '$1')
    .replace(/\s+/g, '')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/j/g, 'g')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]/g, '')
    // "ud-Din", "ed-Din" and "al-Din" differ only in the vanished article's consonant.
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** Words of a text, folded, for term matching (titles, keywords, queries). */
export function foldWords(input: string): string[] {
  const f = fold(input);
  return f ? f.split(' ') : [];
}
