/**
 * "Why does Castel charge a fee on goat crossing at Port Elm?" asks why Castel charges: "about 900
 * herders have crossed without paying because they had fewer than ten goats" gives the reason of
 * another act, told with a word the question only uses to name a thing ("a *fee*", "goat
 * *crossing*"). And "why did Norvik want in on the turtle patrol?" is not answered by "Norvik will
 * send 12 rangers to patrol the beach": the "to" there says what Norvik's own act, the sending, is
 * for. A fact that gives the reason of the act asked still answers, and a word after a determiner
 * that another of the question's words follows ("a *joint* commission") is still the question's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-goats-and-turtles", {
    outlet: "Elm Gazette",
    title: "Goat fee kept; Norvik joins the turtle patrol",
    date: "2026-07-04",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-turtle-patrol",
        kind: "organization",
        name: "Elm Turtle Patrol",
        description: "A joint patrol of the turtle nesting beaches on the Elm Sea",
        aliases: ["turtle patrol"],
      },
    ],
    meetings: [
      {
        id: "2026-07-03-norvik-castel-border-talks",
        title: "Norvik–Castel border talks",
        date: "2026-07-03",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["goats", "turtles"],
        facts: [
          [
            "herders-crossed-free",
            "Since the lower goat-crossing fee came into force on 1 June 2026, about 900 herders have crossed at Elmford without paying because they had fewer than ten goats.",
            ["castel"],
          ],
          [
            "norvik-harbour-charge",
            "Norvik charges ships a harbour fee of 3 dollars a tonne at Port Elm.",
            ["norvik"],
          ],
          [
            "accord-joint-commission",
            "The Elmford accord sets up a joint commission that will monitor the water of Lake Elm every season.",
            ["norvik", "castel"],
          ],
          [
            "norvik-rangers",
            "Norvik will send 12 rangers to patrol 18 kilometres of beach for the Elm Turtle Patrol each nesting season.",
            ["norvik", "elm-turtle-patrol"],
          ],
          [
            "castel-joined-patrol",
            "Castel joined the Elm Turtle Patrol in June, to protect the nesting beaches of its southern coast.",
            ["castel", "elm-turtle-patrol"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-answer gives the reason for the verb asked, not for another act", () => {
  it("does not give why herders crossed free as why Castel charges the fee", () => {
    const result = engine.answer("why does castel charge a fee on goat crossing at elmford?");
    expect(result.answer).not.toMatch(/fewer than ten goats/);
  });

  it("does not give what Norvik's rangers are sent to do as why it wanted in", () => {
    expect(engine.answer("why did norvik want in on the turtle patrol?").answer).not.toMatch(
      /send 12 rangers/,
    );
  });

  it("still gives a purpose told of the act asked", () => {
    const result = engine.answer("why did castel join the turtle patrol?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/protect the nesting beaches/);
  });

  it("still reads a modifier after a determiner as the question's word ('a joint commission')", () => {
    const result = engine.answer("why does the elmford accord set up a joint commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/will monitor the water/);
  });

  it("still gives why herders crossed free when that is asked", () => {
    const result = engine.answer("why did herders cross at elmford without paying?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/fewer than ten goats/);
  });
});
