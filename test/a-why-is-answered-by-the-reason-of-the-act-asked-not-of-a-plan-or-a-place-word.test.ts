/**
 * "Why is Castel paying for the Tarn bridge?" is not answered by "The Tarn bridge is still due to be
 * finished by the end of 2028, but its estimated cost has risen …": a plan and what came in its way
 * explain why the plan changed ("why was the opening pushed back?"), not another act the question
 * asks. And in "why is a footbridge being built near Port Elm?", "near" before the place is no
 * second act: a reason found after "near Port Elm" in a fact that never tells the building ("its
 * cost has risen … after engineers lengthened it") is not why it is built.
 */
import { describe, expect, it } from "vitest";
import { scoringContext } from "../src/engine/score.ts";
import { givesReason } from "../src/engine/score-reason.ts";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-tarn-bridge", {
    outlet: "Elm Gazette",
    title: "The Tarn bridge costs more; a footbridge for deer",
    date: "2026-10-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-bridge",
        kind: "initiative",
        name: "Tarn bridge",
        description: "A road bridge over the Tarn between Norvik and Castel",
        aliases: [],
      },
      {
        id: "elm-deer-footbridge",
        kind: "initiative",
        name: "Elm deer footbridge",
        description: "A footbridge for deer over the coast road",
        aliases: ["deer footbridge"],
      },
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A port town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-10-19-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-10-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridges"],
        facts: [
          [
            "tarn-bridge-cost-rose",
            "The Tarn bridge is still due to be finished by the end of 2028, but its estimated cost has risen from 90 million to 104 million euros.",
            ["tarn-bridge", "castel"],
            null,
            ["cost", "risen", "finished"],
          ],
          [
            "tarn-opening-due-but",
            "The Tarn bridge was due to open in March 2028, but divers found an old wreck where the piers were to stand, and it will now open in May 2029.",
            ["tarn-bridge"],
            null,
            ["opening", "postponed", "delay"],
          ],
          [
            "norvik-pays-approach-roads",
            "Norvik pays for the approach roads of the Tarn bridge.",
            ["norvik", "tarn-bridge"],
            null,
            ["pays", "roads"],
          ],
          [
            "deer-footbridge-agreed",
            "Norvik and Castel agreed to build the Elm deer footbridge near Port Elm.",
            ["norvik", "castel", "elm-deer-footbridge", "port-elm"],
            null,
            ["build", "footbridge"],
          ],
          [
            "deer-footbridge-cost",
            "The estimated cost of the Elm deer footbridge near Port Elm has risen from 4 million to 6 million euros after engineers lengthened it from 60 to 85 metres.",
            ["elm-deer-footbridge", "port-elm"],
            null,
            ["cost", "revised"],
          ],
        ],
      },
    ],
  }),
);

describe("a why is answered by the reason of the act asked, not of a plan or a place word", () => {
  // (The whole engine refuses this store's question for other reasons too: the reason check itself.)
  const reasonIn = (question: string, id: string) => {
    const plan = understand(question, engine.base).plan;
    const indexed = engine.base.fact(id);
    if (!indexed) throw new Error(`no fact ${id}`);
    return givesReason(plan, scoringContext(plan, engine.base, undefined).acts, indexed, engine.base);
  };

  it("does not take a plan whose cost rose as why Castel pays for the bridge", () => {
    expect(reasonIn("why is castel paying for the tarn bridge?", "tarn-bridge-cost-rose")).toBe(false);
  });

  it("takes what came in a plan's way as why it was put off", () => {
    expect(reasonIn("why was the opening of the tarn bridge pushed back?", "tarn-opening-due-but")).toBe(
      true,
    );
  });

  it("still answers why the opening was pushed back with what came in the plan's way", () => {
    const result = engine.answer("why was the opening of the tarn bridge pushed back?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/old wreck/);
  });

  it("does not take a reason after 'near' a place as why a thing is built", () => {
    expect(engine.answer("why is the deer footbridge being built near port elm?").answer).not.toMatch(
      /lengthened/,
    );
  });

  it("still answers why the footbridge's cost went up", () => {
    expect(engine.answer("why did the cost of the deer footbridge go up?").answer).toMatch(/lengthened/);
  });
});
