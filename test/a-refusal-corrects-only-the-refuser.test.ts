/**
 * "Norvik asked for medical students to be included, but Castel refused" says what Castel turned
 * down; it does not say Norvik and Castel never wanted an exchange. A question that has both act
 * is not corrected by a clause of one of them alone; a question about the refuser's own act is.
 * (Asked of what would correct the premise, as the answer does when nothing else answers it.)
 */
import { describe, expect, it } from "vitest";
import { resolveContext } from "../src/engine/context.ts";
import { correctingFact } from "../src/engine/premise.ts";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries talk about a student exchange. */
const engine = engineFrom(
  madeUpStore("elm-gazette-student-exchange", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel talk about a student exchange",
    date: "2026-03-19",
    entities: norvikAndCastel("A country"),
    meetings: [
      {
        id: "2026-03-18-norvik-castel-exchange-talks",
        title: "Norvik–Castel student exchange talks",
        date: "2026-03-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        summary: "Norvik and Castel opened talks on a student exchange.",
        topics: ["education"],
        facts: [
          [
            "medical-refused",
            "At the Port Elm talks Norvik asked for medical students to be included in the student exchange, but Castel refused.",
            ["norvik", "castel"],
          ],
          [
            "talks-opened",
            "On 18 March 2026 Norvik and Castel opened talks in Port Elm on a student exchange without tuition fees.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);
const kb = engine.knowledge();

/** What would correct the question's premise, were nothing else found to answer it. */
function correctionOf(question: string): string | undefined {
  const [read] = resolveContext(understand(question, kb), undefined, kb);
  if (read?.kind !== "read") throw new Error(`not read: ${question}`);
  return correctingFact(read, kb)?.indexed.fact.id;
}

describe("a refusal corrects only the refuser's own act", () => {
  it("does not take one side's refusal as denying what both want", () => {
    expect(correctionOf("why do norvik and castel want a student exchange at all?")).toBeUndefined();
  });

  it("still takes the refusal as correcting the refuser's own act", () => {
    expect(correctionOf("why did Castel include medical students in the student exchange?")).toBe(
      "medical-refused",
    );
  });
});
