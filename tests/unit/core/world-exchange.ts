// Two days of an exchange of captives and detainees, written for the tests (the counts are chosen
// to exercise the rules): day one frees 11 and 30; day two 16 (a generic count), 45, and 5 foreign
// workers.
import type { Pack } from '../../../src/core/types';
import { fakeClaim, fakeEvent, fakeReport } from '../factories';
import { world } from './world';

const count = (value: number, subject: string, attributedTo: string, asOf: string) => fakeClaim({ kind: 'count', value, qualifier: '', subject, attributedTo, asOf });
const dayOne = fakeEvent({
  id: 'exchange-1',
  title: 'First exchange of captives and detainees under the Gaza pause',
  summary: 'Hamas freed captives held in Gaza and Israel released detainees on the first day of a pause.',
  date: '2024-02-03',
  category: 'diplomacy',
  places: [{ id: 'ps-gaza-strip' }],
  actors: ['hamas', 'idf'],
  keywords: ['pause', 'captives freed', 'detainees released'],
});
const dayTwo = fakeEvent({
  id: 'exchange-2',
  title: 'Second exchange of captives and detainees after a delay',
  summary: 'A second group of captives and detainees was freed a day later, after hours of delay.',
  date: '2024-02-04',
  category: 'diplomacy',
  places: [{ id: 'ps-gaza-strip' }],
  actors: ['hamas', 'idf'],
  keywords: ['second exchange', 'delay', 'captives freed', 'detainees released'],
});
const exchangeReports = [
  fakeReport({ id: 'ex1#1', eventId: 'exchange-1', outlet: 'Wire A', published: '2024-02-03', gist: 'Eleven captives and thirty detainees went free on the first day of the pause.',
    claims: [count(11, 'hostages released', 'mediators', '2024-02-03'), count(30, 'Palestinian prisoners released', 'prison service', '2024-02-03')] }),
  fakeReport({ id: 'ex2#1', eventId: 'exchange-2', outlet: 'Wire D', published: '2024-02-04', gist: 'After a delay, sixteen captives and forty-five detainees were freed.',
    claims: [
      count(16, 'hostages to be released', 'mediators', '2024-02-04'),
      count(45, 'Palestinian prisoners released', 'prison service', '2024-02-04'),
      count(5, 'foreign workers released', 'their embassy', '2024-02-04'),
    ] }),
];
export const exchangeWorld = (): Pack => {
  const w = world();
  return world({ events: [...w.events, dayOne, dayTwo], reports: [...w.reports, ...exchangeReports] });
};
