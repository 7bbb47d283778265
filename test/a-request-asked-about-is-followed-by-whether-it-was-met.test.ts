/**
 * "Did she get it?" right after "what did the mayor of Elmford ask the commission for?" asks what
 * became of that request: the fact that it was turned down or left unanswered, not the request
 * again. The fact just told answers when it says so itself ("… and the commission did not answer
 * the request"); else a fact naming the one who asked that tells the outcome of the same request
 * (words of its own in common with the request told), never another request of theirs. "Did they
 * get it eventually?" asks of a later time and is left to the other readings.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-bridge-requests", {
    outlet: "Elm Gazette",
    title: "Elm bridge commission turns down the cycle lane",
    date: "2026-07-04",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-bridge-commission",
        kind: "organization",
        name: "Elm Bridge Commission",
        description: "Joint Norvik–Castel commission building the Elm bridge",
        aliases: ["bridge commission"],
      },
      {
        id: "ida-varga",
        kind: "person",
        name: "Ida Varga",
        description: "Mayor of Elmford",
      },
      {
        id: "elm-ferrymen",
        kind: "organization",
        name: "Elm Ferrymen's Guild",
        description: "Guild of the ferry operators on the Elm",
        aliases: ["ferrymen"],
      },
    ],
    meetings: [
      {
        id: "2026-07-03-elm-bridge-commission",
        title: "Elm Bridge Commission session in Port Elm",
        date: "2026-07-03",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["elm-bridge-commission", "host"], ["ida-varga", "guest"]],
        facts: [
          [
            "varga-wants-lane",
            "Ida Varga, mayor of Elmford, said she would ask the commission to add a cycle lane to the Elm bridge.",
            ["ida-varga", "elm-bridge-commission"],
          ],
          [
            "lane-turned-down",
            "The Elm Bridge Commission turned down a request from Ida Varga to add a separate cycle lane to the Elm bridge.",
            ["elm-bridge-commission", "ida-varga"],
          ],
          [
            "varga-asked-parking",
            "Ida Varga asked Norvik's rail company for a car park at Elmford station, which it refused.",
            ["ida-varga", "norvik"],
          ],
          [
            "ferrymen-asked",
            "The Elm Ferrymen's Guild asked to keep one ferry running after the bridge opens, and the commission did not answer the request.",
            ["elm-ferrymen", "elm-bridge-commission"],
          ],
          [
            "castel-asked-toll",
            "Castel asked the commission for a toll on trucks crossing the bridge.",
            ["castel", "elm-bridge-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a request asked about is followed by whether it was met", () => {
  it("answers 'did she get it?' with the request turned down, not the request again", () => {
    const result = askedIn(engine, "did she get it?", "what did ida varga ask the bridge commission for?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/turned down a request from Ida Varga/);
    expect(result.answer).not.toMatch(/car park/);
  });

  it("answers from the fact just told when it says the request went unanswered", () => {
    const result = askedIn(
      engine,
      "did they get what they asked for?",
      "what did the ferrymen ask the bridge commission for?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/did not answer the request/);
  });

  it("does not answer with another request's outcome when none is told of the one asked", () => {
    const result = askedIn(engine, "did they get it?", "what did castel ask the bridge commission for?");
    expect(result.answer).not.toMatch(/turned down|refused|did not answer/);
  });

  it("leaves 'did she get it eventually?' to the other readings", () => {
    const result = askedIn(
      engine,
      "did she get it eventually?",
      "what did ida varga ask the bridge commission for?",
    );
    expect(result.reading ?? "").not.toMatch(/request turned down/);
  });
});
