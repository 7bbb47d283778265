/**
 * "What did Norvik refuse at the Vessa talks in March?" of a meeting its record calls "the first
 * session of the Elm commission in Vessa": "talks" (a noun that fits any meeting) says only that it
 * was a meeting, which the session was; the place in the phrase still says which meeting. So too
 * "for the Tarn signing": what was done for a meeting names it as "at" does. A fact of another
 * meeting, held elsewhere, stays no answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-commission-session", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel open their ferry commission",
    date: "2026-06-17",
    entities: [
      ...norvikAndCastel(),
      { id: "vessa", kind: "place", name: "Vessa", description: "A port town in Norvik" },
      { id: "tarn", kind: "place", name: "Tarn", description: "The capital of Castel" },
      {
        id: "ilse-borg",
        kind: "person",
        name: "Ilse Borg",
        description: "Norvik's Minister of Transport",
      },
    ],
    meetings: [
      {
        id: "2026-03-04-elm-commission-session-vessa",
        title: "First session of the Elm Ferry Commission in Vessa on the ferry and the mangrove patrol",
        date: "2026-03-04",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["ferry", "patrol"],
        facts: [
          [
            "norvik-refused-armed",
            "Norvik refused Castel's request for armed rangers on the patrol boats.",
            ["norvik", "castel"],
          ],
          ["fare-split", "Norvik and Castel could not agree on the ferry fare.", ["norvik", "castel"]],
        ],
      },
      {
        id: "2026-06-16-elm-ferry-signing-tarn",
        title: "Signing of the Norvik–Castel ferry agreement in Tarn after a year of talks",
        date: "2026-06-16",
        place: "Tarn",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
        ],
        topics: ["ferry", "patrol"],
        facts: [
          [
            "borg-stayed-home",
            "Norvik's transport minister, Ilse Borg, did not travel to Tarn and sent her deputy in her place.",
            ["ilse-borg", "norvik"],
            null,
            ["absent", "did not attend"],
          ],
          [
            "castel-refused-night-sailings",
            "Castel refused night sailings of the ferry.",
            ["castel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a meeting asked of as 'the <place> talks'", () => {
  it("is the session held there, though its record never calls it talks", () => {
    const result = engine.answer("what did norvik refuse at the vessa talks in march?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("armed rangers");
  });

  it("is found the same way as a meeting", () => {
    const result = engine.answer("what did norvik refuse at the vessa meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("armed rangers");
  });

  it("is not a meeting held elsewhere", () => {
    const result = engine.answer("what did norvik refuse at the tarn talks?");
    expect(result.answer).not.toContain("armed rangers");
  });

  it("names the meeting after 'for' as after 'at'", () => {
    const result = engine.answer("which minister didn't travel to tarn for the ferry signing?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ilse Borg");
  });
});
