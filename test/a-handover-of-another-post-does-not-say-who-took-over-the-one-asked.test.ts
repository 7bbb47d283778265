/**
 * "Who took over the harbour authority after Vela?" is not answered by "Orsan took over as
 * Norvik's chief negotiator from Vela": the handover names the post it is of ("as …"), and the
 * harbour authority, which Vela's description says she once led, is nowhere in its sentence. The
 * post the handover is of is still answered.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-negotiators", {
    outlet: "Elm Gazette",
    title: "A new negotiator for Norvik",
    date: "2026-10-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "mira-vela",
        kind: "person",
        name: "Mira Vela",
        description:
          "Norvik's chief negotiator until October 2026; former head of Norvik's harbour authority",
      },
      {
        id: "tom-orsan",
        kind: "person",
        name: "Tom Orsan",
        description: "Norvik's chief negotiator from 1 October 2026",
      },
    ],
    meetings: [
      {
        id: "2026-10-01-norvik-castel-port-talks",
        title: "Norvik–Castel port talks",
        date: "2026-10-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["port", "ferries"],
        facts: [
          [
            "handover",
            "Tom Orsan took over as Norvik's chief negotiator on 1 October 2026 from Mira Vela.",
            ["tom-orsan", "mira-vela", "norvik"],
          ],
          [
            "signed",
            "Mira Vela, a former head of Norvik's harbour authority, signed the port agreement for Norvik.",
            ["mira-vela", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a handover of another post does not say who took over the one asked", () => {
  it("does not answer who took over another post with the negotiator's handover", () => {
    const answer = engine.answer("who took over the harbour authority after mira vela?");
    expect(answer.answer).not.toMatch(/Orsan/);
  });

  it("answers who took over the post the handover is of", () => {
    expect(engine.answer("who took over as chief negotiator after mira vela?").answer).toMatch(/Tom Orsan/);
  });
});
