/**
 * "Where was the Kolna crossing agreement signed?" of "Norvik and Castel signed an agreement on 18
 * June 2026 to widen the Kolna border crossing": the place the sentence names is what the agreement
 * is about, not where it was signed; the meeting's venue is. A sentence that says where it was
 * signed ("signed … in Port Elm") still answers itself.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-crossing", {
    outlet: "Elm Business Daily",
    title: "Norvik and Castel sign the Kolna crossing agreement",
    date: "2026-06-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "crossing-deal",
        kind: "initiative",
        name: "Kolna crossing agreement",
        description: "Norvik–Castel agreement to widen the Kolna border crossing",
      },
      {
        id: "ferry-deal",
        kind: "initiative",
        name: "Elm ferry agreement",
        description: "Norvik–Castel agreement on a ferry across the Elm Sea",
      },
      { id: "kolna-crossing", kind: "place", name: "Kolna border crossing", description: "Road crossing" },
      { id: "port-elm", kind: "place", name: "Port Elm", description: "Port town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-06-18-signing",
        title: "Signing of the Kolna crossing agreement in Tarvo",
        date: "2026-06-18",
        place: "Tarvo",
        participants: NORVIK_AND_CASTEL,
        topics: ["border crossing"],
        facts: [
          [
            "crossing-signed",
            "Norvik and Castel signed the Kolna crossing agreement on 18 June 2026 to widen the Kolna border crossing.",
            ["norvik", "castel", "crossing-deal", "kolna-crossing"],
          ],
          [
            "ferry-signed",
            "Norvik and Castel signed the Elm ferry agreement in Port Elm on 18 June 2026.",
            ["norvik", "castel", "ferry-deal", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("where an agreement was signed is its meeting's venue", () => {
  it("answers with the venue, not the crossing the agreement is about", () => {
    expect(engine.answer("where was the kolna crossing agreement signed?").answer).toMatch(/^In Tarvo: /);
  });

  it("still answers with the place a sentence says it was signed in", () => {
    const answer = engine.answer("where was the elm ferry agreement signed?").answer;
    expect(answer).toContain("Port Elm");
    expect(answer).not.toContain("Tarvo");
  });
});
