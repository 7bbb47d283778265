import { stemNumber } from "../terms.ts";
import { type IndexWord, stemOf, wordsOf } from "./normalize.ts";

/**
 * The words of the store's texts, each kept once for the process and known by a number. Building
 * the indexes reads every statement twice (the knowledge base, then autocomplete) and the same few
 * hundred thousand words over and over: through this table a word already seen costs a hash of
 * its characters and a comparison, not a substring, a lower-cased copy and a Map lookup each (at
 * 100k facts those allocations were a good part of the build's garbage collection).
 *
 * What it finds is exactly what `wordsOf` / `forEachIndexWord` (normalize.ts) find: plain ASCII
 * text without dashes is scanned here by the same rules, anything else goes through `wordsOf`.
 */

const texts: string[] = [];
/** Stems by word number, looked up on first need (autocomplete never needs them). */
const stems: (string | undefined)[] = [];
/** Their numbers in terms.ts, -1 until first needed. */
const stemNumbers: number[] = [];
let hashes: Int32Array = new Int32Array(1024);
/** Open addressing: word number + 1, 0 for an empty slot; at most half full. */
let slots = new Int32Array(2048);

/**
 * Calls back with the number of each word of the text, in order (repeats included). The numbers
 * are gathered first into one shared array, above those of any call still running (`visit` may
 * read another text's words): no array per text, no substring per word.
 */
export function forEachWordNumber(text: string, visit: (number: number) => void): void {
  const start = top;
  const end = gather(text, start);
  top = end;
  try {
    for (let i = start; i < end; i++) visit(gathered[i]!);
  } finally {
    top = start;
  }
}

/** Word numbers of the texts being read, innermost call's last. */
let gathered: Int32Array = new Int32Array(256);
let top = 0;

/** Appends the numbers of the text's words to `gathered` from `at`; returns where they end. */
function gather(text: string, at: number): number {
  let end = at;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // Only printable ASCII and ordinary white space read the same without normalize.ts's
      // folding; a dash may join a letter to a digit ("COVID-19"), which it rewrites first.
      if (c > 126 || c === 45 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return gatherSlowly(text, at);
      i++;
      continue;
    }
    // The word's hash is made as it is scanned (see `hashOf`): its characters are read once here.
    const begin = i;
    let h = 0x811c9dc5;
    let beforeApostrophe = h;
    let apostrophe = -1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) {
        h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), 0x01000193);
        i++;
      } else if ((d === 39 || d === 46) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        if (d === 39) {
          beforeApostrophe = h;
          apostrophe = i;
        } else h = Math.imul(h ^ d, 0x01000193);
        const e = text.charCodeAt(i + 1);
        h = Math.imul(h ^ (e >= 65 && e <= 90 ? e + 32 : e), 0x01000193);
        i += 2;
      } else break;
    }
    // A possessive "'s" is not part of the word; a word always keeps its first character.
    let last = i;
    if (last - begin >= 3 && apostrophe === last - 2 && (text.charCodeAt(last - 1) | 32) === 115) {
      last -= 2;
      h = beforeApostrophe;
    }
    end = put(end, internHashed(text, begin, last, h | 0));
  }
  return end;
}

/** Any other text: its words as `wordsOf` finds them (what was gathered of it is dropped). */
function gatherSlowly(text: string, at: number): number {
  let end = at;
  for (const word of wordsOf(text)) end = put(end, intern(word, 0, word.length));
  return end;
}

function put(at: number, number: number): number {
  if (at === gathered.length) gathered = widened(gathered, 2 * at);
  gathered[at] = number;
  return at + 1;
}

export function widened(items: Int32Array, size: number): Int32Array {
  const wider = new Int32Array(size);
  wider.set(items);
  return wider;
}

/**
 * As normalize.ts's `forEachIndexWord`: each word and its stem, and the stem's number for the
 * terms of facts (see terms.ts), each looked up once per word rather than once per occurrence;
 * last, the word's own number here (what a caller may key a per-word array by).
 */
export function forEachIndexWord(
  text: string,
  visit: (word: string, stem: string, stemNumber: number, wordNumber: number) => void,
): void {
  const start = top;
  const end = gather(text, start);
  top = end;
  try {
    for (let i = start; i < end; i++) {
      const number = gathered[i]!;
      const known = stemNumbers[number]!;
      if (known >= 0) visit(texts[number]!, stemOfNumber(number), known, number);
      else {
        const stem = stemOfNumber(number);
        const numbered = stemNumber(stem);
        stemNumbers[number] = numbered;
        visit(texts[number]!, stem, numbered, number);
      }
    }
  } finally {
    top = start;
  }
}

/** As normalize.ts's `wordsOf`: the text's lower-case words, read through the table. */
export function wordsOfText(text: string): string[] {
  const words: string[] = [];
  forEachWordNumber(text, (number) => words.push(texts[number]!));
  return words;
}

/** As normalize.ts's `indexWords`: the text's words with their stems, read through the table. */
export function indexWordsOf(text: string): IndexWord[] {
  const words: IndexWord[] = [];
  forEachIndexWord(text, (word, stem) => words.push({ word, stem }));
  return words;
}

export function wordOfNumber(number: number): string {
  return texts[number]!;
}

export function stemOfNumber(number: number): string {
  let stem = stems[number];
  if (stem === undefined) {
    stem = stemOf(texts[number]!);
    stems[number] = stem;
  }
  return stem;
}

/** How many words the table has: word numbers are below it. */
export function wordCount(): number {
  return texts.length;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The number of the word spelled by text[begin, end) lower-cased, apostrophes left out (as
 * `wordsOf` spells it); a word already lower-case and without apostrophes reads as itself.
 */
function intern(text: string, begin: number, end: number): number {
  return internHashed(text, begin, end, hashOf(text, begin, end));
}

/** FNV-1a over the word's characters as `wordsOf` spells it (lower case, no apostrophes). */
function hashOf(text: string, begin: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = begin; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** `intern` with the word's hash already made (`hashOf` of the same range). */
function internHashed(text: string, begin: number, end: number, h: number): number {
  const mask = slots.length - 1;
  let slot = h & mask;
  for (let held = slots[slot]!; held !== 0; held = slots[slot]!) {
    if (hashes[held - 1] === h && spells(texts[held - 1]!, text, begin, end)) return held - 1;
    slot = (slot + 1) & mask;
  }
  let word = text.slice(begin, end).toLowerCase();
  if (word.includes("'")) word = word.replace(/'/g, "");
  const number = texts.length;
  texts.push(word);
  stems.push(undefined);
  stemNumbers.push(-1);
  if (number === hashes.length) hashes = widened(hashes, number * 2);
  hashes[number] = h;
  slots[slot] = number + 1;
  if (2 * texts.length > slots.length) rehash();
  return number;
}

function spells(word: string, text: string, begin: number, end: number): boolean {
  let at = 0;
  for (let k = begin; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (at >= word.length || word.charCodeAt(at) !== c) return false;
    at++;
  }
  return at === word.length;
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2);
  const mask = slots.length - 1;
  for (let number = 0; number < texts.length; number++) {
    let slot = hashes[number]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = number + 1;
  }
}
