/**
 * The answer is of the kind the question asks for. "When does Mira Holt take over?" needs the time
 * of the taking over, not the "since 2019" of a clause that describes her; "how much does each of
 * the new ferries cost?" the price of one, not the whole upgrade's; "what does a fare cost now?"
 * what stands, not one side's proposal, nor "why was Elm Peak chosen?" why it was proposed; "what will the cable cost?" a sum of money; "how many
 * volunteers?" a number of them, not their ages; "how many members?" not a share of their catch;
 * "how many people live in Port Elm?" people who live there, not owners who "could lose their
 * living". Nearby questions the store does answer stay answered.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-and-hatchery", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign the Elm ferry and hatchery deal",
    date: "2026-10-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "mira-holt",
        kind: "person",
        name: "Mira Holt",
        description: "Castel sturgeon geneticist; director of the Elm sturgeon hatchery",
        aliases: ["Holt"],
      },
      {
        id: "oskar-lind",
        kind: "person",
        name: "Oskar Lind",
        description: "Former director of the Elm sturgeon hatchery",
        aliases: ["Lind"],
      },
      {
        id: "elm-hatchery",
        kind: "organization",
        name: "Elm sturgeon hatchery",
        description: "A sturgeon hatchery on the Elm river run by Norvik and Castel",
      },
      {
        id: "brill-station",
        kind: "organization",
        name: "Brill Research Station",
        description: "A fisheries research station in Castel",
      },
      {
        id: "elm-fishers-union",
        kind: "organization",
        name: "Elm Fishers' Union",
        description: "A union of Norvik fishing boat owners",
      },
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-10-14-norvik-castel-elm-session",
        title: "Norvik–Castel Elm river session",
        date: "2026-10-14",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "hatchery"],
        facts: [
          [
            "holt-replaces-lind",
            "Mira Holt, a Castel geneticist who has headed the broodstock unit of the Brill Research Station since 2019, replaces Oskar Lind as director of the Elm sturgeon hatchery.",
            ["mira-holt", "oskar-lind", "elm-hatchery", "brill-station"],
          ],
          [
            "holt-takes-over",
            "Mira Holt takes over as director of the Elm sturgeon hatchery on 1 November 2026.",
            ["mira-holt", "elm-hatchery"],
            null,
          ],
          [
            "ferry-upgrade-cost",
            "The cost of the Elm ferry upgrade, with two new ferries and new berths, rose from 54 million to 61 million euros.",
            ["norvik", "castel"],
          ],
          [
            "fare-proposed",
            "Norvik proposed a one-way fare of 18 euros on the Elm ferry so that it could pay its own running costs.",
            ["norvik"],
          ],
          [
            "fare-agreed",
            "Under the October agreement the standard one-way fare on the Elm ferry will be 12 euros.",
            ["norvik", "castel"],
          ],
          [
            "cable-signed",
            "Norvik and Castel signed an agreement to build the Elm river data cable between Port Elm and Castel.",
            ["norvik", "castel", "port-elm"],
          ],
          [
            "trial-volunteers",
            "Under the hatchery trial, volunteers aged 18 to 65 tag two young sturgeon each at two sites on the Elm river.",
            ["elm-hatchery"],
          ],
          [
            "union-share",
            "The chairman of the Elm Fishers' Union said his members lost about 12 percent of their catch in 2026.",
            ["elm-fishers-union"],
          ],
          [
            "owners-living",
            "The Elm Fishers' Union warned that 63 boat owners in Port Elm could lose their living to the ferry.",
            ["elm-fishers-union", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

const radar = engineFrom(
  madeUpStore("elm-gazette-radar", {
    outlet: "Elm Gazette",
    title: "Where the Elm storm radar should stand",
    date: "2026-07-16",
    entities: [
      ...norvikAndCastel(),
      { id: "elm-peak", kind: "place", name: "Elm Peak", description: "The highest point in Norvik" },
    ],
    meetings: [
      {
        id: "2026-07-15-norvik-castel-radar-talks",
        title: "Norvik–Castel storm radar talks",
        date: "2026-07-15",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["radar", "storms"],
        facts: [
          [
            "norvik-proposes-elm-peak",
            "Norvik proposes putting the storm radar on Elm Peak, the highest point in Norvik, because it would cover Castel better.",
            ["norvik", "elm-peak", "castel"],
          ],
          [
            "castel-wants-coast",
            "Castel wants the storm radar on its own coast, and where it will stand remains open.",
            ["castel"],
          ],
        ],
      },
    ],
  }),
);

describe("an answer is of the kind the question asks", () => {
  it("dates the taking over, not the clause that describes the one taking over", () => {
    const answer = engine.answer("when does mira holt take over at the elm hatchery?").answer;
    expect(answer).toMatch(/1 November 2026/);
    expect(answer).not.toMatch(/since 2019/);
    const previous = engine.answer("who replaced oskar lind at the elm hatchery?").turn;
    expect(engine.answer("who replaced oskar lind at the elm hatchery?").answer).toMatch(/Mira Holt/);
    expect(engine.answer("when does she start?", undefined, { previous }).answer).toMatch(/1 November 2026/);
  });

  it("does not give a whole upgrade's cost as the price of each ferry", () => {
    for (const question of [
      "how much does each of the new elm ferries cost on its own?",
      "how much do the new elm ferries cost apiece?",
    ]) {
      expect(engine.answer(question).answer, question).not.toMatch(/61 million/);
    }
    expect(engine.answer("how much does the elm ferry upgrade cost now?").answer).toMatch(/61 million/);
  });

  it("does not give one side's proposal as what a ticket costs now", () => {
    const answer = engine.answer("what does a one-way fare on the elm ferry cost now?").answer;
    expect(answer).toMatch(/12 euros/);
    expect(answer).not.toMatch(/18 euros/);
    expect(engine.answer("what fare did norvik propose for the elm ferry?").answer).toMatch(/18 euros/);
  });

  it("does not give the reason for a proposal as why it was decided", () => {
    // (A guard: this small store refuses the first question with or without the rule; the dev
    // questions "why was Boggy Peak chosen as the radar site?" and "why was the fare fixed at 18
    // dollars?" are the ones it turned from wrong to refused.)
    expect(radar.answer("why was elm peak chosen as the radar site?").answer).not.toMatch(/proposes/);
    expect(radar.answer("why does norvik want the radar on elm peak?").answer).toMatch(/cover Castel better/);
  });

  it("needs a sum of money for what something will cost", () => {
    expect(engine.answer("what will the elm river data cable cost?").answer).not.toMatch(/signed/);
    expect(engine.answer("who signed the agreement to build the elm river data cable?").answer).toMatch(
      /Norvik and Castel/,
    );
  });

  it("does not count people by their ages, a share of their catch or a living they may lose", () => {
    expect(engine.answer("how many volunteers are in the hatchery trial?").answer).not.toMatch(/aged 18/);
    expect(engine.answer("how many members does the elm fishers' union have?").answer).not.toMatch(
      /12 percent/,
    );
    expect(engine.answer("how many people live in port elm?").answer).not.toMatch(/63 boat owners/);
    expect(engine.answer("how many boat owners could lose their living to the ferry?").answer).toMatch(/63/);
  });
});
