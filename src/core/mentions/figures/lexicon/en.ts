// English: the reference table. Other languages are merged with it (wire copy quotes English terms
// and English pages quote nothing else), so it also carries the language-neutral parts.
import type { FigureWords } from './types';

const words = (s: string) => s.trim().split(/\s+/);
const kinds = <K extends string>(kind: K, s: string): [string, K][] => s.split('|').map((p) => [p.trim(), kind]);

export const en: FigureWords = {
  numberLangs: ['en'],
  spaceGroups: false,
  qualifiers: {
    'at least': 'at least', 'at the very least': 'at least', 'no fewer than': 'at least', 'no less than': 'at least',
    'not less than': 'at least', 'a minimum of': 'at least',
    'more than': 'more than', over: 'more than', 'well over': 'more than', 'upwards of': 'more than', 'in excess of': 'more than',
    nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just short of': 'nearly',
    about: 'about', around: 'about', some: 'about', approximately: 'about', roughly: 'about', 'an estimated': 'about',
    estimated: 'about', circa: 'about', 'in the region of': 'about',
    'up to': 'up to', 'as many as': 'up to', 'at most': 'up to', 'a maximum of': 'up to',
    'fewer than': 'fewer than', 'less than': 'fewer than', under: 'fewer than',
  },
  // Not "took": "took over 30 people hostage" is more than 30.
  particleVerbs: words('hand hands handed handing turn turns turned turning'),
  between: { between: 'and' },
  rangeLinks: ['to', 'or', '-', '–', '—'],
  after: Object.fromEntries([
    ...kinds('killed', 'killed|dead|died|have died|slain|martyred|murdered|perished|lost their lives|lost their life|presumed dead|feared dead|executed|shot dead|shot and killed|declared dead|pronounced dead|burned to death|crushed to death|killed outright'),
    ...kinds('injured', 'injured|wounded|hurt|maimed|seriously injured|critically injured'),
    ...kinds('missing', 'missing|unaccounted for|trapped under the rubble|buried under the rubble'),
    ...kinds('displaced', 'displaced|uprooted|forced to flee|forced from their homes|made homeless|left homeless|fled their homes'),
    ...kinds('arrested', 'arrested|detained|rounded up|taken into custody|taken prisoner'),
    ...kinds('hostages', 'abducted|kidnapped|taken hostage|taken captive|held hostage|held captive|hostage|captive'),
    ...kinds('released', 'released|freed|set free'),
    ...kinds('evacuated', 'evacuated'),
    ...kinds('affected', 'affected|impacted'),
  ]),
  before: Object.fromEntries([
    ...kinds('killed', 'killed|killing|kill|kills|claimed the lives of|claiming the lives of|took the lives of|taking the lives of|the deaths of|the death of|the killing of|the killings of|slaughtered|massacred|murdered|murdering'),
    ...kinds('injured', 'wounded|wounding|wounds|wound|injured|injuring|injures|injure|maiming|maimed'),
    ...kinds('arrested', 'arrested|arresting|arrests|detained|detaining|detains|rounded up|the arrest of|the arrests of|the detention of'),
    ...kinds('hostages', 'abducted|abducting|kidnapped|kidnapping|the abduction of|the kidnapping of'),
    ...kinds('released', 'released|releasing|releases|freed|freeing|frees|the release of|the freeing of|handed over|handing over|hands over|hand over|the handover of'),
    ...kinds('evacuated', 'evacuated|evacuating|the evacuation of'),
    ...kinds('displaced', 'displaced|displacing|uprooted|uprooting|the displacement of'),
    ...kinds('affected', 'affected|affecting|impacted|impacting'),
  ]),
  kindNouns: {
    deaths: ['killed', false], death: ['killed', false], dead: ['killed', false], fatalities: ['killed', false],
    bodies: ['killed', false], corpses: ['killed', false], martyrs: ['killed', false],
    injuries: ['injured', false], wounded: ['injured', false], injured: ['injured', false],
    hostages: ['hostages', true], captives: ['hostages', true], abductees: ['hostages', true],
    detainees: ['arrested', true], arrests: ['arrested', false], evacuees: ['evacuated', true],
  },
  aux: words(`were was have has had been be being are is also all reportedly later now already initially still remain
    remained remains believed feared presumed thought said reported confirmed recorded registered recovered retrieved found
    pulled counted documented identified brought received transferred buried taken to later since so far`),
  people: {
    ...Object.fromEntries(words(`people persons person others individuals residents locals villagers inhabitants nationals
      citizens foreigners officials migrants refugees workers labourers laborers farmers fishermen shepherds students worshippers
      pilgrims protesters demonstrators men passengers victims settlers bystanders casualties prisoners detainees hostages
      captives evacuees Palestinians Israelis Lebanese Syrians Iraqis Yemenis Iranians Ukrainians Russians Americans
      Gazans Thais Britons Egyptians Jordanians Sudanese Afghans man resident passenger worker`).map((w) => [w.toLowerCase(), 'people'])),
    ...Object.fromEntries(words('children kids minors boys girls babies infants toddlers newborns teenagers teens schoolchildren child boy girl baby infant teenager').map((w) => [w, 'children'])),
    ...Object.fromEntries(words('women mothers woman mother').map((w) => [w, 'women'])),
    ...Object.fromEntries(words('soldiers troops servicemen reservists officers policemen guards soldier officer policeman reservist').map((w) => [w, 'soldiers'])),
    ...Object.fromEntries(words('fighters militants gunmen combatants operatives terrorists insurgents rebels commanders fighter militant gunman commander').map((w) => [w, 'fighters'])),
    civilians: 'civilians', civilian: 'civilians',
    relatives: 'family',
    patients: 'patients', patient: 'patients',
    ...Object.fromEntries(words('staff medics doctors nurses paramedics rescuers employees volunteers personnel').map((w) => [w, 'staff'])),
    ...Object.fromEntries(words('journalists reporters photographers photojournalists cameramen journalist reporter photographer').map((w) => [w, 'journalists'])),
    members: 'people',
  },
  things: words(`rockets missiles projectiles drones shells mortars bombs buildings homes houses tents trucks vehicles
    schools mosques apartments airstrikes strikes targets sites tunnels`),
  thingVerbs: words(`fired launched intercepted destroyed damaged struck hit flattened levelled leveled razed demolished
    entered crossed shot downed targeted bombed`),
  subsetBefore: ['including', 'among them', 'among whom', 'of whom', 'among them were', 'among whom were', 'of whom were', 'these included', 'included', 'among them are'],
  subsetAfter: ['of them', 'of whom', 'among them', 'of those'],
  amongPreps: ['among', 'of'],
  amongGroups: Object.fromEntries([
    ...kinds('killed', 'the dead|those killed|the people killed|the victims|the fatalities|the deceased|the bodies|the martyrs|those who died'),
    ...kinds('injured', 'the injured|the wounded|those injured|those wounded'),
    ...kinds('hostages', 'the hostages|the captives'),
    ...kinds('arrested', 'the detainees|those detained|those arrested'),
    ...kinds('released', 'those released|those freed'),
    ...kinds('missing', 'the missing'),
  ]),
  tolls: Object.fromEntries([
    ...kinds('killed', `death toll|toll|casualty toll|fatality toll|body count|death tally|tally|number of dead|number of deaths|number of people killed|number of those killed|number of people confirmed dead|number of confirmed deaths|number of fatalities|number of martyrs|number killed|number of people who died|number of victims`),
    ...kinds('injured', 'injury toll|number of injured|number of wounded|number of people injured|number of people wounded|number of injuries'),
    ...kinds('missing', 'number of missing|number of people missing'),
    ...kinds('hostages', 'number of hostages|number of captives'),
    ...kinds('displaced', 'number of displaced|number of people displaced'),
    ...kinds('arrested', 'number of detainees|number of arrests|number of people arrested|number of people detained'),
  ]),
  fillers: ['another', 'a further', 'an additional', 'a total of', 'an additional', 'the'],
  stop: words(`in on at of from by with for to and or but as after before when while during since including among were
    was are is have has had been be being will would could may might that which who whom whose the a an this these those
    their his her its our per than into onto across near inside outside around over under according said says told
    amid despite following within without versus overnight yesterday today`),
  of: ['of'],
  modifiers: words('more other additional further young elderly innocent unarmed injured wounded dead'),
  sources: words(`ministry ministries officials official spokesman spokeswoman spokesperson spokespeople sources source
    medics medic doctors doctor paramedics hospital hospitals authorities authority army military police agency office
    service services defence defense department directorate team witnesses witness residents director head chief
    minister president mayor governor commander statement figures data media channel television radio newspaper
    broadcaster organisation organization committee council society crescent cross forces idf un who unrwa ocha
    group staff workers worker centre center unit agencies outlets`),
  anonymous: words('source sources official officials insider insiders medics medic doctors doctor witnesses witness residents'),
  according: ['according to', 'citing', 'quoting', 'as reported by', 'reported by', 'figures from', 'data from'],
  accordingAfter: [],
  sayVerbs: words(`said says say told tells reported reports announced announces confirmed confirms stated added
    adds noted wrote posted tallied estimated counted claimed`),
  pronouns: words('he she they it we i you who which that this these those there what where how why some many others several both all'),
  continuations: ['that', 'this', 'the figure', 'the figures', 'the toll', 'the numbers', 'the number', 'the tally', 'those figures', 'those numbers', 'according'],
  identifiers: words(`resolution resolutions flight route highway road article section chapter page pages gate building
    block no number room unit bus line platform channel phase level category stage round version model paragraph clause
    item exit terminal ward floor lot plot sector zone apollo boeing airbus tier division battalion brigade squad
    district group gen generation week day act bill law code title volume vol pp p`),
  units: words(`hours hour hrs hr days day weeks week months month years year minutes minute mins min seconds second
    decades decade centuries century km kilometres kilometers kilometre kilometer miles mile mi metres meters metre
    meter m cm mm feet foot ft yards yard kg kilograms kilogram kilos tonnes tonne tons ton lbs acres hectares dunams
    square sq percent pc per cent percentage degrees dollars dollar euros euro shekels shekel pounds pound dinars riyals
    usd eur gbp nis am pm gmt utc o'clock times storeys stories floors points votes seats`),
  ageBefore: words('aged age ages'),
  yearBefore: words('in since of by until till from during the before after early late mid circa around year'),
  months: words(`january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec`),
};
