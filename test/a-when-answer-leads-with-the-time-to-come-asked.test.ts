/**
 * "When does Castel take over the chair?" of "The commission agreed that Castel will take over the
 * rotating chair … on 1 January 2027", dated the day of the session (17 November 2026): the time
 * asked is the time to come, so the answer leads with it ("On 1 January 2027: …"), not with the day
 * it was agreed. "When did the commission agree …?" still leads with that day, and a question the
 * store has nothing for stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-time-to-come", {
    outlet: "Elm Gazette",
    title: "The Elm Sea Commission plans its year",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-sea-commission",
        kind: "organization",
        name: "Elm Sea Coast and Fisheries Commission",
        description: "A joint commission of Norvik and Castel",
        aliases: ["ESC"],
      },
      {
        id: "port-elm-breakwater",
        kind: "initiative",
        name: "Port Elm breakwater",
        description: "A breakwater to be built at Port Elm",
      },
    ],
    meetings: [
      {
        id: "2026-11-17-elm-sea-commission-plans",
        title: "Elm Sea Commission session",
        date: "2026-11-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["chair", "breakwater"],
        facts: [
          [
            "castel-chair-from-2027",
            "The commission agreed that Castel will take over the rotating chair of the Elm Sea Coast and Fisheries Commission from Norvik on 1 January 2027.",
            ["castel", "norvik", "elm-sea-commission"],
          ],
          [
            "breakwater-start-march-2027",
            "The ministers said construction of the Port Elm breakwater is due to start in March 2027.",
            ["port-elm-breakwater"],
          ],
        ],
      },
    ],
  }),
);

describe("a when answer leads with the time to come asked", () => {
  it("leads with the day the chair changes hands, not the day it was agreed", () => {
    const result = engine.answer("when does castel take over the esc chair?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^On 1 January 2027: /);
    expect(result.answer).not.toContain("17 November 2026");
  });

  it("leads with the month the works start", () => {
    const result = engine.answer("when does construction of the port elm breakwater start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^In March 2027: /);
  });

  it("still leads with the day of the act when the question asks when it was done", () => {
    const result = engine.answer("when did the commission agree that castel would take over the esc chair?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^On 17 November 2026: /);
  });

  it("stays refused for a time the store does not give", () => {
    const result = engine.answer("when will the port elm breakwater be finished?");
    expect(result.answered).toBe(false);
  });
});
