/**
 * "Where did the pipeline leak?" is not answered by the venue of a meeting where someone spoke of
 * the leak: the venue says where the remark was made, and where an act was done only when the
 * fact tells that act itself ("signed the accord") or the saying is what is asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: a pipeline accord signed at a hall, and a remark there about a leak. */
const engine = engineFrom(
  madeUpStore("elm-gazette-pipeline", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign pipeline accord",
    date: "2026-05-13",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      {
        id: "ida-berne",
        kind: "person",
        name: "Ida Berne",
        description: "Head of the Norvik pipeline authority",
        aliases: ["Berne"],
      },
    ],
    meetings: [
      {
        id: "2026-05-12-port-elm-pipeline-talks",
        title: "Norvik–Castel pipeline talks in Port Elm",
        date: "2026-05-12",
        place: "Harbour Hall, Port Elm",
        participants: NORVIK_AND_CASTEL,
        summary: "Norvik and Castel signed the Skarra Pipeline Accord.",
        topics: ["energy"],
        facts: [
          [
            "pipeline-accord-signed",
            "Norvik and Castel signed the Skarra Pipeline Accord.",
            ["norvik", "castel"],
          ],
          [
            "leak-findings-july",
            "Ida Berne said the findings of the inquiry into the pipeline leak were expected by July 2026.",
            ["ida-berne"],
          ],
        ],
      },
    ],
  }),
);

describe("where a remark was made is not where what it speaks of happened", () => {
  it("does not answer where the pipeline leaked with the hall where the leak was spoken of", () => {
    const result = engine.answer("where did the pipeline leak?");
    expect(result.answered).toBe(false);
  });

  it("still answers where the accord was signed with the meeting's venue", () => {
    const result = engine.answer("where was the skarra pipeline accord signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Harbour Hall");
  });

  it("still answers where the remark was made when the saying is asked", () => {
    const result = engine.answer("where did Ida Berne say the leak findings were expected?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Harbour Hall");
  });
});
