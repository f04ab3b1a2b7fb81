// ISO codes for the country names the import files use. GED uses UCDP's names (the UCDP table);
// ACLED writes present-day short names, some of which UCDP spells otherwise.
import { countryCode as ucdpCode } from '../pack/ucdp-countries';

const ACLED_NAMES: Record<string, string> = {
  Palestine: 'PS',
  'Democratic Republic of Congo': 'CD',
  'Republic of Congo': 'CG',
  "Cote d'Ivoire": 'CI',
  Myanmar: 'MM',
  Russia: 'RU',
  Yemen: 'YE',
  Zimbabwe: 'ZW',
  Madagascar: 'MG',
  eSwatini: 'SZ',
  'North Macedonia': 'MK',
  Serbia: 'RS',
  'United States': 'US',
  'Bosnia and Herzegovina': 'BA',
  'Timor-Leste': 'TL',
  Qatar: 'QA',
  Kuwait: 'KW',
  Oman: 'OM',
  'United Arab Emirates': 'AE',
  Belarus: 'BY',
  Poland: 'PL',
  Germany: 'DE',
  Italy: 'IT',
};

export function importCountryCode(name: string): string | null {
  const s = name.trim();
  return ACLED_NAMES[s] ?? ucdpCode(s);
}
