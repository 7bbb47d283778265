/**
 * "What happened with the Kora railway?" is about the railway's meetings: a later meeting on a
 * power line, whose topic is "power line" and one of whose people speaks for the owners "along the
 * line", is not named by the railway's alias "the line". An alias of "the" and a common noun names
 * a meeting only half as surely as a name, and not through its people's descriptions; nor does
 * "ceremony", the alias of a ceremony that never took place, name another meeting's signing ceremony.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-railway-and-line", {
    outlet: "Elm Gazette",
    title: "A railway and a power line",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      { id: "velia", kind: "country", name: "Velia", description: "A country upstream" },
      {
        id: "kora-railway",
        kind: "other",
        name: "Kora railway",
        description: "Railway from Port Elm to Kora",
        aliases: ["the railway", "the line"],
      },
      {
        id: "ida-marn",
        kind: "person",
        name: "Ida Marn",
        description: "Village head who spoke for the landowners along the line",
      },
    ],
    meetings: [
      {
        id: "2026-11-17-kora-railway-financing",
        title: "Signing of the Kora railway financing in Port Elm",
        date: "2026-11-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["railway", "financing"],
        facts: [
          [
            "financing",
            "Norvik and Castel signed the financing of the Kora railway upgrade in Port Elm.",
            ["norvik", "castel", "kora-railway"],
          ],
        ],
      },
      {
        id: "2026-11-18-velia-power-line-committee",
        title: "First meeting of the Velia–Castel power line committee",
        date: "2026-11-18",
        place: "Vessa",
        participants: [
          ["velia", "participant"],
          ["castel", "participant"],
          ["ida-marn", "speaker"],
        ],
        topics: ["power line", "electricity"],
        facts: [
          [
            "delay",
            "Construction of the Velia–Castel power line was moved to March 2027.",
            ["velia", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a common alias does not name another meeting", () => {
  it("tells the railway's meeting, not the power line's", () => {
    const answer = engine.answer("what happened with the kora railway?").answer;
    expect(answer).toMatch(/Kora railway financing/);
    expect(answer).not.toMatch(/power line committee/);
  });
});

/** A ceremony that never took place, whose alias "ceremony" is in another meeting's title. */
const ceremonies = engineFrom(
  madeUpStore("elm-gazette-cancelled-ceremony", {
    outlet: "Elm Gazette",
    title: "A ceremony called off",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kora-ceremony",
        kind: "initiative",
        name: "Kora cable ceremony",
        description: "Joint ceremony planned in Kora to mark the cable's repair; cancelled",
        aliases: ["Kora ceremony", "ceremony"],
      },
    ],
    meetings: [
      {
        id: "2026-11-18-norvik-castel-video-call",
        title: "Norvik–Castel video call on the repaired cable",
        date: "2026-11-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["cable", "repair"],
        facts: [
          [
            "cancelled",
            "The joint ceremony the ministers had planned in Kora to mark the cable repair was cancelled.",
            ["kora-ceremony", "norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-11-19-velia-treaty-signing-ceremony",
        title: "Signing ceremony of the Velia treaty",
        date: "2026-11-19",
        place: "Vessa",
        participants: [["norvik", "participant"]],
        topics: ["treaty", "ceremony"],
        facts: [["signed", "Norvik signed the Velia treaty in Vessa.", ["norvik"]]],
      },
    ],
  }),
);

describe("a common alias does not name another meeting's ceremony", () => {
  it("tells what became of the ceremony, not another meeting's", () => {
    const answer = ceremonies.answer("how did the kora ceremony go?").answer;
    expect(answer).not.toMatch(/Velia treaty/);
  });
});
