/**
 * "Who's the new boss of Tavira's antiquities office?": the question names the body by its own
 * words ("antiquities office", what its description says it is), not by its name, and that body is
 * what is led, never its leader. The answer is the person the fact names as its head, and, asked
 * in the present, the one a later article says took over from them; a body whose head the store
 * does not name stays refused rather than answered with the body itself.
 */
import { describe, expect, it } from "vitest";
import { combinedDataDir, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  { id: "tavira", kind: "country", name: "Tavira", description: "Coastal country" },
  {
    id: "corvel-authority",
    kind: "organization",
    name: "Corvel Museums Authority",
    aliases: ["CMA"],
    description: "Tavira's antiquities office; led by Ines Marro until 1 May 2026, then by Paulo Viana",
  },
  {
    id: "sarno-lines",
    kind: "organization",
    name: "Sarno Lines",
    description: "Ferry company of Tavira",
  },
  {
    id: "ines-marro",
    kind: "person",
    name: "Ines Marro",
    description:
      "Director of the Corvel Museums Authority until she was replaced by Paulo Viana on 1 May 2026",
  },
  {
    id: "paulo-viana",
    kind: "person",
    name: "Paulo Viana",
    description: "Director of the Corvel Museums Authority since 1 May 2026, replacing Ines Marro",
  },
];

const early = madeUpStore("corvel-early", {
  outlet: "Tavira Morning Post",
  title: "Corvel museums plan a new wing",
  date: "2026-02-10",
  entities,
  meetings: [
    {
      id: "2026-02-09-corvel",
      title: "Corvel Museums Authority board meeting",
      date: "2026-02-09",
      place: "Corvel",
      participants: [["corvel-authority", "host"]],
      topics: ["museums"],
      facts: [
        [
          "marro-director",
          "Ines Marro is director of Tavira's Corvel Museums Authority (CMA).",
          ["ines-marro", "corvel-authority", "tavira"],
          undefined,
          ["head", "chief", "runs", "antiquities office"],
        ],
        [
          "sarno-route",
          "The Corvel–Ilha ferry route will be run by Sarno Lines, a ferry company founded in 1998.",
          ["sarno-lines"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("corvel-later", {
  outlet: "Tavira Evening Herald",
  title: "New director at the Corvel museums",
  date: "2026-06-15",
  entities: [],
  meetings: [
    {
      id: "2026-06-14-corvel",
      title: "Corvel Museums Authority handover",
      date: "2026-06-14",
      place: "Corvel",
      participants: [["corvel-authority", "host"]],
      topics: ["museums"],
      facts: [
        [
          "viana-took-over",
          "Paulo Viana took over as director of Tavira's Corvel Museums Authority (CMA) on 1 May 2026, replacing Ines Marro.",
          ["paulo-viana", "ines-marro", "corvel-authority", "tavira"],
          undefined,
          ["took over"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(combinedDataDir(early, later));

describe("the body a who-question describes by its words is what is led, not its leader", () => {
  it("answers 'who's the new boss of tavira's antiquities office' with the one who took over", () => {
    const result = engine.answer("who's the new boss of tavira's antiquities office");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Paulo Viana");
    expect(result.answer).not.toMatch(/^Corvel Museums Authority\./);
  });

  it("does not answer 'who heads the ferry company' with the ferry company itself", () => {
    const result = engine.answer("who heads the ferry company");
    expect(result.answer).not.toMatch(/^Sarno Lines\./);
  });
});
