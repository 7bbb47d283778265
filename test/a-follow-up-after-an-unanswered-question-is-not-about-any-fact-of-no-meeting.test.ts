/**
 * "Did it warn about anything?" right after "what did Ivo Marr's audit find?" went unanswered is
 * still about Ivo Marr's audit: a fact the store keeps of no meeting (someone's warning about a
 * river) shares no meeting with a question of none, and is no answer to it. A fact naming Ivo
 * Marr still is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const dir = madeUpStore("elm-loan", {
  outlet: "Elm Sea Ledger",
  title: "Norvik lends Castel money for the Elm Sea harbour",
  date: "2026-05-04",
  entities: [
    ...norvikAndCastel(),
    {
      id: "elm-loan",
      kind: "initiative",
      name: "Elm Sea Harbour Loan",
      aliases: ["harbour loan"],
      description: "Norvik's loan to Castel for the Elm Sea harbour",
    },
    { id: "ivo-marr", kind: "person", name: "Ivo Marr", description: "Norvik's state auditor" },
    { id: "lena-holt", kind: "person", name: "Lena Holt", description: "Head of Castel's flood centre" },
  ],
  meetings: [
    {
      id: "2026-05-03-elm-loan",
      title: "Signing of the Elm Sea Harbour Loan in Kolna",
      date: "2026-05-03",
      place: "Kolna",
      participants: NORVIK_AND_CASTEL,
      topics: ["harbour loan"],
      facts: [
        [
          "loan-signed",
          "Norvik lent Castel 20 million euros for the Elm Sea harbour.",
          ["norvik", "castel", "elm-loan"],
        ],
        [
          "holt-warned",
          "Lena Holt warned that the Elm river could flood in the spring.",
          ["lena-holt"],
          null,
        ],
        ["marr-audit", "Ivo Marr said the harbour loan was well spent.", ["ivo-marr", "elm-loan"]],
      ],
    },
  ],
});
// The warning is kept as a background fact, of no meeting.
const folder = join(dir, "2026-05-04-elm-loan");
const facts = JSON.parse(readFileSync(join(folder, "facts.json"), "utf8")) as {
  id: string;
  event?: string;
}[];
for (const fact of facts) if (fact.id === "holt-warned") delete fact.event;
writeFileSync(join(folder, "facts.json"), JSON.stringify(facts, null, 2));
const engine = engineFrom(dir);

describe("a follow-up after an unanswered question", () => {
  it("is not answered by a fact of no meeting that names nothing it asked", () => {
    const question = "what did ivo marr's audit of the fisheries fund find?";
    expect(engine.answer(question).answered).toBe(false);
    const result = askedIn(engine, "did it warn about anything?", question);
    expect(result.answer).not.toContain("could flood");
  });
});
