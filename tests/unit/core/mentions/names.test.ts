import { describe, expect, it } from 'vitest';
import type { ActorRecord, PlaceRecord } from '../../../../src/core/types';
import { compileNames, findNames } from '../../../../src/core/mentions/names';
import { actorMentions, placeMentions } from '../../../../src/core/mentions/places';

const place = (id: string, name: string, aliases: string[] = [], extra: Partial<PlaceRecord> = {}): PlaceRecord => ({
  id, name, aliases, country: 'PS', kind: 'town', lat: null, lon: null, parent: null, broad: false, ...extra,
});
const actor = (id: string, name: string, aliases: string[] = []): ActorRecord => ({ id, name, aliases, type: 'person' });

const places = [
  place('ps-khan-younis', 'Khan Younis', ['Khan Yunis', 'خان يونس']),
  place('ps-al-qarara', 'al-Qarara', ['Al Qarara', 'Qarara']),
  place('ps-al-mawasi', 'al-Mawasi', ['Mawasi']),
  place('ps-gaza-city', 'Gaza City'),
  place('ps-gaza-strip', 'Gaza Strip', ['Gaza'], { broad: true, kind: 'region' }),
  place('ps-beit-lahia', 'Beit Lahia', ['Beit Lahiya']),
];
const actors = [actor('izz-al-din-kassab', 'Izz al-Din Kassab', ['Ezzedine Kassab']), actor('hamas', 'Hamas', [])];
const compiled = compileNames(places, actors, {});
const names = (text: string) => findNames(text, compiled).map((h) => [text.slice(h.start, h.end), h.entry.id, h.strength]);

describe('findNames', () => {
  it('matches names across spellings, diacritics and the Arabic article', () => {
    expect(names('Strikes hit Khān Yūnis and Al-Qarara overnight.')).toEqual([
      ['Khān Yūnis', 'ps-khan-younis', 'exact'],
      ['Al-Qarara', 'ps-al-qarara', 'exact'],
    ]);
    expect(names('in the town of Qarara')).toEqual([['Qarara', 'ps-al-qarara', 'exact']]);
  });

  it('catches other transliterations by their consonant skeleton, marked as weaker', () => {
    expect(names('residents of Khan Younes fled')).toEqual([['Khan Younes', 'ps-khan-younis', 'skeleton']]);
    expect(names('Izzeddine Kassab was killed')).toEqual([['Izzeddine Kassab', 'izz-al-din-kassab', 'skeleton']]);
  });

  it('matches Arabic script', () => {
    expect(names('قصف في خان يونس')).toEqual([['خان يونس', 'ps-khan-younis', 'exact']]);
  });

  it('prefers the longest name: "Gaza City" is not "Gaza"', () => {
    expect(names('north of Gaza City')).toEqual([['Gaza City', 'ps-gaza-city', 'exact']]);
    expect(names('across Gaza today')).toEqual([['Gaza', 'ps-gaza-strip', 'exact']]);
  });

  it('does not match lower-case common words or partial words', () => {
    expect(names('the hamas-style mawasi word and the khanate')).toEqual([]);
    expect(names('Gazans and Beitar fans')).toEqual([]);
  });
});

describe('place relations', () => {
  const rel = (text: string) => placeMentions(text, findNames(text, compiled)).map((m) => m.relation ?? null);

  it('reads "east of Khan Younis" with the place said to lie there', () => {
    const [mawasi, ky] = rel('The tents in al-Mawasi, located east of Khan Younis, were hit.');
    expect(mawasi).toBeNull();
    expect(ky).toMatchObject({ direction: 'east', of: 'ps-khan-younis', kind: 'of', subject: 'ps-al-mawasi', text: 'east of Khan Younis' });
  });

  it('reads "in eastern Khan Yunis" as a part of the town', () => {
    expect(rel('Fighting in eastern Khan Yunis went on.')[0]).toMatchObject({ direction: 'east', kind: 'part' });
  });

  it('reads "on the southern edge of Gaza City"', () => {
    expect(rel('Jabalia lies on the southern edge of Gaza City.')[0]).toMatchObject({ direction: 'south', of: 'ps-gaza-city' });
  });

  it('reads a direction from the centre of a place as a direction from the place, and "the centre of" alone as its centre', () => {
    expect(rel('The camp in al-Mawasi, about 3 km north-west of the centre of Khan Younis, was hit.')[1]).toMatchObject({ direction: 'northwest', of: 'ps-khan-younis', kind: 'of', subject: 'ps-al-mawasi' });
    expect(rel('Al-Mawasi lies west of central Khan Younis.')[1]).toMatchObject({ direction: 'west', of: 'ps-khan-younis' });
    expect(rel('Jabalia is not in the centre of Gaza City.')[0]).toMatchObject({ direction: 'centre', of: 'ps-gaza-city' });
  });

  it('gives no relation to a plain mention or a direction that is not about the place', () => {
    expect(rel('Residents of Khan Younis said the east wind was strong.')).toEqual([null]);
    expect(rel('The army moved east. Khan Younis was quiet.')).toEqual([null]);
  });
});

describe('actorMentions', () => {
  it('keeps only actors, with their canonical names', () => {
    const text = 'Hamas said Ezzedine Kassab died in Khan Younis.';
    expect(actorMentions(text, findNames(text, compiled)).map((a) => [a.text, a.name])).toEqual([
      ['Hamas', 'Hamas'],
      ['Ezzedine Kassab', 'Izz al-Din Kassab'],
    ]);
  });
});
