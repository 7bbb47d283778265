import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { random } from "../bench/synthetic.ts";
import { sortSmall } from "../src/engine/collections.ts";
import { englishWordsOneSlipFrom, isEnglishWord } from "../src/engine/language/english.ts";
import { NeedleLists } from "../src/engine/language/needles.ts";
import { tokenize } from "../src/engine/language/normalize.ts";
import { damerauLevenshtein, SpellingIndex } from "../src/engine/language/spelling.ts";
import { sortDescending } from "../src/engine/retrieve.ts";
import { FactTerms, TermGatherer, TermStore } from "../src/engine/terms.ts";
import { namePositions } from "../src/engine/token-cache.ts";

/**
 * The compact indexes (typed arrays in place of Maps of strings) must give exactly what the Maps
 * they replace gave: each is checked here against the plain version on generated fixtures.
 */

/** The typo index as it was before it was compacted: deletion strings in a Map (and a letter put back, as since session 44). */
class PlainSpellingIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly words = new Set<string>();

  add(word: string): void {
    if (word.length < 3 || this.words.has(word)) return;
    this.words.add(word);
    for (const key of deletions(word)) {
      const bucket = this.byDeletion.get(key);
      if (bucket) bucket.push(word);
      else this.byDeletion.set(key, [word]);
    }
  }

  candidates(word: string): { word: string; distance: number }[] {
    if (word.length < 3 || /^\d+$/.test(word)) return [];
    const maxDistance = word.length >= 8 ? 2 : 1;
    const seen = new Set<string>();
    const found: { word: string; distance: number }[] = [];
    const collect = (key: string) => {
      for (const deleted of deletions(key)) {
        for (const candidate of this.byDeletion.get(deleted) ?? []) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          const distance = damerauLevenshtein(word, candidate, maxDistance);
          if (distance <= maxDistance) found.push({ word: candidate, distance });
        }
      }
    };
    collect(word);
    // A long word nothing reaches may have had two letters left out: each letter is put back.
    if (found.length === 0 && maxDistance === 2) {
      for (let at = 0; at <= word.length; at++) {
        for (let letter = 97; letter <= 122; letter++)
          collect(word.slice(0, at) + String.fromCharCode(letter) + word.slice(at));
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }
}

function deletions(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Words from a small alphabet, so that many share deletions, with doubled letters. */
function vocabulary(count: number, seed: number): string[] {
  const next = random(seed);
  const letters = "aabeiklmnorsty";
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(next() * 9);
    let word = "";
    for (let i = 0; i < length; i++) word += letters[Math.floor(next() * letters.length)];
    return word;
  });
}

/** One or two slips: a letter dropped, doubled, swapped with the next, or replaced. */
function misspell(word: string, next: () => number): string {
  let out = word;
  const slips = 1 + Math.floor(next() * 2);
  for (let s = 0; s < slips && out.length > 1; s++) {
    const at = Math.floor(next() * (out.length - 1));
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + out[at] + out.slice(at);
    else if (kind === 2) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
    else out = `${out.slice(0, at)}x${out.slice(at + 1)}`;
  }
  return out;
}

describe("the compact typo index finds what the index of deletion strings found", () => {
  it("on a vocabulary of 5,000 words that share many deletions, for exact and misspelt lookups", () => {
    const words = vocabulary(5_000, 7);
    const compact = new SpellingIndex();
    const plain = new PlainSpellingIndex();
    // Half indexed up front, half added after the first lookup (as an overlay learns words later).
    for (const word of words.slice(0, 2_500)) {
      compact.add(word);
      plain.add(word);
    }
    compact.flush();
    expect(compact.candidates(words[0]!)).toEqual(plain.candidates(words[0]!));
    for (const word of words.slice(2_500)) {
      compact.add(word);
      plain.add(word);
    }
    const next = random(11);
    for (const word of words.slice(0, 1_500)) {
      for (const query of [word, misspell(word, next), misspell(word, next)]) {
        expect(compact.candidates(query), query).toEqual(plain.candidates(query));
      }
    }
  });

  it("for any words and any lookup", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "ß"), maxLength: 9 }), {
          maxLength: 60,
        }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "ß"), maxLength: 10 }),
        (words, query) => {
          const compact = new SpellingIndex();
          const plain = new PlainSpellingIndex();
          for (const word of words) {
            compact.add(word);
            plain.add(word);
          }
          expect(compact.candidates(query)).toEqual(plain.candidates(query));
        },
      ),
    );
  });
});

describe("a fact's compact terms read back as the Map they were made from", () => {
  it("get, has, keys and size, for thousands of facts stored end to end", () => {
    const next = random(3);
    const stems = vocabulary(400, 5);
    const strengths = [1, 0.9, 0.45, 0.3, 0.8];
    // One store for all, grown many times over while earlier facts' runs are read back later.
    const store = new TermStore();
    const made: { map: Map<string, number>; terms: FactTerms }[] = [];
    for (let f = 0; f < 2_000; f++) {
      const map = new Map<string, number>();
      const count = Math.floor(next() * 25);
      for (let i = 0; i < count; i++) {
        map.set(stems[Math.floor(next() * stems.length)]!, strengths[Math.floor(next() * strengths.length)]!);
      }
      made.push({ map, terms: FactTerms.from(map, store) });
    }
    // Compared once per fact: an expect per lookup was most of the time.
    for (const { map, terms } of made) {
      const probes = [...stems.slice(0, 40), ...map.keys(), "never-seen"];
      expect(probes.map((stem) => [terms.get(stem), terms.has(stem)])).toEqual(
        probes.map((stem) => [map.get(stem), map.has(stem)]),
      );
      expect([terms.size, ...terms.keys()]).toEqual([map.size, ...map.keys()]);
    }
  });
});

describe("gathering a fact's terms keeps each stem's strongest strength, in first-read order", () => {
  it("as the Map it replaces did, over repeated stems, with the gatherer reused from fact to fact", () => {
    const next = random(9);
    const stems = vocabulary(30, 13);
    const strengths = [1, 0.9, 0.45, 0.3];
    const gatherer = new TermGatherer();
    const store = new TermStore();
    for (let f = 0; f < 300; f++) {
      const map = new Map<string, number>();
      gatherer.clear();
      // Past the gatherer's first 64 slots now and then, so that it grows.
      const reads = Math.floor(next() * (f % 50 === 0 ? 200 : 40));
      for (let i = 0; i < reads; i++) {
        const stem =
          f % 50 === 0 ? `${stems[i % stems.length]}${i}` : stems[Math.floor(next() * stems.length)]!;
        const strength = strengths[Math.floor(next() * strengths.length)]!;
        if ((map.get(stem) ?? 0) < strength) map.set(stem, strength);
        gatherer.add(stem, strength);
      }
      const terms = gatherer.storeIn(store);
      expect([...terms.keys()].map((stem) => [stem, terms.get(stem)])).toEqual([...map]);
    }
  });
});

describe("the lists with a needle in a text, found in one pass, are those `includes` finds", () => {
  /** What the question reader's phrase table asked of each phrase's cue words before. */
  const plain = (lists: readonly (readonly string[])[], text: string) =>
    lists.map((needles) => (needles.some((needle) => text.includes(needle)) ? 1 : 0));
  const unit = fc.constantFrom("a", "b", "c", " ", "'", "’", "é", "\u{1F600}");

  it("for any lists of needles (overlapping, nested, repeated, empty) and any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit, maxLength: 4 }), { maxLength: 4 }), { maxLength: 12 }),
        fc.array(fc.string({ unit, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        (lists, texts) => {
          const scanner = new NeedleLists(lists);
          // One array reused from text to text, as the reader reuses it.
          const found = new Uint8Array(lists.length);
          for (const text of texts) {
            scanner.scan(text, found);
            expect([...found], text).toEqual(plain(lists, text));
          }
        },
      ),
    );
  });

  it("for cue words like the phrase table's, in questions as typed", () => {
    const lists = [["u"], ["how ", "how come"], ["'d", "’d"], [" back", "back down"], ["sec"], ["wen"]];
    const scanner = new NeedleLists(lists);
    const found = new Uint8Array(lists.length);
    for (const text of ["how come u went back down?", "who'd they send", "wen was it", "secretary", ""]) {
      scanner.scan(text, found);
      expect([...found], text).toEqual(plain(lists, text));
    }
  });
});

describe("the per-question sort of rank bounds, in place", () => {
  it("orders positions exactly as Array.prototype.sort with the comparator it replaces", () => {
    // Many ties (keys from a handful of values), as a vague question's bounds are.
    const keys = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 4 }).map((n) => n / 4),
        fc.double({ noNaN: true }),
      ),
      {
        maxLength: 600,
      },
    );
    fc.assert(
      fc.property(keys, (values) => {
        const key = Float64Array.from(values);
        const order = new Int32Array(values.length + 3).fill(-1);
        for (let i = 0; i < values.length; i++) order[i] = i;
        sortDescending(order, values.length, key);
        const expected = [...values.keys()].sort((a, b) => key[b]! - key[a]! || a - b);
        expect([...order.subarray(0, values.length)]).toEqual(expected);
        // Past `count` nothing is touched.
        expect([...order.subarray(values.length)]).toEqual([-1, -1, -1]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the few candidates and parts of a question sorted in place", () => {
  it("come out in exactly the order Array.prototype.sort gives, ties and NaN comparisons included", () => {
    const items = fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double(), fc.constant(Number.NaN)), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(items, (values) => {
        const tagged = values.map((rank, at) => ({ rank, at }));
        for (const compare of [
          (a: { rank: number }, b: { rank: number }) => b.rank - a.rank,
          (a: { rank: number }, b: { rank: number }) => a.rank - b.rank,
        ]) {
          const expected = [...tagged].sort(compare).map((item) => item.at);
          expect(sortSmall([...tagged], compare).map((item) => item.at)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Optimal-string-alignment distance with a table of its own, as it was computed before. */
function plainDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}

describe("the typo distance, one table reused for every pair", () => {
  it("is what a table of its own gives, whatever pairs came before", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é"), maxLength: 24 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { maxLength: 20 }),
        (pairs) => {
          for (const [a, b, limit] of pairs)
            expect(damerauLevenshtein(a, b, limit)).toBe(plainDistance(a, b, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** English words one slip away as they were found before the hash table: every slip built and looked up. */
function plainSlips(word: string): string[] {
  const found = new Set<string>();
  const keep = (candidate: string) => {
    if (candidate !== word && isEnglishWord(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) keep(head + tail.slice(1));
    if (tail.length > 1) keep(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of "abcdefghijklmnopqrstuvwxyz") {
      if (tail) keep(head + letter + tail.slice(1));
      keep(head + letter + tail);
    }
  }
  return [...found].sort();
}

describe("English words one slip from a word, found through a table of their hashes", () => {
  it("are the words building every slip found, for English words, their slips and anything typed", () => {
    const next = random(3);
    const typed = [
      "refuze",
      "secretery",
      "zorblaxx",
      "a",
      "",
      "ab",
      "don't",
      "café",
      "naïve",
      "x".repeat(40),
      "\ud83d\ude00",
      ...["government", "agreement", "minister", "population", "receive", "border", "talks"].flatMap(
        (word) => [word, misspell(word, next), misspell(word, next)],
      ),
    ];
    for (const word of typed)
      expect([...englishWordsOneSlipFrom(word)].sort(), word).toEqual(plainSlips(word));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "e", "r", "s", "t", "n", "'", "é", "1"), maxLength: 9 }),
        (word) => {
          expect([...englishWordsOneSlipFrom(word)].sort()).toEqual(plainSlips(word));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("where a name starts in a token sequence", () => {
  it("finds every start a word-by-word comparison finds", () => {
    const word = fc.constantFrom("the", "un", "council", "of", "ghana", "talks");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 4 }), (words, name) => {
        const sequence = tokenize(words.join(" "));
        const plain: number[] = [];
        if (name.length > 0) {
          for (let i = 0; i + name.length <= sequence.length; i++) {
            if (name.every((w, k) => sequence[i + k]!.word === w)) plain.push(i);
          }
        }
        expect(namePositions(sequence, name)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
