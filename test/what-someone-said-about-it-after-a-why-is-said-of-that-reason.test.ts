/**
 * "What did Jon Varg say about it?" right after "why was the Tarn bridge opening pushed back?",
 * answered by the burial ground found: his words about it are his words at the meeting that told
 * the reason, not what he said of the bridge at another meeting. "And what did Norvik say about
 * that?" right after a why-question that went unanswered: "that" is the act the why-question named,
 * which needs no answer to it; "who said that?" after it still asks what "that" is.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-tarn-bridge", {
    outlet: "Elm Courier",
    title: "The Tarn bridge opens later",
    date: "2026-09-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-bridge",
        kind: "initiative",
        name: "Tarn bridge",
        description: "A road bridge over the Tarn between Norvik and Castel",
      },
      {
        id: "tarn-throne",
        kind: "other",
        name: "Tarn throne",
        description: "The throne of the old Tarn kings, held in Castel",
      },
      {
        id: "jon-varg",
        kind: "person",
        name: "Jon Varg",
        description: "Castel's Deputy Minister of Transport",
      },
      {
        id: "eva-strand",
        kind: "person",
        name: "Eva Strand",
        description: "Norvik's Minister of Culture",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-tarn-bridge-talks",
        title: "Norvik–Castel talks on the Tarn bridge in Port Elm",
        date: "2026-03-10",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["jon-varg", "head of delegation"]],
        topics: ["bridge", "throne"],
        facts: [
          [
            "varg-cost-unchanged",
            "Jon Varg said the cost of the Tarn bridge, 36 million euros, is unchanged.",
            ["jon-varg", "tarn-bridge"],
          ],
        ],
      },
      {
        id: "2026-09-18-tarn-bridge-talks",
        title: "Norvik–Castel talks on the Tarn bridge in Holm",
        date: "2026-09-18",
        place: "Holm",
        participants: [...NORVIK_AND_CASTEL, ["jon-varg", "head of delegation"], ["eva-strand", "minister"]],
        topics: ["bridge", "throne"],
        facts: [
          [
            "tarn-bridge-opening-moved",
            "The Tarn bridge will now open in June 2029 instead of October 2028, because archaeologists found an old burial ground where its approach road is to run.",
            ["tarn-bridge"],
            null,
            ["opening", "pushed back", "delay", "why"],
          ],
          [
            "varg-dig-carefully",
            "Jon Varg said they will dig carefully and build the Tarn bridge a little later, because what lies under Holm is older than both countries.",
            ["jon-varg", "tarn-bridge"],
          ],
          [
            "strand-throne-torches",
            "Eva Strand said Norvik would not accept the Tarn throne's being held back, as a king whose palace burns gives no presents to the men holding the torches.",
            ["eva-strand", "norvik", "tarn-throne", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("what someone said about it after a why is said of that reason", () => {
  it("answers with his words at the meeting that told the reason", () => {
    const result = askedIn(
      engine,
      "what did jon varg say about it?",
      "why was the tarn bridge opening delayed",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("dig carefully");
    expect(result.answer).not.toContain("unchanged");
  });

  it("answers his words on the bridge asked on their own as before", () => {
    const result = askedIn(engine, "what did jon varg say about the cost of the tarn bridge?");
    expect(result.answer).toContain("unchanged");
  });

  it("reads that as the act an unanswered why-question named", () => {
    const result = askedIn(
      engine,
      "and what did norvik say about that?",
      "why did castel hold back the tarn throne",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("torches");
  });

  it("still asks what that is when no one's words are asked", () => {
    const result = askedIn(engine, "who said that?", "why did castel hold back the tarn throne");
    expect(result.answer).not.toContain("torches");
  });
});
