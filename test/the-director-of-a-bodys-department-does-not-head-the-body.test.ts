/**
 * "Who has headed the Norvik Labour Agency?" asks for the agency's heads. "Mara Vell was previously
 * the Norvik Labour Agency's director of overseas placement" names the head of one of its
 * departments: a title followed by "of" and a common word is the head of a part, not of the body.
 * The fact of the post changing hands answers; "the agency's director" is still its director.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

type Sentence = [string, string, string[]];

const story = (facts: Sentence[]) =>
  engineFrom(
    madeUpStore("elm-gazette-labour-agency", {
      outlet: "Elm Gazette",
      title: "A new head for the Norvik Labour Agency",
      date: "2026-09-17",
      entities: [
        ...norvikAndCastel(),
        {
          id: "labour-agency",
          kind: "organization",
          name: "Norvik Labour Agency",
          description: "Norvik's public agency that recruits seasonal workers for Castel",
        },
        {
          id: "mara-vell",
          kind: "person",
          name: "Mara Vell",
          description: "Head of the Norvik Labour Agency",
        },
        {
          id: "tor-anse",
          kind: "person",
          name: "Tor Anse",
          description: "Former head of the Norvik Labour Agency",
        },
      ],
      meetings: [
        {
          id: "2026-09-16-norvik-castel-worker-talks",
          title: "Norvik–Castel seasonal worker talks",
          date: "2026-09-16",
          place: "Vessa",
          participants: NORVIK_AND_CASTEL,
          topics: ["seasonal workers", "labour"],
          facts,
        },
      ],
    }),
  );

const partHead: Sentence = [
  "previously",
  "Mara Vell was previously the Norvik Labour Agency's director of overseas placement.",
  ["mara-vell", "labour-agency"],
];
const handover: Sentence = [
  "handover",
  "Mara Vell took over as head of the Norvik Labour Agency on 1 September 2026, replacing Tor Anse, who had led the agency since 2022.",
  ["mara-vell", "labour-agency", "tor-anse"],
];

describe("the director of a body's department does not head the body", () => {
  it("answers who has headed the body by the post changing hands", () => {
    const answer = story([partHead, handover]).answer("who has headed the Norvik Labour Agency?").answer;
    expect(answer).toMatch(/Tor Anse/);
    expect(answer).toMatch(/took over as head/);
  });

  it("does not answer who has headed the body with the head of a department", () => {
    const engine = story([
      partHead,
      ["registered", "900 workers had registered with the Norvik Labour Agency by March.", ["labour-agency"]],
    ]);
    expect(engine.answer("who has headed the Norvik Labour Agency?").answered).toBe(false);
  });

  it("still answers who the body's director is", () => {
    const engine = story([
      partHead,
      [
        "director",
        "The Norvik Labour Agency's director, Mara Vell, said 900 workers had registered.",
        ["mara-vell", "labour-agency"],
      ],
    ]);
    expect(engine.answer("who is the director of the Norvik Labour Agency?").answer).toMatch(/Mara Vell/);
  });
});
