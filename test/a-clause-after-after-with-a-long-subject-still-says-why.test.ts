/**
 * "Why did Norvia close Estmark's consulate in Ostra?" is answered by "Norvia ordered the Estmark
 * consulate in Ostra closed after an Estmark citizen working at the Ostra ferry port was arrested on
 * suspicion of spying": the clause after "after" is someone else's doing whose subject is a long
 * phrase, its verb a passive ("was arrested") more than a few words on.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velmar-courier-consulate-closed", {
    outlet: "Velmar Courier",
    title: "Norvia closes Estmark's consulate in Ostra",
    date: "2026-03-04",
    entities: [
      ...velmarShores(),
      {
        id: "estmark-consulate-ostra",
        kind: "organization",
        name: "Estmark consulate in Ostra",
        description: "Consulate general of Estmark in the Norvian port city of Ostra",
      },
      {
        id: "ostra-port",
        kind: "place",
        name: "Ostra",
        description: "Ferry port city on the Velmar lakes in Norvia",
      },
    ],
    meetings: [
      {
        id: "2026-03-03-norvia-closes-estmark-consulate",
        title: "Norvia orders Estmark's consulate in Ostra closed",
        date: "2026-03-03",
        place: "Ostra",
        participants: [
          ["norvia", "host"],
          ["estmark", "guest"],
        ],
        topics: ["consulate"],
        facts: [
          [
            "consulate-closed",
            "Norvia ordered the Estmark consulate in Ostra closed after an Estmark citizen working at the Ostra ferry port was arrested on suspicion of spying.",
            ["norvia", "estmark", "estmark-consulate-ostra", "ostra-port"],
          ],
        ],
      },
    ],
  }),
);

describe("a clause after 'after' with a long subject still says why", () => {
  it("gives the arrest as why the consulate was closed", () => {
    const result = askedIn(engine, "why did norvia close estmark's consulate in ostra?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("was arrested on suspicion of spying");
  });
});
