import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Engine } from "../../src/engine/engine.ts";
import { AnswerResult } from "../../src/engine/schema.ts";
import { removeWhenDone } from "./made-folders.ts";

/** Every curated article: what a deployment loads. */
export const DATA_DIR = join(import.meta.dirname, "..", "..", "data");
/**
 * The seed article alone: specs about its content hold however many articles curators add to
 * data/ beside it.
 */
export const SEED_DIR = join(
  DATA_DIR,
  "sources",
  "2024-04-17-news-az-aliyev-receives-cica-secretary-general",
);
export const SECOND_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "second-event");
/** A third, realistic made-up article (two countries' foreign ministers, a president's reception). */
export const THIRD_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "third-event");
/** A fourth (Japan's foreign minister in Ghana: a predecessor, hedged remarks, plans). */
export const FOURTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "fourth-event");
/** A fifth (five countries' waterway toll talks: delegations, a mediator, a refund not agreed). */
export const FIFTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "fifth-event");
/** A sixth (a six-member fisheries council: a chair handed over, an objection, a postponement). */
export const SIXTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "sixth-event");
/** A seventh (a binational commission: two-word demonyms, ministers of several portfolios, a ban half lifted). */
export const SEVENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "seventh-event");
/** An eighth (two neighbours' yearly consultations: a fund split by shares, a refused toll, a handover). */
export const EIGHTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "eighth-event");
export const NINTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "ninth-event");
/** A story in two articles four months apart (Kyrgyz–Tajik glacial flood warning talks, then the deal). */
export const TENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "tenth-event");
/** A story in three articles over a year (a Malacca Strait oil-spill response plan: talks, second round, the deal). */
export const ELEVENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "eleventh-event");
/** A story in two articles five months apart (Djibouti–Somalia locust patrols: talks, then the pact). */
export const TWELFTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "twelfth-event");
/** A story in two articles seven months apart (Mauritius–Madagascar seasonal work visas: talks, then the agreement). */
export const THIRTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "thirteenth-event");
/** A story in three articles over 2026 (Georgia–Armenia summer hydropower exports). */
export const FOURTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "fourteenth-event");
export const FIFTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "fifteenth-event");
/** A story in three articles (the Osogovo transboundary park: Bulgaria and North Macedonia, then Serbia). */
export const SIXTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "sixteenth-event");
/** A story in three articles (Sierra Leone–Liberia free roaming: talks, the agreement, then Côte d'Ivoire joins). */
export const SEVENTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "seventeenth-event");
/** A story in three articles (the Nepal–Bhutan Himalayan Scholars Exchange: negotiators replaced twice). */
export const EIGHTEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "eighteenth-event");
/** A nineteenth (a lake ferry restored between two countries: a customs post, a market, a livestock dispute). */
export const NINETEENTH_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "nineteenth-event");

export function engineFrom(dir: string): Engine {
  const loaded = Engine.fromDirectory(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  return loaded.engine;
}

/**
 * What a member gets for `question`, asked right after `previous` when given (the same
 * conversation), its shape checked against the answer schema every adapter relies on.
 */
export function askedIn(engine: Engine, question: string, previous?: string): AnswerResult {
  const before = previous === undefined ? undefined : engine.answer(previous);
  const result = engine.answer(question, undefined, before ? { previous: before.turn } : {});
  AnswerResult.parse(result);
  return result;
}

/**
 * Made-up stores' article folders as one data folder (an earlier article and the later one that
 * changes it, read together as a story), removed when the spec file is done.
 */
export function storesTogether(...stores: string[]): string {
  const dir = removeWhenDone(mkdtempSync(join(tmpdir(), "attache-together-")));
  stores.forEach((store, i) => {
    cpSync(store, join(dir, `store-${i}`), { recursive: true });
  });
  return dir;
}

/** The seed article plus made-up articles (the second by default), as one data folder. */
export function combinedDataDir(...others: string[]): string {
  // Each spec file builds its folders afresh; they go when the file's specs are done, not pile up in /tmp.
  const dir = removeWhenDone(mkdtempSync(join(tmpdir(), "attache-combined-")));
  cpSync(SEED_DIR, join(dir, "base"), { recursive: true });
  (others.length > 0 ? others : [SECOND_EVENT_DIR]).forEach((other, i) => {
    cpSync(other, join(dir, `other-${i}`), { recursive: true });
  });
  return dir;
}
