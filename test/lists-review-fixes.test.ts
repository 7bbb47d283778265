import { describe, expect, it, vi } from "vitest";
import { EIGHTEENTH_STORE_PARTS, loadEvalEngine } from "../eval/evaluate.ts";
import { compose } from "../src/engine/compose.ts";
import { resolveContext } from "../src/engine/context.ts";
import type { KnowledgeBase } from "../src/engine/knowledge.ts";
import { everyHolder, fewestSumming, splitOfTotal } from "../src/engine/lists.ts";
import { understand } from "../src/engine/understand.ts";
import type { Verdict } from "../src/engine/verify.ts";
import {
  combinedDataDir,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  SEVENTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
  THIRTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR, THIRTEENTH_EVENT_DIR));
const sixteenth = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

function readOf(question: string, kb: KnowledgeBase) {
  const [reading] = resolveContext(understand(question, kb), undefined, kb);
  if (reading?.kind !== "read") throw new Error(`no reading of ${question}`);
  return reading;
}

describe("'all' or 'every' before a post lists its holders only when the question asks for the people", () => {
  it("does not list the holders for what they all said", () => {
    const result = fifteenth.answer("what did all the cameroonian chief negotiators say?");
    expect(result.answer).not.toContain("chief negotiators in my sources");
  });

  it("does not list the holders for whether they all agreed", () => {
    const result = fifteenth.answer("did all the cameroonian chief negotiators agree to the plant?");
    expect(result.answer).not.toContain("chief negotiators in my sources");
  });

  it("still lists them when asked who they were", () => {
    const result = fifteenth.answer("who were all the cameroonian chief negotiators?");
    expect(result.answer).toContain("chief negotiators in my sources, 3");
  });
});

describe("'which countries are in …' asks for members only of a thing, not of a state", () => {
  // The evaluation's store, where "favour" is a word the store knows.
  const eighteenth = loadEvalEngine(EIGHTEENTH_STORE_PARTS);

  it("does not give a meeting's parties for who is in favour of a deal", () => {
    const result = eighteenth.answer("which countries are in favour of the free roaming deal?");
    expect(result.answer).not.toContain("meetings I know");
  });

  it("does not give a meeting's parties for who is in talks over a deal", () => {
    const result = eighteenth.answer("which countries are in talks over the free roaming deal?");
    expect(result.answer).not.toContain("meetings I know");
  });

  it("still gives them for who is in the park", () => {
    const result = sixteenth.answer("which countries are in the osogovo park now?");
    for (const name of ["Bulgaria", "North Macedonia", "Serbia"]) expect(result.answer).toContain(name);
  });
});

describe("listing a post's holders looks only at those the store describes with the post", () => {
  it("finds them without walking every fact about a person", () => {
    const kb = fifteenth.knowledge();
    const read = readOf("list every chief negotiator cameroon has had", kb);
    const walk = vi.spyOn(kb, "forEachFactOfKind");
    const holders = everyHolder(read, kb);
    expect(walk).not.toHaveBeenCalled();
    walk.mockRestore();
    expect(holders?.people.map((p) => p.name).join(", ")).toContain("Ekambi Dipoko");
    expect(holders?.people.length).toBe(3);
  });
});

describe("splitting a total stays bounded however many facts state it", () => {
  it("tries at most eight facts stating the total", () => {
    const kb = seventeenth.knowledge();
    const read = readOf("how is the 27.5 million for the cable split?", kb);
    // Each fact with the figure's stem seen twenty times over, as a large store would hold them.
    const real = kb.forEachFactWithStem.bind(kb);
    const many = vi.spyOn(kb, "forEachFactWithStem").mockImplementation((stem, found) =>
      real(stem, (indexed, strength) => {
        for (let i = 0; i < 20; i++) if (!found({ ...indexed }, strength)) return false;
        return true;
      }),
    );
    // No meeting has parts that add up, so every fact stating the total would be tried.
    const meetings = vi.spyOn(kb, "visitFactsOfEvent").mockImplementation(() => true);
    expect(splitOfTotal(read, kb)).toBeUndefined();
    expect(meetings.mock.calls.length).toBeGreaterThan(0);
    expect(meetings.mock.calls.length).toBeLessThanOrEqual(8);
    many.mockRestore();
    meetings.mockRestore();
  });

  it("stops a choice of parts once it passes the total, and still finds the fewest", () => {
    let reads = 0;
    const part = (sum: number, name: string) => ({
      name,
      get sum() {
        reads++;
        return sum;
      },
    });
    // Sixteen parts, each more than the total but two: 2^16 choices unpruned.
    const parts = [
      ...Array.from({ length: 14 }, (_, i) => part(1000 + i, `big${i}`)),
      part(40, "a"),
      part(60, "b"),
    ];
    expect(fewestSumming(parts, 100)?.map((p) => p.name)).toEqual(["a", "b"]);
    expect(reads).toBeLessThan(1000);
  });

  it("keeps the first of as few parts in the order it always had", () => {
    const parts = [30, 70, 50, 50, 100].map((sum, i) => ({ sum, i }));
    expect(fewestSumming(parts, 100)?.map((p) => p.i)).toEqual([4]);
    expect(fewestSumming(parts.slice(0, 4), 100)?.map((p) => p.i)).toEqual([0, 1]);
  });
});

describe("a list of a post's holders is titled in good English", () => {
  it("says the post in its plural and a name ending in s with the apostrophe alone", () => {
    const kb = fifteenth.knowledge();
    const read = readOf("list every chief negotiator cameroon has had", kb);
    const holders = everyHolder(read, kb)!;
    const verdict: Verdict = {
      kind: "holders",
      holders: { ...holders, post: { head: "deputy", modifiers: ["chief"], owners: ["comoros"] } },
    };
    const result = compose(verdict, read, kb);
    expect(result.answer).toMatch(/^Comoros' chief deputies in my sources, 3:/);
  });
});
