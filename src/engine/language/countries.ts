import { createRequire } from "node:module";
import { phraseKey } from "./normalize.ts";

/**
 * Every country's names and demonyms, from the `world-countries` dataset: "Norwegian" is of
 * Norway, "Emirati" of the United Arab Emirates. A store knows only some countries; the others
 * still need recognising, so that a question about one is refused rather than answered about
 * another country's minister.
 */

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  currencies?: Record<string, { name: string }>;
}

interface CountryIndex {
  /** demonym (phrase key) -> the country's names (phrase keys), common name first. */
  byDemonym: Map<string, string[]>;
  /** any country name (phrase key) -> the country's common name as written. */
  byName: Map<string, string>;
  longestName: number;
  /** first word of a demonym of several words ("costa" of "costa rican") -> their lengths, longest first. */
  demonymLengths: Map<string, number[]>;
  /** a capital's name (phrase key) -> its country's common name as written. */
  byCapital: Map<string, string>;
}

let index: CountryIndex | undefined;

function load(): CountryIndex {
  if (index) return index;
  const byDemonym = new Map<string, string[]>();
  const byName = new Map<string, string>();
  const byCapital = new Map<string, string>();
  let longestName = 1;
  for (const country of records()) {
    for (const capital of country.capital ?? []) {
      const key = phraseKey(capital);
      if (key && !byCapital.has(key)) byCapital.set(key, country.name.common);
    }
    // Two-letter codes ("NO", "IN", "AT") are ordinary words in a question.
    const names = [country.name.common, country.name.official, ...country.altSpellings]
      .filter((name) => name.length > 3 && /^[\p{Script=Latin}\s.'’,()-]+$/u.test(name))
      .map(phraseKey)
      .filter(Boolean);
    for (const name of names) {
      if (!byName.has(name)) byName.set(name, country.name.common);
      longestName = Math.max(longestName, name.split(" ").length);
    }
    const demonym = country.demonyms?.eng;
    // A country of two parts lists a demonym of each ("Antiguan, Barbudan", "Kittitian or
    // Nevisian"): each is the country's, as "Bosnian" alone is of Bosnia and Herzegovina.
    const forms = demonym ? [demonym.m, demonym.f].flatMap((form) => form.split(DEMONYM_PARTS)) : [];
    // "The Bulgarians", "how many Nepalis": the people, as the noun's plural ("the Swiss", "the
    // Chinese" and "the French" say it as the adjective; "the Czechs", whose "ch" is a "k", take
    // the "s" — session 39).
    const plurals = forms
      .filter((form) => !/(?:ss|sh|[^e]ch|ese|x|z)$/i.test(form))
      .map((form) => `${form}s`);
    for (const form of new Set([...forms, ...plurals])) {
      const key = phraseKey(form);
      if (!key) continue;
      // "Dutch" is of the Netherlands and of the Caribbean Netherlands: of whichever the store knows.
      const earlier = byDemonym.get(key);
      if (earlier) earlier.push(...names.filter((name) => !earlier.includes(name)));
      else byDemonym.set(key, [...names]);
    }
  }
  const demonymLengths = new Map<string, number[]>();
  for (const key of byDemonym.keys()) {
    const words = key.split(" ");
    if (words.length < 2) continue;
    const lengths = demonymLengths.get(words[0]!) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    demonymLengths.set(
      words[0]!,
      lengths.sort((a, b) => b - a),
    );
  }
  index = { byDemonym, byName, longestName, demonymLengths, byCapital };
  return index;
}

/** Between the demonyms of a country's parts: "Antiguan, Barbudan", "Kittitian or Nevisian". */
const DEMONYM_PARTS = /\s*,\s*|\s+or\s+/;

function records(): CountryRecord[] {
  try {
    return createRequire(import.meta.url)("world-countries/countries.json") as CountryRecord[];
  } catch {
    return [];
  }
}

/**
 * The names of the country a demonym is of ("norwegian" -> norway, kingdom of norway, ...). The
 * dataset spells some demonyms with "-an" where writers use "-ian" ("Maldivan", "Comoran"): the
 * "-ian" form, not in the dataset, is read as the one that is.
 */
export function countryNamesOfDemonym(word: string): readonly string[] {
  const { byDemonym } = load();
  const names = byDemonym.get(word);
  if (names) return names;
  const spelled = IAN.test(word) ? word.replace(IAN, "$1an$2") : undefined;
  return (spelled && byDemonym.get(spelled)) || [];
}
/** "Maldivian", "Comorians": "-ian" after a consonant, then perhaps the plural's "s". */
const IAN = /([^aeiou\s])ian(s?)$/;

/** The lengths of the demonyms of several words that start with the word ("costa" -> [2]). */
export function demonymLengthsFrom(word: string): readonly number[] {
  return load().demonymLengths.get(word) ?? NONE;
}
const NONE: readonly number[] = [];

/** The common name of the country a phrase names or is the demonym of, if it is one. */
export function countryNamed(phrase: string): string | undefined {
  const { byName, byDemonym } = load();
  const named = byName.get(phrase);
  if (named) return named;
  const names = byDemonym.has(phrase) ? byDemonym.get(phrase) : countryNamesOfDemonym(phrase);
  return names?.[0] ? byName.get(names[0]) : undefined;
}

/** The common name of the country whose capital the phrase names ("tokyo" -> Japan), if any. */
export function countryOfCapital(phrase: string): string | undefined {
  return load().byCapital.get(phrase);
}

export function longestCountryName(): number {
  return load().longestName;
}

let currencyWords: ReadonlySet<string> | undefined;

/**
 * The words every country's currency is counted in, singular and plural ("euro", "euros",
 * "dollars", "yen", "pesos"): the last word of each currency's name in the dataset.
 */
export function currencyUnits(): ReadonlySet<string> {
  if (currencyWords) return currencyWords;
  const words = new Set<string>();
  for (const country of records()) {
    for (const { name } of Object.values(country.currencies ?? {})) {
      // Facts are written in plain letters as often as not: "zloty" for "złoty", "colon" for "colón".
      const unit = name
        .toLowerCase()
        .split(" ")
        .at(-1)
        ?.normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/ł/g, "l");
      if (unit && /^\p{L}+$/u.test(unit)) words.add(unit).add(`${unit}s`);
    }
  }
  currencyWords = words;
  return words;
}
