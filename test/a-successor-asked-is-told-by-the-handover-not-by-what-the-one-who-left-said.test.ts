/**
 * "Who replaced Orla Penn?" (or "who replaced her?" after "who is Orla Penn?") asks who took her
 * place: what she herself said, however well it matches, names no successor. The fact that tells
 * the handover from her answers ("Teo Marsk became envoy, replacing Orla Penn"); without one the
 * engine refuses.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const ENTITIES = [
  { id: "ombrel", kind: "country" as const, name: "Ombrel", description: "A country on the Salt Coast" },
  {
    id: "salt-council",
    kind: "organization" as const,
    name: "Salt Coast Council",
    description: "Body of the Salt Coast countries that sets fishing quotas",
  },
  {
    id: "orla-penn",
    kind: "person" as const,
    name: "Orla Penn",
    description: "Former envoy of the Salt Coast Council to Ombrel",
  },
  {
    id: "teo-marsk",
    kind: "person" as const,
    name: "Teo Marsk",
    description: "Envoy of the Salt Coast Council to Ombrel from June 2026",
  },
  {
    id: "rika-sol",
    kind: "person" as const,
    name: "Rika Sol",
    description: "Former adviser of the Salt Coast Council",
  },
];

function story(withHandover: boolean): string {
  return madeUpStore(`salt-coast-envoy-${withHandover ? "told" : "untold"}`, {
    outlet: "Harbour Ledger",
    title: "A new envoy for the Salt Coast Council",
    date: "2026-06-20",
    entities: ENTITIES,
    meetings: [
      {
        id: "2026-06-18-salt-council-review",
        title: "Salt Coast Council review in Ombrel",
        date: "2026-06-18",
        place: "Ombrel",
        participants: [
          ["ombrel", "member"],
          ["salt-council", "body"],
        ],
        topics: ["fishing", "envoy"],
        facts: [
          [
            "penn-quote",
            "Orla Penn said the council was checking every broken buoy it had handed to Ombrel.",
            ["orla-penn", "salt-council", "ombrel"],
          ],
          ...(withHandover
            ? ([
                [
                  "marsk-envoy",
                  "Teo Marsk became the Salt Coast Council's envoy to Ombrel on 1 June 2026, replacing Orla Penn.",
                  ["teo-marsk", "orla-penn", "salt-council", "ombrel"],
                ],
              ] as [string, string, string[]][])
            : []),
          ["sol-quote", "Rika Sol said the buoys were checked every month.", ["rika-sol", "salt-council"]],
        ],
      },
    ],
  });
}

const told = engineFrom(story(true));
const untold = engineFrom(story(false));

describe("a successor asked is told by the handover, not by what the one who left said", () => {
  it("answers 'who replaced orla penn?' with the handover from her", () => {
    const result = askedIn(told, "who replaced orla penn?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Teo Marsk became/);
    expect(result.answer).not.toMatch(/broken buoy/);
  });

  it("answers 'who replaced her?' after 'who is orla penn?' the same way", () => {
    const result = askedIn(told, "who replaced her?", "who is orla penn?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Teo Marsk became/);
  });

  it("refuses rather than give what she said when no fact tells who took her place", () => {
    const result = askedIn(untold, "who replaced orla penn?");
    expect(result.answer).not.toMatch(/broken buoy/);
  });
});
