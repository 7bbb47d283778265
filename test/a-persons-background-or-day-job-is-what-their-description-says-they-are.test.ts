/**
 * "What's his background?" after "who took over the ferry company?", "whats her day job?", "what
 * does Mira Holt do for a living?": what the person is, as their description tells it ("Norvian
 * harbour pilot"), not a fact that happens to use the word asked.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("sound-post-ferry-company", {
    outlet: "Sound Post",
    title: "A harbour pilot takes over the Korrin ferry company",
    date: "2026-11-03",
    entities: [
      {
        id: "norvia",
        kind: "country",
        name: "Norvia",
        description: "Country on the north shore of the Korrin Sound",
      },
      {
        id: "korrin-ferry-company",
        kind: "organization",
        name: "Korrin Ferry Company",
        description: "Joint company of Norvia and Estmark that runs the ferries across the Korrin Sound",
      },
      {
        id: "mira-holt",
        kind: "person",
        name: "Mira Holt",
        description: "Norvian harbour pilot; chair of the Korrin Ferry Company since 1 November 2026",
      },
    ],
    meetings: [
      {
        id: "2026-11-01-korrin-ferry-company-board",
        title: "Korrin Ferry Company board meeting in Korrin",
        date: "2026-11-01",
        place: "Korrin",
        participants: [
          ["mira-holt", "chair of the Korrin Ferry Company"],
          ["korrin-ferry-company", "convener"],
        ],
        topics: ["Korrin Sound ferries"],
        facts: [
          [
            "holt-took-over",
            "Mira Holt took over the Korrin Ferry Company on 1 November 2026, and she said fares would stay the same.",
            ["mira-holt", "korrin-ferry-company"],
          ],
          [
            "night-ferry",
            "The Korrin Ferry Company will add a night ferry from Norvia in 2027.",
            ["korrin-ferry-company", "norvia"],
          ],
        ],
      },
    ],
  }),
);

describe("a person's background or day job is what their description says they are", () => {
  it("answers her background from her description", () => {
    const result = askedIn(
      engine,
      "what's her background?",
      "who took over the korrin ferry company in november?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("harbour pilot");
  });

  it("answers her day job from her description", () => {
    const result = askedIn(engine, "whats mira holt's day job?");
    expect(result.answer).toContain("harbour pilot");
  });

  it("answers what she does for a living", () => {
    const result = askedIn(engine, "what does mira holt do for a living?");
    expect(result.answer).toContain("harbour pilot");
  });
});
