/**
 * "Why was the boarding drill cut?" is answered by "the boarding drill planned for 13 June 2026 was
 * cut from the Velmar 2026 programme to make up for the day lost to the storm": the word before
 * "to" ends a phrase a preposition and a determiner open ("from the Velmar 2026 programme"), so it
 * is a noun there, though WordNet also has "programme" as a verb, and "to make up for" says what
 * the cut was for.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velmar-courier-drill-cut", {
    outlet: "Velmar Courier",
    title: "Storm shortens the Velmar naval exercise",
    date: "2026-06-14",
    entities: [...velmarShores()],
    meetings: [
      {
        id: "2026-06-12-velmar-naval-exercise",
        title: "Velmar 2026 joint naval exercise",
        date: "2026-06-12",
        place: "Ostra",
        participants: [
          ["norvia", "host"],
          ["estmark", "guest"],
        ],
        topics: ["naval exercise"],
        facts: [
          [
            "drill-cut",
            "A boarding drill planned for 13 June 2026 was cut from the Velmar 2026 programme to make up for the day lost to the storm.",
            ["norvia", "estmark"],
          ],
        ],
      },
    ],
  }),
);

describe("a purpose after a place in a programme says why it was cut", () => {
  it("gives the day lost as why the drill was cut", () => {
    const result = askedIn(engine, "why was the boarding drill cut?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("to make up for the day lost");
  });
});
