/**
 * "Why did Castel refuse to scrap the border fee?" where the refusal is told with no reason of its
 * own: the next sentence of the article, Castel's minister denying something in words of her own
 * ("would not give up money that keeps its roads open"), is Castel's objection, though it shares
 * no word with the question; so is a remark by "Ivo Marr, Castel's Minister of Transport, said …"
 * (a title between commas). Another party's minister in the next sentence is no reason of Castel's.
 * "Why not?" after an unanswered "did Castel accept Norvik's offer?" asks why Castel refused it.
 * And what only looks like a reason is none: a purpose after a month ("will meet in March 2027 to
 * set the fares" for "… in March?"), ", to be held in …", "six months after it refused".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  madeUpStore,
  norvikAndCastel,
  PORT_ELM_BORDER_FEE,
  PORT_ELM_FEE_REFUSED,
} from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-reasons", {
    outlet: "Elm Gazette",
    title: "Castel keeps its border fee",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      { id: "lena-varga", kind: "person", name: "Lena Varga", description: "Castel's Minister of Finance" },
      { id: "ivo-marr", kind: "person", name: "Ivo Marr", description: "Minister of Transport of Castel" },
      { id: "tom-berg", kind: "person", name: "Tom Berg", description: "Norvik's Minister of Trade" },
      PORT_ELM_BORDER_FEE,
      {
        id: "elm-ferry",
        kind: "other",
        name: "Elm ferry",
        description: "A ferry across the Elm between Norvik and Castel",
      },
    ],
    meetings: [
      {
        // The March talks of the shared store, told here with the reasons' sentences.
        ...PORT_ELM_FEE_REFUSED,
        facts: [
          ["fee-refused", "Castel refused to scrap the border fee.", ["castel", "border-fee"]],
          [
            "varga-roads",
            "Lena Varga said Castel would not give up money that keeps its roads open.",
            ["lena-varga", "castel"],
          ],
          ["rail-refused", "Castel refused to join the rail board.", ["castel"]],
          ["berg-wait", "Tom Berg said Norvik would not wait for Castel forever.", ["tom-berg", "norvik"]],
          ["toll-refused", "Castel refused to lower the bridge toll.", ["castel"]],
          [
            "talks-held",
            "Norvik and Castel held border talks in Port Elm on 11 March 2026.",
            ["norvik", "castel"],
          ],
          [
            "marr-toll",
            "Ivo Marr, Castel's Minister of Transport, said the toll pays for repairs to the bridge.",
            ["ivo-marr", "castel"],
          ],
          [
            "ferry-agreed",
            "Castel agreed on 11 March 2026 to run the Elm ferry, six months after it refused the idea.",
            ["castel", "elm-ferry"],
          ],
          [
            "ferry-fares-meeting",
            "The ferry commission will meet in Elmford in March 2027 to set the Elm ferry fares.",
            ["elm-ferry"],
          ],
          [
            "seat-postponed",
            "The ferry commission postponed a decision on Castel's seat to its next meeting, to be held in Elmford in May 2027.",
            ["castel", "elm-ferry"],
          ],
        ],
      },
    ],
  }),
);

function afterFirst(first: string, next: string) {
  const before = engine.answer(first);
  return engine.answer(next, undefined, before.turn ? { previous: before.turn } : {});
}

describe("a refuser's reason may be its next sentence or its titled minister's word", () => {
  it("takes the refuser's own denial told right after the refusal as its reason", () => {
    const result = engine.answer("why did castel refuse to scrap the border fee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("roads open");
  });

  it("does not take another party's remark told right after the refusal", () => {
    const result = engine.answer("why did castel refuse to join the rail board?");
    expect(result.answer).not.toContain("Tom Berg");
  });

  it("hears a minister named with a title between commas", () => {
    const result = engine.answer("why did castel refuse to lower the bridge toll?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("repairs to the bridge");
  });

  it("reads 'why not?' after an unanswered 'did X accept …?' as why X refused it", () => {
    const result = afterFirst("did castel accept norvik's offer on the border fee?", "why not?");
    expect(result.reading ?? "").toContain("why did castel refuse norvik's offer on the border fee?");
  });

  it("gives no reason from a span before 'after', a purpose after a month, or ', to be held'", () => {
    expect(engine.answer("why did castel agree to run the elm ferry?").answer).not.toContain(
      "six months after",
    );
    expect(engine.answer("why did castel agree to run the elm ferry in march?").answer).not.toContain(
      "to set the Elm ferry fares",
    );
    expect(engine.answer("why does castel want a seat on the ferry commission?").answer).not.toContain(
      "to be held",
    );
  });
});
