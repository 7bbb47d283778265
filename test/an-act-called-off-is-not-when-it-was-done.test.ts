/**
 * "When was the Kulla treaty signed in Dunmore?" is not answered by "the Kulla treaty signing
 * ceremony set for 18 June 2026 was cancelled": the signing named there was called off, so its day
 * is not when the treaty was signed, nor is "Norvia and Estmark cancelled the Kulla treaty signing
 * ceremony" who signed it. The fact that tells it signed answers "when was it signed?"; "when was
 * the signing supposed to be?" asks the plan, which the cancelled ceremony still tells.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, type MadeUpMeeting, madeUpStore } from "./support/made-up-store.ts";

const entities = [
  ...KULLA_NEIGHBOURS,
  {
    id: "kulla-treaty",
    kind: "initiative" as const,
    name: "Kulla treaty",
    description: "Treaty between Norvia and Estmark on the Kulla",
  },
];
const meeting = (id: string, date: string, place: string, facts: MadeUpMeeting["facts"]): MadeUpMeeting => ({
  id,
  title: `Norvia–Estmark talks on the Kulla treaty in ${place}`,
  date,
  place,
  participants: [
    ["norvia", "participant"],
    ["estmark", "participant"],
  ],
  topics: ["treaty"],
  facts,
});
const cancelled: MadeUpMeeting["facts"][number] = [
  "signing-cancelled",
  "The Kulla treaty signing ceremony set for 18 June 2026 in Dunmore was cancelled.",
  ["kulla-treaty", "dunmore"],
  "2026-06-18",
];

const activelyCancelled: MadeUpMeeting["facts"][number] = [
  "signing-called-off",
  "Norvia and Estmark cancelled the Kulla treaty signing ceremony set for 18 June 2026 in Dunmore.",
  ["kulla-treaty", "norvia", "estmark", "dunmore"],
  "2026-06-18",
];

const only = engineFrom(
  madeUpStore("kulla-courier-signing-cancelled", {
    outlet: "Kulla Courier",
    title: "Kulla treaty signing cancelled",
    date: "2026-06-19",
    entities,
    meetings: [meeting("2026-06-17-kulla-talks", "2026-06-17", "Dunmore", [cancelled])],
  }),
);
const both = engineFrom(
  madeUpStore("kulla-courier-treaty-signed", {
    outlet: "Kulla Courier",
    title: "Kulla treaty signed at last",
    date: "2026-10-16",
    entities,
    meetings: [
      meeting("2026-06-17-kulla-talks", "2026-06-17", "Dunmore", [cancelled]),
      meeting("2026-10-15-kulla-signing", "2026-10-15", "Estmark", [
        [
          "treaty-signed",
          "Norvia and Estmark signed the Kulla treaty on 15 October 2026 in Estmark.",
          ["kulla-treaty", "norvia", "estmark"],
        ],
      ]),
    ],
  }),
);

const calledOffByThem = engineFrom(
  madeUpStore("kulla-courier-signing-called-off", {
    outlet: "Kulla Courier",
    title: "Kulla treaty signing called off",
    date: "2026-06-19",
    entities,
    meetings: [meeting("2026-06-17-kulla-talks", "2026-06-17", "Dunmore", [activelyCancelled])],
  }),
);

const putOff = engineFrom(
  madeUpStore("kulla-courier-signing-put-off", {
    outlet: "Kulla Courier",
    title: "Kulla treaty signing put off",
    date: "2026-06-19",
    entities,
    meetings: [
      meeting("2026-06-17-kulla-talks", "2026-06-17", "Dunmore", [
        [
          "signing-put-off",
          "The Kulla treaty signing planned for 18 June 2026 in Dunmore has been called off.",
          ["kulla-treaty", "dunmore"],
          "2026-06-18",
        ],
      ]),
    ],
  }),
);

describe("an act called off is not when it was done", () => {
  it("does not date the signing by the cancelled ceremony", () => {
    const result = only.answer("when was the kulla treaty signed in dunmore?");
    expect(result.answer).not.toContain("18 June");
    expect(only.answer("when was the kulla treaty signed?").answer).not.toContain("18 June");
  });

  it("reads the calling off before the act as well as after it", () => {
    expect(calledOffByThem.answer("when was the kulla treaty signed?").answer).not.toContain("18 June");
    expect(calledOffByThem.answer("who signed the kulla treaty?").answered).toBe(false);
    expect(putOff.answer("when was the kulla treaty signed?").answer).not.toContain("18 June");
  });

  it("still tells when the cancelled signing was planned", () => {
    const result = only.answer("when was the kulla treaty signing ceremony supposed to be?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 June 2026");
  });

  it("dates it by the signing done", () => {
    const result = both.answer("when was the kulla treaty signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("15 October 2026");
  });
});
