/**
 * "How did the mayor take it?" right after "why did the commission say no to the cycle lane?": "it"
 * is the news just told, not the commission that gave it; the question asks what the one who took it
 * said, among the facts of the meeting just told. When they said nothing there, it is refused
 * rather than answered with the refusal itself or with what they said at another meeting.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-lane-reaction", {
    outlet: "Elm Sea Gazette",
    title: "Elm bridge commission",
    date: "2026-07-03",
    entities: [
      ...norvikAndCastel("A country on the Elm river", "Norvik's neighbour across the Elm"),
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm River Commission",
        description: "Joint commission of Norvik and Castel for the Elm river",
      },
      {
        id: "elm-bridge",
        kind: "initiative",
        name: "Elm bridge",
        description: "New road bridge over the Elm",
      },
      { id: "ida-rask", kind: "person", name: "Ida Rask", description: "Mayor of Elmtown since 2022" },
      {
        id: "tarn-growers",
        kind: "organization",
        name: "Tarn Growers' Union",
        description: "Union of farmers near Tarn",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-commission",
        title: "Elm River Commission in Elmtown",
        date: "2026-03-10",
        place: "Elmtown",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridge"],
        facts: [
          [
            "rask-welcomed",
            "Ida Rask, mayor of Elmtown, welcomed the Elm bridge and said she would ask the commission for a cycle lane on it.",
            ["ida-rask", "elm-bridge", "elm-commission"],
          ],
        ],
      },
      {
        id: "2026-07-02-elm-commission",
        title: "Elm River Commission in Castelmar",
        date: "2026-07-02",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridge"],
        facts: [
          [
            "lane-refused",
            "The Elm River Commission turned down a request from Ida Rask, mayor of Elmtown, for a cycle lane on the Elm bridge, because it would cost 3 million euros more.",
            ["elm-commission", "ida-rask", "elm-bridge"],
          ],
          [
            "rask-disappointed",
            "Ida Rask said she was disappointed, saying the two towns are a ten-minute bike ride apart.",
            ["ida-rask", "elm-bridge"],
          ],
          [
            "growers-road-refused",
            "The commission refused a request from the Tarn Growers' Union for a farm road along the Elm.",
            ["elm-commission", "tarn-growers"],
          ],
        ],
      },
    ],
  }),
);

describe("how someone took it is what they said at the meeting just told", () => {
  it("answers with the mayor's reaction, not the refusal or what she said before", () => {
    const result = askedIn(
      engine,
      "how did the mayor take it?",
      "why did the commission turn down the elm cycle lane?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/disappointed/);
    expect(result.answer).not.toMatch(/welcomed/);
    expect(result.answer).not.toMatch(/Taking "it" as Elm River Commission/);
  });

  it("refuses when the one asked said nothing at that meeting", () => {
    const result = askedIn(
      engine,
      "how did the growers take it?",
      "why did the commission turn down the tarn farm road?",
    );
    expect(result.answer).not.toMatch(/disappointed|welcomed/);
  });

  it("still reads 'what did the commission say about it?' as before", () => {
    const result = askedIn(
      engine,
      "when did it meet?",
      "why did the commission turn down the elm cycle lane?",
    );
    expect(result.answer).not.toMatch(/Reading it as "what did/);
  });
});
