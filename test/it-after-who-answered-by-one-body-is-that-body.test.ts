/**
 * After a who-question answered by one body ("who will hire the dock workers?" — the Harbour Labour
 * Bureau), "who runs it?" asks who runs that body, not the scheme the question was about; and a fact
 * whose act is done by the body itself ("hiring will be run by a new office, the Harbour Labour
 * Bureau") names no one who runs the body.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("dock-workers", {
    outlet: "Grey Gulf Courier",
    title: "Velmar and Estmark agree a dock workers scheme",
    date: "2026-11-20",
    entities: [
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "scheme",
        kind: "initiative",
        name: "Velmar–Estmark dock workers scheme",
        description: "Scheme for Estmarki dock workers to work in Velmari ports",
      },
      {
        id: "bureau",
        kind: "organization",
        name: "Harbour Labour Bureau",
        description: "New Estmarki public office hiring dock workers for Velmar",
      },
      {
        id: "orlen",
        kind: "person",
        name: "Mira Orlen",
        description: "Director of the Harbour Labour Bureau",
      },
    ],
    meetings: [
      {
        id: "2026-11-18-dock-talks",
        title: "Velmar–Estmark dock workers talks in Velmar",
        date: "2026-11-18",
        place: "Velmar",
        participants: [
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["dock workers", "ports"],
        facts: [
          [
            "bureau-hires",
            "Hiring of the dock workers will be run by a new public office, the Harbour Labour Bureau, which opens in January 2027.",
            ["bureau", "scheme"],
          ],
          [
            "orlen-director",
            "Mira Orlen runs the Harbour Labour Bureau as its director.",
            ["orlen", "bureau"],
          ],
        ],
      },
    ],
  }),
);

describe("'it' after a who-question answered by one body", () => {
  it("reads 'it' as the body the answer named and tells who heads it", () => {
    const result = askedIn(engine, "who runs it?", "who will hire the dock workers?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Taking "it" as Harbour Labour Bureau/);
    expect(result.answer).toMatch(/Orlen/);
  });

  it("does not answer who runs a body with the act the body itself runs", () => {
    const result = askedIn(engine, "who runs the harbour labour bureau?");
    expect(result.answer).not.toMatch(/^Hiring of the dock workers/);
  });
});
