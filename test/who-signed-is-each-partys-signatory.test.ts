/**
 * "Who signed the Kulla dam accord?" is answered with each party's signatory, as the signing's
 * record gives them ("signed for Norvia", "signed for Estmark"), not with a body named in the
 * sentence about the venue; a witness or someone who signed another paper there is none of them,
 * and where the record has no signatory for every party the facts decide. "Who signed for the
 * lender?" is the person of the participant whose part there was the lender's. "Who didn't attend?"
 * asks for the one a fact says stayed away, not for everyone who came. A side question
 * with a second question in it, or about a meeting the store has never heard of, is not answered
 * from a meeting's record. A country whose part at the signing was "host and chair" is a party as
 * much as a "participant", so its signatory is named beside the other's.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

/** The Kulla dam accord's signing and its board's meeting, with Norvia's part at the signing as given. */
const kullaDamAccord = (norviaPart: string) =>
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
          ["norvia", norviaPart],
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
  });

const engine = engineFrom(kullaDamAccord("host"));

describe("who signed is each party's signatory", () => {
  it("names every party's signatory, with whom each signed for, not the body the venue sentence names", () => {
    const result = askedIn(engine, "who signed the kulla dam accord?");
    expect(result.answered).toBe(true);
    expect(result.answer).not.toMatch(/^Kulla River Board/);
    for (const name of ["Tessa Varn", "Mila Hend", "Norvia", "Estmark"])
      expect(result.answer).toContain(name);
    // Neither the witness nor the one who signed the loan signed the accord.
    expect(result.answer).not.toContain("Ada Rook (");
    expect(result.answer).not.toContain("Per Lund (");
  });

  it("names who signed for a side named by its part at the meeting ('the lender'), not a country", () => {
    const result = askedIn(engine, "who signed for the lender?", "where was the kulla dam accord signed?");
    expect(result.answer).toMatch(/^Per Lund/);
    // The body that convened it had no one there to sign.
    const none = askedIn(engine, "who signed for the convener?", "where was the kulla dam accord signed?");
    expect(none.answer).not.toMatch(/^(Norvia|Estmark|Kulla)/);
  });

  it("answers who did not attend with the one a fact says stayed away", () => {
    const result = askedIn(engine, "who didn't attend the kulla river board meeting?");
    expect(result.answer).toContain("Tessa Varn");
    expect(result.answer).not.toContain("Ivo Sarn");
  });

  it("does not answer a second question in the same breath from the meeting's record", () => {
    const result = askedIn(engine, "who signed the kulla dam accord for estmark, and is she still minister?");
    expect(result.answer).not.toMatch(/^Mila Hend \(/);
  });

  it("does not take a meeting it has never heard of for the one it has", () => {
    const result = askedIn(engine, "who signed the kulla dam accord for estmark in zarabad?");
    expect(result.answer).not.toMatch(/^Mila Hend \(/);
  });
});

describe("who signed counts a host and chair as a party", () => {
  const hostAndChair = engineFrom(kullaDamAccord("host and chair"));

  it("names both signatories, the host and chair's too", () => {
    const result = askedIn(hostAndChair, "who signed the kulla dam accord?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tessa Varn");
    expect(result.answer).toContain("Mila Hend");
    expect(result.answer).not.toContain("Ada Rook (");
  });
});
