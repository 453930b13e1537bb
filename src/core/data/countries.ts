/**
 * Country facts, from the `world-countries` package (mledoze/countries, ODbL 1.0; see
 * THIRD_PARTY_NOTICES.md). The bundle keeps only the fields read here (esbuild.js trims the rest).
 */
import worldCountries from 'world-countries';
import type { Country } from '../model';

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 alpha-3. */
  code3: string;
  name: string;
  officialName: string;
  flag: string;
  capital: string | null;
  region: string;
  subregion: string;
  /** Alternative spellings and names (mixed: codes, native names, English names). */
  altSpellings: string[];
  /** English demonym, e.g. "Chinese". */
  demonym: string | null;
  independent: boolean;
}

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  flag: string;
  capital?: string[];
  region: string;
  subregion?: string;
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

/** Historical states that news still names and that hold an exceptionally reserved ISO code. */
const HISTORICAL: CountryRecord[] = [
  {
    code: 'SU',
    code3: 'SUN',
    name: 'Soviet Union',
    officialName: 'Union of Soviet Socialist Republics',
    flag: '',
    capital: 'Moscow',
    region: 'Europe',
    subregion: 'Eastern Europe',
    altSpellings: ['USSR', 'U.S.S.R.'],
    demonym: 'Soviet',
    independent: false,
  },
];

export const COUNTRY_RECORDS: readonly CountryRecord[] = [
  ...(worldCountries as unknown as RawCountry[]).map(
    (c): CountryRecord => ({
      code: c.cca2,
      code3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      flag: c.flag,
      capital: c.capital && c.capital.length > 0 ? c.capital[0] : null,
      region: c.region,
      subregion: c.subregion ?? '',
      altSpellings: c.altSpellings ?? [],
      demonym: c.demonyms?.eng?.m ?? null,
      independent: c.independent ?? false,
    }),
  ),
  ...HISTORICAL,
];

const BY_CODE = new Map(COUNTRY_RECORDS.map((c) => [c.code, c]));

export function countryRecord(code: string): CountryRecord | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** A country of the data model, with its facts and no mentions yet; undefined for an unknown code. */
export function newCountry(code: string): Country | undefined {
  const rec = countryRecord(code);
  if (!rec) return undefined;
  return {
    code: rec.code,
    name: rec.name,
    officialName: rec.officialName,
    code3: rec.code3,
    flag: rec.flag,
    capital: rec.capital,
    region: rec.region,
    subregion: rec.subregion,
    mentions: [],
    metonyms: [],
  };
}
