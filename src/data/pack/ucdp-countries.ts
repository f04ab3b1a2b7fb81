// ISO 3166-1 alpha-2 codes for the country names UCDP uses. UCDP keeps historical names in brackets
// ("Russia (Soviet Union)", "DR Congo (Zaire)"); a static table keeps the import reproducible, where
// Intl.DisplayNames would vary with the ICU version (and offers retired codes such as SU and YU).

const CODES: Record<string, string> = {
  Afghanistan: 'AF', Albania: 'AL', Algeria: 'DZ', Angola: 'AO', Argentina: 'AR', Armenia: 'AM', Azerbaijan: 'AZ', Bahrain: 'BH',
  Bangladesh: 'BD', Belize: 'BZ', Benin: 'BJ', Bolivia: 'BO', 'Bosnia-Herzegovina': 'BA', Brazil: 'BR', 'Burkina Faso': 'BF',
  Burundi: 'BI', Cambodia: 'KH', 'Cambodia (Kampuchea)': 'KH', Cameroon: 'CM', 'Central African Republic': 'CF', Chad: 'TD',
  Chile: 'CL', China: 'CN', Colombia: 'CO', Comoros: 'KM', Congo: 'CG', Croatia: 'HR', Cyprus: 'CY', Djibouti: 'DJ',
  'DR Congo (Zaire)': 'CD', 'East Timor': 'TL', Ecuador: 'EC', Egypt: 'EG', 'El Salvador': 'SV', Eritrea: 'ER', Ethiopia: 'ET',
  France: 'FR', Gabon: 'GA', Gambia: 'GM', Georgia: 'GE', Ghana: 'GH', Greece: 'GR', Guatemala: 'GT', Guinea: 'GN',
  'Guinea-Bissau': 'GW', Haiti: 'HT', Honduras: 'HN', India: 'IN', Indonesia: 'ID', Iran: 'IR', Iraq: 'IQ', Israel: 'IL',
  'Ivory Coast': 'CI', Jordan: 'JO', Kenya: 'KE', 'Kingdom of eSwatini (Swaziland)': 'SZ', Kosovo: 'XK', Kyrgyzstan: 'KG',
  Laos: 'LA', Lebanon: 'LB', Lesotho: 'LS', Liberia: 'LR', Libya: 'LY', 'Macedonia, FYR': 'MK', 'Madagascar (Malagasy)': 'MG',
  Malawi: 'MW', Malaysia: 'MY', Mali: 'ML', Mauritania: 'MR', Mexico: 'MX', Moldova: 'MD', Morocco: 'MA', Mozambique: 'MZ',
  'Myanmar (Burma)': 'MM', Namibia: 'NA', Nepal: 'NP', Nicaragua: 'NI', Niger: 'NE', Nigeria: 'NG', Pakistan: 'PK', Panama: 'PA',
  'Papua New Guinea': 'PG', Paraguay: 'PY', Peru: 'PE', Philippines: 'PH', 'Russia (Soviet Union)': 'RU', Rwanda: 'RW',
  'Saudi Arabia': 'SA', Senegal: 'SN', 'Serbia (Yugoslavia)': 'RS', 'Sierra Leone': 'SL', Somalia: 'SO', 'South Africa': 'ZA',
  'South Korea': 'KR', 'South Sudan': 'SS', Spain: 'ES', 'Sri Lanka': 'LK', Sudan: 'SD', Sweden: 'SE', Syria: 'SY',
  Tajikistan: 'TJ', Tanzania: 'TZ', Thailand: 'TH', Togo: 'TG', 'Trinidad and Tobago': 'TT', Tunisia: 'TN', Turkey: 'TR',
  Uganda: 'UG', Ukraine: 'UA', 'United Kingdom': 'GB', 'United States of America': 'US', Uzbekistan: 'UZ', Venezuela: 'VE',
  'Yemen (North Yemen)': 'YE', Zambia: 'ZM', 'Zimbabwe (Rhodesia)': 'ZW',
};

/** The ISO code for a UCDP country name, or null when the table does not know it. */
export function countryCode(ucdpName: string): string | null {
  return CODES[ucdpName] ?? CODES[ucdpName.replace(/\s*\([^)]*\)\s*$/, '')] ?? null;
}

/** The name without UCDP's bracketed historical name: "Russia (Soviet Union)" → "Russia". */
export function countryName(ucdpName: string): string {
  return ucdpName.replace(/\s*\([^)]*\)\s*$/, '') || ucdpName;
}
