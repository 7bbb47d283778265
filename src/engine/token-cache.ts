import type { KnowledgeBase } from "./knowledge.ts";
import { type Token, tokenize } from "./language/normalize.ts";
import { forEachWordNumber, stemOfNumber, wordOfNumber } from "./language/word-table.ts";
import type { Entity, Fact } from "./schema.ts";

// Word sequences are needed per question only for the few leading facts, but the same facts lead
// again and again: tokenise each text once and keep it as long as the record lives.
const factTokens = new WeakMap<Fact, Token[][]>();
const entityTokens = new WeakMap<Entity, { line: Token[]; names: string[][] }>();

export function factSequences(fact: Fact): Token[][] {
  let sequences = factTokens.get(fact);
  if (!sequences) {
    // Curators often quote the sentence they paraphrase word for word (the store's index reads it
    // once too): the same tokens serve both (nothing changes a sequence once made).
    const statement = tokenize(fact.statement);
    sequences = [statement, fact.quote === fact.statement ? statement : tokenize(fact.quote)];
    factTokens.set(fact, sequences);
  }
  return sequences;
}

export function entityWords(entity: Entity): { line: Token[]; names: string[][] } {
  let words = entityTokens.get(entity);
  if (!words) {
    // Built by pushing, not by `map`: an array `map` makes in optimised code is holey, one it makes
    // in the interpreter is not, and the name loops below then meet both kinds (V8's maps) and are
    // dropped and recompiled when the other kind comes.
    const names: string[][] = [];
    for (const name of [entity.name, ...entity.aliases]) names.push(wordsOfName(name));
    words = { line: tokenize(`${entity.name} , ${entity.description}`), names };
    entityTokens.set(entity, words);
  }
  return words;
}

function wordsOfName(name: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(name)) words.push(token.word);
  return words;
}

/**
 * Whether the text has the words (lower-case, as `tokenize` gives them) one after the other, read
 * through the word table (the words `tokenize` finds, in its order: language/word-table.ts):
 * nothing is kept, no token is made. For checks on facts that are not otherwise read word by word
 * (every fact about a person, to choose one), where `factSequences` would tokenise and keep each.
 */
export function textHasWordsInRow(text: string, words: readonly string[]): boolean {
  const length = words.length;
  if (length === 0) return false;
  // The positions in `words` matched so far, as a bit set (names are a few words; longer runs
  // fall back to the tokens).
  if (length > 30) return namePositions(tokenize(text), words).length > 0;
  const last = 1 << (length - 1);
  let matched = 0;
  let found = false;
  forEachWordNumber(text, (number) => {
    if (found) return;
    const word = wordOfNumber(number);
    // Each run matched so far goes on if this word is its next one; any may start here.
    let next = 0;
    for (let k = 0; k < length; k++) {
      if (words[k] === word && (k === 0 || matched & (1 << (k - 1)))) next |= 1 << k;
    }
    matched = next;
    if (matched & last) found = true;
  });
  return found;
}

/** Whether any word of the text (as `tokenize` gives them) is in `words`: see `textHasWordsInRow`. */
export function textHasAnyWord(text: string, words: ReadonlySet<string>): boolean {
  let found = false;
  forEachWordNumber(text, (number) => {
    if (!found && words.has(wordOfNumber(number))) found = true;
  });
  return found;
}

/**
 * Whether a fact's statement has any of a few words. Every set of words asked this way is known
 * by a bit (`wordsToFind`, made once at module load): a fact's statement is read once through the
 * word table (`forEachWordNumber`) for all the sets together, and what it has is kept as bits in
 * its record (`statementWords`): checks that need a word such as "had" or "non" before reading
 * the sentence's tokens skip the many facts without it, and those facts are not tokenised (nor
 * their tokens kept) for them. No hash table per set: a first question reads a fact once, not
 * once per set, and stores one number, not an entry in a weak map per set.
 */
export function statementHasAnyOf(indexed: FactWithWordMarks, words: WordsToFind): boolean {
  let marks = indexed.statementWords;
  // Read with fewer sets known than this one (a set made after the fact was read): read again.
  if (marks >>> MARK_COUNT_SHIFT <= words.bit) {
    marks = marksOf(indexed.fact.statement);
    indexed.statementWords = marks;
  }
  return (marks & (1 << words.bit)) !== 0;
}

/** A fact's record with the bits of the sets of words its statement has (0: not read yet). */
export interface FactWithWordMarks {
  readonly fact: Fact;
  statementWords: number;
}

/** A set of words `statementHasAnyOf` looks for, known by its bit; and any word of these stems. */
export interface WordsToFind {
  readonly words: ReadonlySet<string>;
  readonly stems?: ReadonlySet<string>;
  readonly bit: number;
}

/** The sets' bits in the low bits of a fact's marks; how many sets were known when read, above. */
const MARK_COUNT_SHIFT = 24;
const setsOfWords: WordsToFind[] = [];
/** Per word number, the bits of the sets that have the word (-1: not looked up yet). */
let bitsOfWord = new Int32Array(0);

export function wordsToFind(words: Iterable<string>): WordsToFind {
  return wordsOrStemsToFind(words, undefined);
}

/** As `wordsToFind`, and any word whose stem is one of `stems` ("host": "hosted", "hosting"). */
export function wordsOrStemsToFind(
  words: Iterable<string>,
  stems: Iterable<string> | undefined,
): WordsToFind {
  if (setsOfWords.length >= MARK_COUNT_SHIFT) throw new Error("too many sets of words to find");
  const set = { words: new Set(words), ...(stems ? { stems: new Set(stems) } : {}), bit: setsOfWords.length };
  setsOfWords.push(set);
  bitsOfWord.fill(-1);
  return set;
}

function marksOf(text: string): number {
  let marks = noMarks();
  forEachWordNumber(text, (number) => {
    marks |= marksOfWord(number);
  });
  return marks;
}

/**
 * A statement's marks before any of its words is read: none of the sets, and how many sets are
 * known. The store's build ORs in `marksOfWord` of each word of the statement as it indexes it
 * (the same words, in the same order, as `marksOf` reads), so that a question's first look at a
 * fact finds its marks made rather than reading its statement again.
 */
export function noMarks(): number {
  return setsOfWords.length << MARK_COUNT_SHIFT;
}

/** The bits of the sets of words that have this word (by its number in the word table). */
export function marksOfWord(number: number): number {
  if (number >= bitsOfWord.length) {
    const grown = new Int32Array(Math.max(number + 1, 2 * bitsOfWord.length, 1024)).fill(-1);
    grown.set(bitsOfWord);
    bitsOfWord = grown;
  }
  let bits = bitsOfWord[number]!;
  if (bits < 0) {
    const word = wordOfNumber(number);
    bits = 0;
    for (const set of setsOfWords) {
      if (set.words.has(word) || set.stems?.has(stemOfNumber(number))) bits |= 1 << set.bit;
    }
    bitsOfWord[number] = bits;
  }
  return bits;
}

/** Where a name (its lower-case words) starts in a token sequence. */
export function namePositions(sequence: readonly Token[], name: readonly string[]): number[] {
  const out: number[] = [];
  pushNamePositions(out, sequence, name);
  return out;
}

/** The name's words stand one after the other somewhere in the sequence. */
export function namedIn(sequence: readonly Token[], name: readonly string[]): boolean {
  const length = name.length;
  if (length === 0) return false;
  for (let i = 0; i + length <= sequence.length; i++) {
    let k = 0;
    while (k < length && sequence[i + k]!.word === name[k]) k++;
    if (k === length) return true;
  }
  return false;
}

/** `namePositions` added to `out` (plain loops: this runs for every name of every fact scored). */
function pushNamePositions(out: number[], sequence: readonly Token[], name: readonly string[]): void {
  const length = name.length;
  if (length === 0) return;
  for (let i = 0; i + length <= sequence.length; i++) {
    let k = 0;
    while (k < length && sequence[i + k]!.word === name[k]) k++;
    if (k === length) out.push(i);
  }
}

/**
 * Where any of the entities is named in a token sequence, by its name or curated aliases (names a
 * scope added later are found by the entity index, not here).
 */
export function mentionPositions(
  sequence: readonly Token[],
  entityIds: readonly string[],
  kb: KnowledgeBase,
): number[] {
  const out: number[] = [];
  for (const id of entityIds) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const words of entityWords(entity).names) pushNamePositions(out, sequence, words);
    // "Mongolian Foreign Minister" names Mongolia as "Foreign Minister of Mongolia" does.
    if (entity.kind === "country") {
      for (let i = 0; i < sequence.length; i++) {
        if (sequence[i]!.nameLike && kb.countryOfAdjectiveAt(sequence, i)?.country === id) out.push(i);
      }
    }
  }
  return out;
}
