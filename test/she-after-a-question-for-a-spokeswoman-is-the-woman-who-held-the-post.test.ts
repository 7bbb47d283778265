/**
 * "What did she say?" right after "who is the spokeswoman of Norvik's foreign ministry?", answered
 * by the man who took the post over from her: "she" is the woman the question asked for, whose
 * description opens "Spokeswoman of …", not the successor whose gender the text never shows. A post
 * ending in "-woman" says she is a woman as "Ms" does; "chairman" says nothing (it is written of
 * women too).
 */
import { describe, expect, it } from "vitest";
import { genderOf, womanByPost } from "../src/engine/gender.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-spokespeople", {
    outlet: "Elm Courier",
    title: "Norvik protests the closure of its consulate in Castel",
    date: "2026-10-08",
    entities: [
      ...norvikAndCastel(),
      {
        id: "norvik-foreign-ministry",
        kind: "organization",
        name: "Norvik Foreign Ministry",
        description: "The foreign ministry of Norvik",
        aliases: ["Norvik's foreign ministry"],
      },
      {
        id: "ada-holm",
        kind: "person",
        name: "Ada Holm",
        description:
          "Spokeswoman of the Norvik Foreign Ministry until 1 September 2026, when Bo Lind replaced her",
      },
      {
        id: "bo-lind",
        kind: "person",
        name: "Bo Lind",
        description: "Spokesman of the Norvik Foreign Ministry since 1 September 2026, replacing Ada Holm",
      },
      {
        id: "cy-marr",
        kind: "person",
        name: "Cy Marr",
        description: "Head of the Elm Harbour Board",
      },
      {
        id: "di-senn",
        kind: "person",
        name: "Di Senn",
        description: "Chairman and managing director of the Elm Grid Company",
      },
    ],
    meetings: [
      {
        id: "2026-10-07-norvik-castel-consulate-talks",
        title: "Norvik–Castel talks on the closed consulate",
        date: "2026-10-07",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["ada-holm", "participant"], ["bo-lind", "participant"]],
        topics: ["consulate", "protest"],
        facts: [
          [
            "holm-provocation",
            "Norvik's foreign ministry, through its spokeswoman Ada Holm, called the closure of the consulate a provocation.",
            ["ada-holm", "norvik-foreign-ministry", "castel"],
            null,
            ["said", "provocation"],
          ],
          [
            "lind-replaced-holm",
            "Bo Lind replaced Ada Holm as spokesperson of the Norvik Foreign Ministry on 1 September 2026.",
            ["bo-lind", "ada-holm", "norvik-foreign-ministry"],
            null,
            ["spokeswoman", "spokesman", "successor", "replaced"],
          ],
          [
            "marr-harbour",
            "The harbour board's chairwoman Cy Marr said the consulate's boats may stay in Port Elm.",
            ["cy-marr"],
            null,
            ["harbour", "boats"],
          ],
          [
            "lind-door",
            "Bo Lind said Norvik had opened a door and hoped Castel would walk through it.",
            ["bo-lind", "norvik", "castel"],
            null,
            ["said", "door"],
          ],
        ],
      },
    ],
  }),
);

describe("she after a question for a spokeswoman is the woman who held the post", () => {
  it("reads she as the woman the store calls spokeswoman, not the man who took over from her", () => {
    const result = askedIn(
      engine,
      "what did she say?",
      "who is the spokeswoman of norvik's foreign ministry",
    );
    expect(result.reading ?? "").toContain("Ada Holm");
    expect(result.answer).toContain("provocation");
    expect(result.answer).not.toContain("walk through it");
  });

  it("still reads he after the same question as the man it named", () => {
    const result = askedIn(
      engine,
      "what did he say?",
      "who is the spokesperson of norvik's foreign ministry",
    );
    expect(result.answer).toContain("walk through it");
  });

  it("takes a post in -woman, before a name or opening a description, as saying she is a woman", () => {
    expect(womanByPost("spokeswoman")).toBe(true);
    expect(womanByPost("chairwoman")).toBe(true);
    expect(womanByPost("woman")).toBe(false);
    expect(genderOf(engine.knowledge(), "ada-holm")).toBe("female");
    expect(genderOf(engine.knowledge(), "cy-marr")).toBe("female");
  });

  it("takes chairman as saying nothing of who holds the post", () => {
    expect(womanByPost("chairman")).toBe(false);
    expect(genderOf(engine.knowledge(), "di-senn")).toBeUndefined();
  });
});
