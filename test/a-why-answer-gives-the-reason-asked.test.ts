/**
 * A why-question is answered only by a fact that gives a reason for the act asked, by the one
 * asked: the act itself after "to" ("agreed in Port Elm to lease …") is no purpose of itself; a
 * refusal's reason ("rejected …, saying there was no money") is no reason for what the refused
 * one wanted, nor a thanker's ("congratulated …, calling it …") for what was thanked for; and a
 * wish is explained by the wisher's own saying (not another's the question names after the
 * wish), never by a saying denied ("could not agree").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries' talks on shared sea patrols, and what each wanted or turned down. */
const engine = engineFrom(
  madeUpStore("elm-gazette-sea-patrols", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel to share sea patrols",
    date: "2026-03-11",
    entities: [
      {
        id: "northern-sea-council",
        kind: "organization",
        name: "Northern Sea Council",
        description: "A council of the northern sea states",
        aliases: ["NSC"],
      },
      {
        id: "ivo-brandt",
        kind: "person",
        name: "Ivo Brandt",
        description: "Secretary General of the Northern Sea Council",
        aliases: ["Brandt"],
      },
      ...norvikAndCastel("A coastal country", "A coastal country"),
      { id: "skarra", kind: "place", name: "Skarra", description: "An island of Norvik", aliases: [] },
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Minister of Fisheries of Norvik",
        aliases: ["Lund"],
      },
    ],
    meetings: [
      {
        id: "2026-03-10-port-elm-patrol-talks",
        title: "Norvik–Castel sea patrol talks in Port Elm",
        date: "2026-03-10",
        place: "Port Elm",
        participants: [
          ["petra-lund", "Minister of Fisheries of Norvik"],
          ["castel", "participant"],
        ],
        summary: "Norvik and Castel agreed to lease patrol boats together.",
        topics: ["fisheries"],
        facts: [
          [
            "patrol-boats-leased",
            "On 10 March 2026 the fisheries ministers of Norvik and Castel agreed in Port Elm to lease two patrol boats together.",
            ["norvik", "castel"],
          ],
          [
            "radar-request-rejected",
            "Castel rejected Norvik's request for a coastal radar on Skarra, saying there was no money for it.",
            ["castel", "norvik", "skarra"],
          ],
          [
            "nets-not-agreed",
            "Norvik and Castel could not agree on which fishing nets the joint patrols should seize.",
            ["norvik", "castel"],
          ],
          [
            "brandt-congratulated-regatta",
            "Ivo Brandt of the Northern Sea Council congratulated Norvik on hosting the regatta, calling it a sign of the region's trust in Norvik.",
            ["ivo-brandt", "northern-sea-council", "norvik"],
          ],
          [
            "lund-drift-nets",
            "Petra Lund said Norvik wants the joint patrols to seize drift nets, which kill dolphins.",
            ["petra-lund", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-question answered only by a reason for the act asked, by the one asked", () => {
  it("does not take the act asked, after its 'to', as its own purpose ('agreed in Port Elm to lease')", () => {
    const result = engine.answer("why did the ministers agree to lease patrol boats together?");
    expect(result.answered).toBe(false);
  });

  it("does not give a refusal's reason as why the refused side wanted it", () => {
    const result = engine.answer("why does Norvik want a coastal radar on Skarra?");
    expect(result.answered).toBe(false);
  });

  it("still gives the refusal's reason when the refusal is asked about", () => {
    const result = engine.answer("why did Castel reject the coastal radar on Skarra?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("no money");
  });

  it("does not take a saying denied ('could not agree') as why one side wanted something", () => {
    const result = engine.answer("why did Castel want the patrols to seize fishing nets?");
    expect(result.answered).toBe(false);
  });

  it("does not give a thanker's words ('congratulated …, calling it …') as why the one thanked wants it", () => {
    const result = engine.answer("why does Norvik want to host the regatta?");
    expect(result.answered).toBe(false);
  });

  it("does not take the saying of another the question names after the wish as the wisher's", () => {
    const result = engine.answer("why does Norvik want to host the Northern Sea Council regatta?");
    expect(result.answered).toBe(false);
  });

  it("takes what the side's own minister said as why it wants something", () => {
    const result = engine.answer("why does Norvik want the patrols to seize drift nets?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("dolphins");
  });
});
