// Which words describe an event's own action: a date attached to one of them dates the event; a
// date attached to a funeral, a statement or an earlier truce's collapse does not.
import type { EventRecord } from '../types';
import { foldWords } from '../text/fold';
import { root } from '../matching/terms';

const BY_CATEGORY: Record<string, string[]> = {
  airstrike: ['strike', 'struck', 'hit', 'bomb', 'bombed', 'bombing', 'bombardment', 'raid', 'killed', 'kill', 'killing', 'attack', 'attacked', 'shelled', 'shelling', 'flattened', 'destroyed', 'levelled'],
  'targeted-killing': ['killed', 'kill', 'killing', 'assassinated', 'assassination', 'strike', 'struck', 'eliminated', 'died'],
  'ground-operation': ['raid', 'raided', 'stormed', 'operation', 'incursion', 'killed', 'entered', 'invasion', 'rescued', 'seized'],
  attack: ['attack', 'attacked', 'killed', 'fired', 'launched', 'exploded', 'explosion', 'explosions', 'blast', 'blasts', 'stormed', 'opened fire', 'hit', 'struck'],
  disaster: ['struck', 'hit', 'quake', 'earthquake', 'collapsed', 'collapse', 'flood', 'flooding', 'landslide', 'landslides', 'landfall', 'killed'],
  ceasefire: ['ceasefire', 'truce', 'took effect', 'released', 'freed', 'handed', 'began', 'begins', 'pause'],
  protest: ['protest', 'protests', 'clashes', 'clashed', 'stormed', 'raided', 'rally', 'evicted', 'eviction'],
};

// Words that name what happens in an event. A title word counts as the event's action only if it is
// one of these: titles also hold places, dates ("New Year's Day") and names, which say nothing
// about which action a date is attached to.
const ACTIONS = new Set(
  (
    'strike struck hit bomb bombing bombardment raid attack killed killing kills assassination shelling explosion blast ' +
    'collapse collapsed flood floods flooding landslide landslides quake earthquake hurricane landfall fire shooting ' +
    'stabbing massacre crash evacuation evacuate order orders leaflets release released freed rescue rescued hostage ' +
    'ceasefire truce pause protest protests clashes eviction arrest arrests invasion incursion withdrawal storming stormed ' +
    'incursion operation offensive siege capture captured seized launched fired rocket rockets missile missiles drone'
  ).split(' ').map(root),
);

// An order is given by telling people what to do: when the event is an order ("evacuation orders
// for ..."), the verbs of directing are its action ("on Sunday the army called on residents to leave").
const ORDERS = new Set(['order', 'orders', 'evacuation', 'evacuate', 'leaflets'].map(root));
const DIRECTING = ['ordered', 'order', 'orders', 'told', 'tells', 'called', 'calls', 'urged', 'urges', 'instructed', 'warned', 'issued', 'issues', 'dropped'].map(root);

/** Roots of the words that name the event's action: its category's verbs and its title's actions. */
export function actionRoots(event: EventRecord): Set<string> {
  const fromTitle = foldWords(event.title).map(root).filter((w) => ACTIONS.has(w));
  const directing = fromTitle.some((w) => ORDERS.has(w)) ? DIRECTING : [];
  return new Set([...(BY_CATEGORY[event.category] ?? []).flatMap((w) => w.split(' ')).map(root), ...fromTitle, ...directing]);
}
