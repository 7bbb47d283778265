/**
 * A near fact is not the answer: "how many people live in Vilnius?" is not answered by the people
 * living near a border the Vilnius meeting spoke of, nor "what model of radar?" by who supplies the
 * radar. The very thing the answer is (the asked phrase), or the name a figure is asked of, that the
 * fact does not say itself weighs against it; the evidence model weighs how much.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_SECOND_STORE_PARTS } from "../eval/evaluate.ts";
import type { Engine } from "../src/engine/engine.ts";
import type { Judgement } from "../src/engine/evidence.ts";
import { FEATURE_NAMES } from "../src/engine/evidence.ts";
import { askedIn, combinedDataDir, EIGHTH_EVENT_DIR, engineFrom } from "./support/engines.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const rail = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
// (The stories before it too: with them the store knows the word "model", as a store grown over time does.)
const storms = loadEvalEngine(TWENTY_SECOND_STORE_PARTS);
const scholars = engineFrom(combinedDataDir(join(fixtures, "eighteenth-event")));

function weighed(
  engine: Engine,
  question: string,
  feature: (typeof FEATURE_NAMES)[number],
): number | undefined {
  let seen: Judgement | undefined;
  engine.answer(question, undefined, {
    observe: (judgement: Judgement) => {
      seen = judgement;
    },
  });
  return seen?.features[FEATURE_NAMES.indexOf(feature)];
}

describe("the thing asked, not what is said beside it", () => {
  it("does not answer how many live in a city with how many live near a border", () => {
    expect(weighed(rail, "how many people live in vilnius?", "figureNamesUnsaid")).toBeGreaterThan(0);
    // Where the counted are is part of what is counted, as "Nepali" is of "Nepali students".
    expect(weighed(rail, "how many people live in vilnius?", "slotUnsaid")).toBeGreaterThan(0);
    expect(askedIn(rail, "how many people live in vilnius?").answered).toBe(false);
  });

  it("does not answer how many of one country's students applied with all the applications", () => {
    expect(
      weighed(scholars, "how many nepali students applied to the exchange?", "slotUnsaid"),
    ).toBeGreaterThan(0);
    expect(askedIn(scholars, "how many nepali students applied to the exchange?").answered).toBe(false);
  });

  it("does not answer what model of radar with who supplies it", () => {
    const question = "what model of doppler radar is meridian skywatch supplying";
    expect(weighed(storms, question, "slotUnsaid")).toBeGreaterThan(0);
    expect(askedIn(storms, question).answered).toBe(false);
  });

  it("still answers a figure of the thing named in the fact itself", () => {
    const question = "how many passengers a year is the vilnius–riga line supposed to carry?";
    expect(askedIn(rail, question).answer).toMatch(/150,000 passengers a year/);
    expect(askedIn(storms, "who is supplying the doppler radar?").answer).toMatch(/Meridian Skywatch/);
  });
});
