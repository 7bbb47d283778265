/**
 * "Did Castel back down on the ferry toll?", "did Castel cave?": a party gave way when a fact tells
 * that party alone giving way on the matter ("Castel agreed to cut the toll, ending a row", after
 * it refused) or dropping its refusal; a joint agreement ("Norvik and Castel agreed on …") is no
 * giving way of either side. Where the latest article has the party still refusing, the answer is
 * no, with that refusal; a party that stood for nothing on the matter gave way on nothing. "Did they
 * back down?" right after a turn telling the party's refusal asks of what it refused there.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Lorn"),
  {
    id: "lorn-ferry",
    kind: "initiative",
    name: "Lorn ferry",
    description: "Ferry across the Lorn between Norvik and Castel",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-feb", entities, ["ferry", "fisheries"]);

const first = article("lorn-feb", "2026-02-11", {
  id: "2026-02-10-lorn-talks",
  title: "Norvik–Castel ferry talks in Port Elm",
  date: "2026-02-10",
  place: "Port Elm",
  facts: [
    [
      "toll-refused",
      "Castel refused to lower its ferry toll of 1,200 dollars per boat, which Norvik called too high.",
      ["castel", "norvik", "lorn-ferry"],
    ],
    [
      "grounds-refused",
      "Norvik refused to open its fishing grounds to Castel's trawlers.",
      ["norvik", "castel"],
    ],
  ],
});
const second = article("lorn-june", "2026-06-21", {
  id: "2026-06-20-lorn-talks",
  title: "Norvik–Castel ferry talks in Castelmar",
  date: "2026-06-20",
  place: "Castelmar",
  facts: [
    [
      "timetable",
      "Norvik and Castel agreed on a new timetable for the Lorn ferry crossings.",
      ["norvik", "castel", "lorn-ferry"],
    ],
    [
      "toll-cut",
      "Castel agreed on 20 June 2026 to cut its ferry toll to 800 dollars per boat, ending a four-month row with Norvik.",
      ["castel", "norvik", "lorn-ferry"],
    ],
    [
      "grounds-kept",
      "In June 2026 Norvik still refused to open its fishing grounds to Castel's trawlers.",
      ["norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-ferry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("did they back down? is answered by that party giving way", () => {
  it("answers with the party alone agreeing to what it had refused", () => {
    for (const question of ["did castel back down on the ferry toll?", "did castel cave on the toll?"]) {
      const result = askedIn(engine, question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/800 dollars/);
    }
  });

  it("answers no where the latest article has the party still refusing", () => {
    const result = askedIn(engine, "did norvik give in on the fishing grounds?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No — Norvik did not back down: In June 2026 Norvik still refused/);
  });

  it("does not read a joint agreement as one side backing down", () => {
    const result = askedIn(engine, "did norvik back down on the ferry timetable?");
    expect(result.answer).not.toMatch(/^Here is what my sources say: Norvik and Castel agreed/);
  });

  it("answers a bare follow-up of the party whose refusal the turn told", () => {
    const result = askedIn(engine, "did they back down?", "what did castel refuse to lower?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/800 dollars/);
    const kept = askedIn(engine, "did they cave in the end?", "what did norvik refuse to open?");
    expect(kept.answer).toMatch(/No — Norvik did not back down/);
  });

  it("does not carry one party's refusal over to another asked after it", () => {
    const result = askedIn(engine, "did norvik back down?", "what did castel refuse to lower?");
    expect(result.answer).not.toMatch(/800 dollars/);
  });

  it("does not read one party's giving way as another's", () => {
    const result = askedIn(engine, "did norvik back down on the ferry toll?");
    expect(result.answer).not.toMatch(/800 dollars/);
  });
});
