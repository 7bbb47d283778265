/**
 * Words read as something they do not say: a real word "corrected" into a word of the store, a
 * two-word verb read in a sense its one-word reading is never used in (WordNet's tagged corpus), and every "link"
 * taken for an article's source.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pairVerbReadings } from "../src/engine/language/thesaurus.ts";
import { oneKeystrokeApart } from "../src/engine/query.ts";
import { understand } from "../src/engine/understand.ts";
import {
  combinedDataDir,
  EIGHTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FIFTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
  FOURTH_EVENT_DIR,
  NINETEENTH_EVENT_DIR,
  SEVENTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";

/** Several stories together, as a server holds them: more words of the store for a slip to land on. */
const many = engineFrom(
  combinedDataDir(
    FOURTH_EVENT_DIR,
    FOURTEENTH_EVENT_DIR,
    FIFTEENTH_EVENT_DIR,
    NINETEENTH_EVENT_DIR,
    FIFTH_EVENT_DIR,
    EIGHTH_EVENT_DIR,
    SIXTEENTH_EVENT_DIR,
    SEVENTEENTH_EVENT_DIR,
  ),
);

const words = (question: string) => understand(question, many.base).plan.terms.map((term) => term.word);

describe("a real word is read as typed, not as the store's word one letter away", () => {
  it("keeps 'fridge' (not 'bridge' or 'ridge') in 'who's footing the bill for the fish fridge?'", () => {
    const read = words("who's footing the bill for the fish fridge?");
    expect(read).not.toContain("bridge");
    expect(read).not.toContain("ridge");
  });

  it("keeps 'jabs' (not 'jobs') in 'how long were folks stuck without jabs?'", () => {
    expect(words("how long were folks stuck without jabs during that 2024 epidemic")).not.toContain("jobs");
  });

  it("keeps a city typed in lower case ('rome') a name, not 'rose'", () => {
    expect(words("who's the guy from rome handing over the cash?")).not.toContain("rose");
  });

  it("counts a dropped letter, a swap or a neighbouring key as one keystroke, another letter not", () => {
    expect(oneKeystrokeApart("chars", "chairs")).toBe(true);
    expect(oneKeystrokeApart("recieve", "receive")).toBe(true);
    expect(oneKeystrokeApart("feef", "feed")).toBe(true);
    expect(oneKeystrokeApart("feet", "feed")).toBe(false);
    expect(oneKeystrokeApart("banker", "tanker")).toBe(false);
    expect(oneKeystrokeApart("jabs", "jobs")).toBe(false);
  });
});

describe("a two-word verb is read as a word only in a sense that word is met in", () => {
  it("reads 'sum up' as summarizing but not as 'resume', 'call on' not as 'turn'", () => {
    expect(pairVerbReadings("sum up")).toContain("summarize");
    expect(pairVerbReadings("sum up")).not.toContain("resume");
    expect(pairVerbReadings("call on")).not.toContain("turn");
  });

  it("still reads 'take over' as 'assume', 'bring in' as 'introduce' and 'talk about' as 'discuss'", () => {
    expect(pairVerbReadings("take over")).toContain("assume");
    expect(pairVerbReadings("bring in")).toContain("introduce");
    expect(pairVerbReadings("talk about")).toContain("discuss");
  });

  it("answers whom a minister called on at a palace with the one who received him there", () => {
    const result = many.answer("Who did Asakawa call on at Jubilee House?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Owusu-Ansah");
  });
});

describe("a link is an article's source only when the question says so", () => {
  it("keeps 'the link' a link in 'from where will both grid firms oversee the link'", () => {
    expect(words("from where will both grid firms oversee the link")).toContain("link");
  });

  it("reads 'the link to the article' as its source", () => {
    expect(words("what is the link to the article?")).toContain("source");
  });
});

describe("a name of 'the' and a common noun before another noun describes that noun", () => {
  const fixtures = join(import.meta.dirname, "fixtures");
  const storms = engineFrom(
    combinedDataDir(join(fixtures, "twentieth-event"), join(fixtures, "twenty-second-event")),
  );

  it("reads 'the hurricane secretariat' as the secretariat, not as the storm called 'the hurricane'", () => {
    const mentioned = understand("who's the top official at the hurricane secretariat", storms.base).plan
      .mentions;
    expect(mentioned.flatMap((mention) => mention.entityIds)).not.toContain("hurricane-tobiah");
    expect(storms.answer("who's the top official at the hurricane secretariat").answer).toContain(
      "Merchison",
    );
  });
});
