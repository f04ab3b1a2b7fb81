// Small counts written as words or digits, for "three weeks ago" and "the third quarter".

const CARDINALS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a couple of': 2, 'a dozen': 12, half: 0.5, 'a half': 0.5,
};

export const CARDINAL_PATTERN = `(?:\\d{1,3}|a couple of|a dozen|${Object.keys(CARDINALS)
  .filter((w) => !w.includes(' '))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

export function parseCardinal(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return CARDINALS[w] ?? null;
}

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

export function parseOrdinal(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}
