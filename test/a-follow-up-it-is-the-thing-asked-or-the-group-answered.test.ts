/**
 * "Why was it moved?" right after "when is the second Tarn batch due now?": "it" is the batch, a
 * name standing between the phrase's own words and its noun being one of its modifiers, not "the
 * second". "Who chairs it?" right after "which group brought the wage complaint?": the group the
 * answer named, as after "who brought it?", not the accord the question's words also find. A
 * "which country …?" answered with a country keeps "it" for what was asked about.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-tarn-objects", {
    outlet: "Elm Courier",
    title: "The Tarn objects come home later; a union complains",
    date: "2026-10-08",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn",
        kind: "other",
        name: "Tarn",
        description: "An old kingdom in Norvik whose royal objects Castel held",
      },
      {
        id: "tarn-return-accord",
        kind: "initiative",
        name: "Tarn return accord",
        description: "Castel's accord to return the Tarn objects to Norvik in two batches",
        aliases: ["return accord"],
      },
      {
        id: "elm-workers-union",
        kind: "organization",
        name: "Elm Workers' Union",
        description: "A union of Norvik workers in Castel",
      },
      {
        id: "ada-holm",
        kind: "person",
        name: "Ada Holm",
        description: "Chairwoman of the Elm Workers' Union",
      },
      {
        id: "bo-lind",
        kind: "person",
        name: "Bo Lind",
        description: "Castel official who chairs the committee of the Tarn return accord",
      },
    ],
    meetings: [
      {
        id: "2026-10-07-norvik-castel-tarn-talks",
        title: "Norvik–Castel talks on the Tarn objects",
        date: "2026-10-07",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["objects", "workers"],
        facts: [
          [
            "second-tarn-batch-due",
            "The second Tarn batch of 40 objects is now due in Norvik on 9 March 2027.",
            ["tarn", "norvik"],
            null,
            ["second batch", "due", "when"],
          ],
          [
            "second-tarn-batch-moved",
            "The second Tarn batch was moved to March 2027 because the storage rooms of the Norvik museum will not be finished before February.",
            ["tarn", "norvik"],
            null,
            ["moved", "delay", "why"],
          ],
          [
            "accord-committee-chair",
            "The committee of the Tarn return accord, chaired by Bo Lind, will meet once a year.",
            ["tarn-return-accord", "bo-lind"],
            null,
            ["chair", "committee"],
          ],
          [
            "wage-complaint-union",
            "The wage complaint of the Norvik workers in Castel was brought by the Elm Workers' Union, whose chairwoman Ada Holm said they had not been paid since May.",
            ["elm-workers-union", "ada-holm", "norvik", "castel"],
            null,
            ["complaint", "wages", "group"],
          ],
        ],
      },
    ],
  }),
);

describe("a follow-up's it is the thing asked, or the group answered", () => {
  it("reads it as the batch whose modifier is a name, and gives why it was moved", () => {
    const result = askedIn(engine, "why was it moved?", "when is the second tarn batch due now");
    expect(result.reading ?? "").toContain("the second tarn batch");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("storage rooms");
  });

  it("still answers the batch asked on its own", () => {
    const result = askedIn(engine, "when is the second tarn batch due now?");
    expect(result.answer).toContain("9 March 2027");
  });

  it("reads it as the group a which-group question was answered with", () => {
    const result = askedIn(
      engine,
      "who chairs it?",
      "which group brought the wage complaint for the norvik workers in castel",
    );
    expect(result.reading ?? "").toContain("Elm Workers' Union");
    expect(result.answer).toContain("Ada Holm");
    expect(result.answer).not.toContain("Bo Lind");
  });

  it("keeps the accord's chair for the accord asked about", () => {
    const result = askedIn(engine, "who chairs its committee?", "what is the tarn return accord");
    expect(result.answer).not.toContain("Ada Holm");
  });
});
