/**
 * "Why did Castel refuse to let Norvik reopen eel fishing?": the reason is what Castel's minister
 * said of the fishing at that meeting ("because one good season would undo years of restocking"),
 * not what Norvik's co-chair said that only shares Norvik's name. And "why wouldn't the Elm
 * commission give Norvik a night ferry?" is the commission's act: Norvik, named after "give", is
 * who it was for, and what Norvik's mayor said of it is no reason of the commission's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-eel-refusal", {
    outlet: "Elm Gazette",
    title: "Castel says no to eel fishing; no night ferry",
    date: "2026-07-09",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lena-varga",
        kind: "person",
        name: "Lena Varga",
        description: "Castel's Minister of Fisheries; Castel co-chair of the Norvik–Castel Elm Commission",
      },
      {
        id: "piet-noor",
        kind: "person",
        name: "Piet Noor",
        description: "Norvik co-chair of the Norvik–Castel Elm Commission; Norvik's Minister of Transport",
      },
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm Commission",
        description:
          "Commission set up by Norvik and Castel to run the Elm ferry and restock the Elm with eels",
      },
      { id: "ada-brel", kind: "person", name: "Ada Brel", description: "Mayor of Norvik's capital" },
      { id: "elm", kind: "place", name: "Elm", description: "A river between Norvik and Castel" },
    ],
    meetings: [
      {
        id: "2026-07-08-elm-commission",
        title: "Elm Commission session in Elmford",
        date: "2026-07-08",
        place: "Elmford",
        participants: [...NORVIK_AND_CASTEL, ["elm-commission", "participant"]],
        topics: ["eels", "ferry"],
        facts: [
          [
            "eel-refused",
            "Norvik asked that fishing for eels on the Elm be allowed again from 2028, and Castel refused.",
            ["norvik", "castel", "elm"],
          ],
          [
            "noor-norvik",
            "Piet Noor said Norvik wants the ferry back because the border should take minutes, not the whole morning.",
            ["piet-noor", "norvik"],
          ],
          [
            "varga-fish",
            "Lena Varga said Castel will not open a fishery on a fish that is only now being put back into the river, because one good season of catches would undo five years of restocking.",
            ["lena-varga", "castel", "elm"],
          ],
          [
            "ferry-refused",
            "The Elm Commission turned down a request from Norvik for a night ferry leaving Elmford after midnight.",
            ["elm-commission", "norvik"],
          ],
          [
            "noor-night",
            "Ada Brel said she was disappointed, saying nurses finish their shifts at ten at night and the last way home for them will still be a taxi.",
            ["ada-brel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a refusal's reason is the refuser's remark on what was refused, not on who asked", () => {
  it("answers with the refuser's remark on the thing refused", () => {
    const result = engine.answer("why did castel refuse to let norvik reopen eel fishing on the elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("undo five years");
  });

  it("takes no remark of the one the act was for as the actor's reason", () => {
    expect(engine.answer("why wouldnt the elm commission give norvik a night ferry?").answer).not.toContain(
      "disappointed",
    );
  });
});
