/**
 * "How did Ombrel react?" after "what did the Salt Coast Council decide about Ombrel's request?":
 * the reply is Ombrel's own word or deed, said by Ombrel or one of its people, not the council
 * chair's remark that names Ombrel and shares more of the decision's words.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("salt-coast-reaction", {
    outlet: "Harbour Ledger",
    title: "Salt Coast Council turns down Ombrel",
    date: "2026-05-12",
    entities: [
      { id: "ombrel", kind: "country", name: "Ombrel", description: "A country on the Salt Coast" },
      { id: "tarsia", kind: "country", name: "Tarsia", description: "A country on the Salt Coast" },
      {
        id: "salt-council",
        kind: "organization",
        name: "Salt Coast Council",
        description: "Body of the Salt Coast countries that sets fishing quotas",
      },
      {
        id: "kessa-dorn",
        kind: "person",
        name: "Kessa Dorn",
        description: "Chair of the Salt Coast Council",
      },
      { id: "pavo-lind", kind: "person", name: "Pavo Lind", description: "Minister of Fisheries of Ombrel" },
    ],
    meetings: [
      {
        id: "2026-05-10-salt-council-session",
        title: "Salt Coast Council session in Tarsia",
        date: "2026-05-10",
        place: "Tarsia",
        participants: [
          ["ombrel", "member"],
          ["tarsia", "host"],
          ["salt-council", "body"],
        ],
        topics: ["fishing", "quota"],
        facts: [
          [
            "quota-refused",
            "The Salt Coast Council refused Ombrel's request to raise its herring quota.",
            ["salt-council", "ombrel"],
          ],
          [
            "chair-remark",
            "Kessa Dorn said Ombrel's herring quota request could not be raised again this year.",
            ["kessa-dorn", "salt-council", "ombrel"],
          ],
          [
            "lind-reaction",
            "Pavo Lind called the refusal a blow to every fishing town in Ombrel.",
            ["pavo-lind", "ombrel", "salt-council"],
          ],
          ["tarsia-port", "Tarsia will open a new fish market in its harbour in July 2026.", ["tarsia"]],
          [
            "tarsia-ferry",
            "Tarsia and Ombrel will run a night ferry between their capitals from August.",
            ["tarsia", "ombrel"],
          ],
          [
            "council-budget",
            "The Salt Coast Council's budget for 2027 is 4 million euros.",
            ["salt-council"],
          ],
          [
            "council-office",
            "The Salt Coast Council will move its secretariat to Tarsia in 2027.",
            ["salt-council", "tarsia"],
          ],
          ["tarsia-patrol", "Tarsia will buy two patrol boats for its coast guard.", ["tarsia"]],
          ["ombrel-port", "Ombrel will dredge the harbour of its largest port next spring.", ["ombrel"]],
        ],
      },
    ],
  }),
);

const DECIDED = "did the salt coast council refuse ombrel's herring quota request?";

describe("a reaction asked of a country is its own word, not another's that names it", () => {
  it("answers with what Ombrel's minister said, not the council chair's remark about Ombrel", () => {
    const result = askedIn(engine, "how did ombrel react?", DECIDED);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/a blow to every fishing town/);
    expect(result.answer).not.toMatch(/could not be raised again/);
  });
});
