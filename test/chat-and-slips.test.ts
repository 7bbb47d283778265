/**
 * Questions typed the way people chat: openers and tags around the question, titles clipped, a
 * name with a slip in each word, a word typed in two halves, a question word mistyped. Each is
 * read as the question it means, against the made-up fixtures.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import {
  combinedDataDir,
  EIGHTH_EVENT_DIR,
  engineFrom,
  NINTH_EVENT_DIR,
  SEVENTH_EVENT_DIR,
  SIXTH_EVENT_DIR,
  TWELFTH_EVENT_DIR,
} from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const locusts = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

describe("chat around a question is not part of it", () => {
  const plain = "did eritrea sign the locust agreement?";

  it("reads a yes-no question after a dropped 'lol' and 'so' as a yes-no question", () => {
    expect(understand(`lol so ${plain}`, locusts.base).plan.kind).toBe("yesno");
  });

  it("drops a thanks or a nod before a follow-up ('cool.', 'quick one,')", () => {
    expect(understand(`cool. ${plain}`, locusts.base).plan.kind).toBe("yesno");
    expect(understand(`hey quick one, ${plain}`, locusts.base).plan.text).toBe(plain);
  });

  it("drops an aside before a yes-no question's verb, as before a question word", () => {
    expect(understand(`ngl confused, ${plain}`, locusts.base).plan.text).toBe(plain);
  });

  it("keeps an aside that asks something itself", () => {
    const asked = "why do they care so much, was there a flood?";
    expect(understand(asked, locusts.base).plan.kind).toBe("why");
  });

  it("reads '… or not?' as the yes-no question's tag", () => {
    expect(
      understand("did eritrea sign the locust agreement or not?", locusts.base).plan.words,
    ).not.toContain("not");
  });

  it("counts 'smh' and 'huh' as no unknown words", () => {
    const unknown = understand("eritrea refused the locust agreement huh, who signed it smh", locusts.base)
      .plan.unknown;
    expect(unknown.map((u) => u.word)).toEqual([]);
  });

  it("reads 'what's going on with X' as asking about X, not about going on", () => {
    const power = engineFrom(combinedDataDir(join(FIXTURES, "fourteenth-event")));
    const words = understand("whats going on with georgia and armenia", power.base).plan.words;
    expect(words).not.toContain("going");
    expect(words).not.toContain("keep");
  });
});

describe("titles clipped in chat are read in full", () => {
  it("reads 'exec sec' as executive secretary", () => {
    const sixth = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
    expect(sixth.answer("who's the ccfc exec sec?").answer).toContain("Ibrahima Faye");
  });

  it("reads 'comms min' as communications minister, and leaves 'min' after a number alone", () => {
    const tonga = engineFrom(combinedDataDir(join(FIXTURES, "twenty-first-event")));
    expect(understand("tonga comms min?", tonga.base).plan.words).toEqual([
      "tonga",
      "communications",
      "minister",
    ]);
    expect(understand("did the talks last 40 min?", tonga.base).plan.words).not.toContain("minister");
  });
});

describe("a name typed with a slip in each word is that name", () => {
  it("reads the pair as the one name it is near, not each word as its nearest word", () => {
    // The Malacca article names a "Kiat", as near "kiao" as "Kioa" is.
    const tonga = engineFrom(
      combinedDataDir(join(FIXTURES, "eleventh-event"), join(FIXTURES, "twenty-first-event")),
    );
    const plan = understand("when did losaline kiao become minister?", tonga.base).plan;
    expect(plan.words).toContain("kioa");
    expect(plan.mentions.length).toBeGreaterThan(0);
  });

  it("leaves a real English word as typed beside a name ('the kribi plan' is not the Kribi plant)", () => {
    const kribi = engineFrom(combinedDataDir(join(FIXTURES, "fifteenth-event")));
    expect(understand("does the kribi plan still cover measles?", kribi.base).plan.words).toContain("plan");
  });

  it("leaves two words the store has as typed ('the nyika satellite' is not the Nyika-1 satellite)", () => {
    const nyika = engineFrom(combinedDataDir(join(FIXTURES, "heldout-12")));
    const plan = understand("how much does the nyika satellite cost now?", nyika.base).plan;
    expect(plan.words).toContain("nyika");
    expect(plan.words).not.toContain("nyika1");
  });

  it("finds a person whose first name's slip is its stem ('sharlen ventor')", () => {
    const grenada = engineFrom(combinedDataDir(join(FIXTURES, "twentieth-event")));
    expect(grenada.answer("what job does sharlen ventor have").answer).toContain(
      "Infrastructure and Housing",
    );
  });
});

describe("a word typed in two halves, or one slip from a word, is that word", () => {
  it("joins 'hydro power' into the store's 'hydropower'", () => {
    const power = engineFrom(combinedDataDir(join(FIXTURES, "fourteenth-event")));
    expect(understand("the hydro power deal between georgia and armenia", power.base).plan.words).toContain(
      "hydropower",
    );
  });

  it("corrects 'forrest' to 'forest' rather than cutting it into 'for rest'", () => {
    // The sixth article has "rest", which "for" and "rest" were read as.
    const forest = engineFrom(combinedDataDir(NINTH_EVENT_DIR, SIXTH_EVENT_DIR));
    const words = understand("who chairs the carpathian forrest council", forest.base).plan.words;
    expect(words).not.toContain("rest");
  });
});

describe("a mistyped question word opening a question is that question word", () => {
  // The sixth article has "share", one slip from "whare" as "where" is.
  const border = engineFrom(combinedDataDir(SEVENTH_EVENT_DIR, SIXTH_EVENT_DIR));

  it("reads 'whare' as 'where', not as a word of the store", () => {
    expect(understand("whare is the mbfa based", border.base).plan.kind).toBe("where");
  });

  it("keeps 'wher' as 'where' (letters left out), not 'when'", () => {
    expect(understand("wher is the mbfa based", border.base).plan.kind).toBe("where");
  });
});

describe("a slip whose stem happens to be the store's is still corrected", () => {
  // The seventh article has "ministry", whose stem "ministrial" shares.
  const forest = engineFrom(combinedDataDir(NINTH_EVENT_DIR, SEVENTH_EVENT_DIR));

  it("reads 'ministrial' (stemmed as 'ministry') as 'ministerial'", () => {
    expect(understand("where was the carpathian ministrial held", forest.base).plan.words).toContain(
      "ministerial",
    );
  });

  it("reads 'directer', an English word WordNet has no sense of, as 'director'", () => {
    // The eighth article has "direct", the stem of "directer".
    const straits = engineFrom(combinedDataDir(join(FIXTURES, "eleventh-event"), EIGHTH_EVENT_DIR));
    expect(understand("who is the smsc's executive directer?", straits.base).plan.words).toContain(
      "director",
    );
  });

  it("keeps a form of a word WordNet knows ('leasing') as typed", () => {
    // The twelfth article has "leading", one slip from "leasing" and commoner.
    const leased = engineFrom(combinedDataDir(NINTH_EVENT_DIR, TWELFTH_EVENT_DIR));
    expect(understand("which aircraft is the cfpc leasing?", leased.base).plan.words).toContain("leasing");
  });
});
