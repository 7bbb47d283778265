/**
 * "When did he start?", "when did she get the job?", "since when has he had that job?", "how long
 * had he been minister?", "when did he leave the job?": of the one person asked, when their time in
 * their post began (or ended), told by a fact about them ("led the agency from 2017 until March
 * 2026", "became minister on 9 April 2026", "succeeded Dag Orn … in January 2023"). Never what is
 * still to come ("will take over … from 1 January 2027"), never a time said of someone else in the
 * same sentence, and only when the question asks nothing else of them.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("korrin-herald-ferry-agency", {
    outlet: "Korrin Herald",
    title: "New faces at the Korrin ferry agency",
    date: "2026-10-02",
    entities: [
      ...norviaAndEstmark(),
      {
        id: "korrin-ferry-agency",
        kind: "organization",
        name: "Korrin Ferry Agency",
        description: "Joint agency of Norvia and Estmark that runs the ferries across the Korrin Sound",
        aliases: ["KFA"],
      },
      {
        id: "aldo-brisk",
        kind: "person",
        name: "Aldo Brisk",
        description: "Former director of the Korrin Ferry Agency, from 2017 until March 2026",
      },
      {
        id: "mira-holt",
        kind: "person",
        name: "Mira Holt",
        description: "Director of the Korrin Ferry Agency since March 2026",
      },
      {
        id: "dag-orn",
        kind: "person",
        name: "Dag Orn",
        description: "Former Minister of Transport of Norvia",
      },
      {
        id: "lena-fell",
        kind: "person",
        name: "Lena Fell",
        description: "Minister of Transport of Norvia since January 2023",
      },
      {
        id: "per-sand",
        kind: "person",
        name: "Per Sand",
        description: "Deputy director of the Korrin Ferry Agency; acting director from 1 January 2027",
      },
      {
        id: "ola-vik",
        kind: "person",
        name: "Ola Vik",
        description: "Minister of Transport of Estmark",
      },
    ],
    meetings: [
      {
        id: "2026-10-01-korrin-ferry-board",
        title: "Korrin Ferry Agency board meeting in Korrin",
        date: "2026-10-01",
        place: "Korrin",
        participants: [
          ["lena-fell", "Norvia's Minister of Transport"],
          ["ola-vik", "Estmark's Minister of Transport"],
          ["mira-holt", "Director of the Korrin Ferry Agency"],
          ["korrin-ferry-agency", "convener"],
        ],
        topics: ["Korrin Sound ferries"],
        facts: [
          [
            "brisk-led",
            "Aldo Brisk led the Korrin Ferry Agency from 2017 until March 2026.",
            ["aldo-brisk", "korrin-ferry-agency"],
            null,
          ],
          [
            "holt-took-office",
            "Mira Holt, a Norvian harbour pilot, took office as director of the Korrin Ferry Agency in March 2026.",
            ["mira-holt", "korrin-ferry-agency"],
            null,
          ],
          [
            "fell-succeeded-orn",
            "Lena Fell succeeded Dag Orn as Norvia's Minister of Transport in January 2023.",
            ["lena-fell", "dag-orn", "norvia"],
            null,
          ],
          [
            "sand-acting",
            "Per Sand, deputy director of the Korrin Ferry Agency, will take over as acting director from 1 January 2027.",
            ["per-sand", "korrin-ferry-agency"],
            null,
          ],
          ["vik-quote", "Ola Vik said Estmark would add a night ferry from 2027.", ["ola-vik", "estmark"]],
        ],
      },
    ],
  }),
);

describe("when a person started or left their post is told by a fact about them", () => {
  it("answers when he started from the years said of him", () => {
    const result = askedIn(engine, "when did he start?", "who is aldo brisk?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2017");
  });

  it("answers when she got the job from her taking office", () => {
    const result = askedIn(engine, "when did she get the job?", "who is mira holt?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2026");
  });

  it("answers when he left the job from the one who succeeded him", () => {
    const result = askedIn(engine, "when did he leave the job?", "who is dag orn?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("January 2023");
  });

  it("does not answer with what is still to come", () => {
    const result = askedIn(engine, "since when has per sand been deputy director?");
    expect(result.answer).not.toContain("1 January 2027");
  });

  it("does not answer when a minister started with nothing said of him", () => {
    const result = askedIn(engine, "when did he start?", "who is ola vik?");
    expect(result.answered).toBe(false);
  });

  it("does not date a post the fact does not tell of", () => {
    const result = askedIn(
      engine,
      "since when has aldo brisk been director of the korrin ferry agency's board?",
    );
    expect(result.answer).not.toContain("2017");
  });

  it("does not answer a question that asks something else of the person", () => {
    const result = askedIn(engine, "when did aldo brisk agree to the night ferry?");
    expect(result.answer).not.toContain("2017");
  });
});
