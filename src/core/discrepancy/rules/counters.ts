// Who counted: the institution behind a claim's attribution, so an earlier figure of the same
// counter ("Lebanon's health ministry" then "Ministry of Health") reads as a rising toll and a
// different counter's lower number ("Israeli military estimate") as a dispute. Unknown → null.
const INSTITUTIONS: [RegExp, string][] = [
  [/\b(?:idf|israeli (?:military|army|forces|officials?|government)|army|military|defen[cs]e forces|hagari)\b/i, 'israeli-military'],
  [/\b(?:health (?:ministry|minister|officials?|authorities)|ministry of health|moh|medical (?:officials|sources)|medics)\b/i, 'health'],
  [/\b(?:civil defen[cs]e|emergency services|rescuers)\b/i, 'civil-defence'],
  [/\bhospital\b/i, 'hospital'],
  [/\b(?:government media office|media office|gaza government|hamas-run government)\b/i, 'gaza-government'],
  [/\b(?:un|united nations|unrwa|who|ocha|unicef)\b/i, 'un'],
  [/\b(?:red crescent|red cross|icrc)\b/i, 'red-cross'],
  [/\bhamas\b/i, 'hamas'],
  [/\bhezbollah\b/i, 'hezbollah'],
  [/\bpolice\b/i, 'police'],
];

export function counterOf(attributedTo: string): string | null {
  if (!attributedTo.trim()) return null;
  for (const [re, id] of INSTITUTIONS) if (re.test(attributedTo)) return id;
  return null;
}

// Which side a counter speaks for. Counters of one side publish one rising toll between them (a
// health minister's morning figure, the revenue office's evening one); a dispute is between sides.
const SIDE: Record<string, string> = {
  'israeli-military': 'israel',
  health: 'local',
  'civil-defence': 'local',
  hospital: 'local',
  'gaza-government': 'local',
  hamas: 'local',
  hezbollah: 'local',
  police: 'local',
  un: 'independent',
  'red-cross': 'independent',
};

export function sideOf(counter: string | null): string | null {
  return counter === null ? null : (SIDE[counter] ?? null);
}
