/**
 * "Who signed the Kulla dam accord?": a country whose part at the signing was "host and chair" is a
 * party to what was signed there as much as a "participant", so its signatory is named beside the
 * other's (the record's "signed for Norvia"); an observer's witness is still none of them.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-dam-accord", {
    outlet: "Kulla Courier",
    title: "Norvia and Estmark sign the Kulla dam accord, and its board meets",
    date: "2026-11-21",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country on the west bank of the Kulla" },
      {
        id: "estmark",
        kind: "country",
        name: "Estmark",
        description: "Country on the east bank of the Kulla",
      },
      { id: "lirac", kind: "country", name: "Lirac", description: "Country downstream on the Kulla" },
      {
        id: "kulla-river-board",
        kind: "organization",
        name: "Kulla River Board",
        description: "Joint body of Norvia and Estmark that will run the dam",
      },
      {
        id: "kulla-fund",
        kind: "organization",
        name: "Kulla Fund",
        description: "Made-up fund lending for the dam",
      },
      { id: "tessa-varn", kind: "person", name: "Tessa Varn", description: "Norvia's Minister of Water" },
      { id: "mila-hend", kind: "person", name: "Mila Hend", description: "Estmark's Minister of Rivers" },
      { id: "per-lund", kind: "person", name: "Per Lund", description: "Head of the Kulla Fund" },
      { id: "ada-rook", kind: "person", name: "Ada Rook", description: "Lirac's Minister of Water" },
      { id: "ivo-sarn", kind: "person", name: "Ivo Sarn", description: "Chair of the Kulla River Board" },
    ],
    meetings: [
      {
        id: "2026-09-01-kulla-dam-signing",
        title: "Signing of the Kulla dam accord in Kulla Town",
        date: "2026-09-01",
        place: "Kulla Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Water; signed for Norvia"],
          ["mila-hend", "Estmark's Minister of Rivers; signed for Estmark"],
          ["per-lund", "Head of the Kulla Fund; signed the loan"],
          ["ada-rook", "Lirac's Minister of Water; signed as a witness"],
          ["norvia", "host and chair"],
          ["estmark", "participant"],
          ["lirac", "observer"],
          ["kulla-fund", "lender"],
          ["kulla-river-board", "convener"],
        ],
        topics: ["Kulla dam"],
        facts: [
          [
            "venue",
            "The Kulla dam accord was signed on 1 September 2026 at the town hall of Kulla Town, at a meeting of the Kulla River Board hosted by Norvia.",
            ["kulla-river-board", "norvia"],
          ],
          ["varn-signed", "Tessa Varn signed the Kulla dam accord for Norvia.", ["tessa-varn", "norvia"]],
          ["hend-signed", "Mila Hend signed the Kulla dam accord for Estmark.", ["mila-hend", "estmark"]],
          ["lund-loan", "Per Lund signed the Kulla Fund's loan for the dam.", ["per-lund", "kulla-fund"]],
        ],
      },
      {
        id: "2026-11-20-kulla-board-meeting",
        title: "Kulla River Board meeting in Kulla Town",
        date: "2026-11-20",
        place: "Kulla Town",
        participants: [
          ["ivo-sarn", "Chair of the Kulla River Board; chaired the meeting"],
          ["mila-hend", "Estmark's Minister of Rivers"],
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["Kulla dam"],
        facts: [
          [
            "varn-absent",
            "Tessa Varn did not attend the Kulla River Board meeting in November but said in a statement that Norvia would pay its share on time.",
            ["tessa-varn", "norvia", "kulla-river-board"],
          ],
          [
            "hend-cost",
            "Mila Hend said the dam would cost Estmark 40 million euros.",
            ["mila-hend", "estmark"],
          ],
        ],
      },
    ],
  }),
);

describe("who signed counts a host and chair as a party", () => {
  it("names both signatories, the host and chair's too", () => {
    const result = askedIn(engine, "who signed the kulla dam accord?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tessa Varn");
    expect(result.answer).toContain("Mila Hend");
    expect(result.answer).not.toContain("Ada Rook (");
  });
});
