/**
 * "Who led the Estmarkish side at the Kulla talks?", "and who was there for Norvia?", "who signed
 * the accord for Estmark?": the one person who acted for the country at the meeting, read from the
 * meeting's record (each participant's role), never the country itself ("Norvia." because a fact
 * says the two countries left open who would run the dam). Where the record has no one of that
 * country's, the engine refuses rather than answer with the country.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-dam-talks", {
    outlet: "Kulla Courier",
    title: "Norvia and Estmark agree on a dam, sign, and meet on its board",
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
      { id: "kulla-town", kind: "place", name: "Kulla Town", description: "Town on the Kulla in Norvia" },
      { id: "tessa-varn", kind: "person", name: "Tessa Varn", description: "Norvia's Minister of Water" },
      { id: "orrin-dask", kind: "person", name: "Orrin Dask", description: "Estmark's Minister of Rivers" },
      {
        id: "mila-hend",
        kind: "person",
        name: "Mila Hend",
        description: "Estmark's Minister of Rivers since July 2026",
      },
      {
        id: "kulla-fund",
        kind: "organization",
        name: "Kulla Fund",
        description: "Made-up fund lending for the Kulla dam",
      },
      { id: "per-lund", kind: "person", name: "Per Lund", description: "Head of the Kulla Fund" },
      { id: "gus-orm", kind: "person", name: "Gus Orm", description: "Governor of Estmark's Kulla province" },
    ],
    meetings: [
      {
        id: "2026-03-10-kulla-dam-talks",
        title: "Norvia–Estmark talks on the Kulla dam in Kulla Town",
        date: "2026-03-10",
        place: "Kulla Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Water; led the Norvian delegation"],
          ["orrin-dask", "Estmark's Minister of Rivers; represented Estmark"],
          ["norvia", "host"],
          ["estmark", "participant"],
          ["lirac", "observer"],
        ],
        topics: ["Kulla dam", "Kulla floods"],
        facts: [
          [
            "dam-agreed",
            "Norvia and Estmark agreed on 10 March 2026 to build a dam on the Kulla near Kulla Town.",
            ["norvia", "estmark", "kulla-town"],
          ],
          [
            "operator-open",
            "At the Kulla Town talks Norvia and Estmark did not decide whether the dam would be run by a private firm or by the two governments.",
            ["norvia", "estmark"],
          ],
          [
            "dask-represented",
            "Orrin Dask, Estmark's Minister of Rivers, represented Estmark at the Kulla Town talks.",
            ["orrin-dask", "estmark"],
          ],
          ["varn-quote", "Tessa Varn said the dam would end the spring floods.", ["tessa-varn"]],
          ["lirac-observer", "Lirac attended the Kulla Town talks as an observer.", ["lirac"]],
        ],
      },
      {
        id: "2026-09-01-kulla-dam-signing",
        title: "Signing of the Kulla dam accord in Kulla Town",
        date: "2026-09-01",
        place: "Kulla Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Water; signed for Norvia"],
          ["mila-hend", "Estmark's Minister of Rivers; signed for Estmark"],
          ["per-lund", "Head of the Kulla Fund; signed the loan"],
          ["norvia", "host"],
          ["estmark", "participant"],
          ["kulla-fund", "lender"],
        ],
        topics: ["Kulla dam", "Kulla floods"],
        facts: [
          [
            "accord-signed",
            "Norvia and Estmark signed the Kulla dam accord in Kulla Town on 1 September 2026.",
            ["norvia", "estmark"],
          ],
          ["hend-signed", "Mila Hend signed the Kulla dam accord for Estmark.", ["mila-hend", "estmark"]],
          ["lund-loan", "Per Lund signed the Kulla Fund's loan for the dam.", ["per-lund", "kulla-fund"]],
        ],
      },
      {
        id: "2026-11-20-kulla-dam-board",
        title: "First meeting of the Kulla dam board in Kulla Town",
        date: "2026-11-20",
        place: "Kulla Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Water; co-chair (host)"],
          ["mila-hend", "Estmark's Minister of Rivers; co-chair"],
          ["gus-orm", "Governor of Estmark's Kulla province"],
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["Kulla dam", "Kulla floods"],
        facts: [
          [
            "board-co-chairs",
            "The first meeting of the Kulla dam board was co-chaired by Norvia's Tessa Varn and Estmark's Mila Hend.",
            ["tessa-varn", "mila-hend", "norvia", "estmark"],
          ],
          ["orm-quote", "Gus Orm said the dam would bring jobs to the Kulla province.", ["gus-orm"]],
        ],
      },
    ],
  }),
);

describe("who acted for a country at a meeting is one of its people", () => {
  it("names the one who led the side asked, by its adjective, not a country", () => {
    const result = askedIn(engine, "who led the estmarkish side at the kulla town talks in march?");
    expect(result.answered).toBe(true);
    expect(result.answer.startsWith("Orrin Dask")).toBe(true);
  });

  it("reads a country's delegation and team alike", () => {
    for (const question of [
      "who led norvia's delegation at the kulla dam talks?",
      "who headed norvia's team at the march talks?",
    ]) {
      expect(askedIn(engine, question).answer.startsWith("Tessa Varn"), question).toBe(true);
    }
  });

  it("answers 'who was there for' the other country of the meeting just discussed", () => {
    const result = askedIn(
      engine,
      "and who was there for estmark?",
      "who led norvia's delegation at the kulla dam talks?",
    );
    expect(result.answer).toContain("Orrin Dask");
    expect(result.answer).not.toContain("Mila Hend");
  });

  it("names who signed for the country at the signing", () => {
    const result = askedIn(engine, "who signed the kulla dam accord for estmark?");
    expect(result.answer.startsWith("Mila Hend")).toBe(true);
  });

  it("does not take who signed something else there for the country's signatory", () => {
    const result = askedIn(engine, "who signed the kulla dam accord on behalf of the kulla fund?");
    expect(result.answer).not.toMatch(/^Per Lund/);
  });

  it("takes the one who co-chaired for the country, where its record has more of its people", () => {
    const result = askedIn(engine, "who represented estmark at the kulla dam board meeting in november?");
    expect(result.answer).toContain("Mila Hend");
    expect(result.answer).not.toContain("Gus Orm");
  });

  it("answers 'at each meeting' with the country's person at each", () => {
    const result = askedIn(engine, "who spoke for estmark at each kulla dam meeting?");
    const lines = result.answer.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Orrin Dask");
    expect(lines[1]).toContain("Mila Hend");
    expect(lines[2]).toContain("Mila Hend");
  });

  it("refuses where the meeting had no one of that country's, rather than name the country", () => {
    const result = askedIn(engine, "who represented lirac at the kulla town talks?");
    expect(result.answer).not.toMatch(/^(Lirac|Norvia|Estmark)\b/);
    expect(result.answered).toBe(false);
  });
});

describe("of two of the country's people in the sentence, the one it ties to the act", () => {
  const handover = engineFrom(
    madeUpStore("tessin-post-handover", {
      outlet: "Tessin Post",
      title: "A new water minister for Estmark",
      date: "2026-08-02",
      entities: [
        {
          id: "norvia",
          kind: "country",
          name: "Norvia",
          description: "Country on the west bank of the Kulla",
        },
        {
          id: "estmark",
          kind: "country",
          name: "Estmark",
          description: "Country on the east bank of the Kulla",
        },
        {
          id: "orrin-dask",
          kind: "person",
          name: "Orrin Dask",
          description: "Estmark's Minister of Rivers until July 2026",
        },
        {
          id: "mila-hend",
          kind: "person",
          name: "Mila Hend",
          description: "Estmark's Minister of Rivers since July 2026",
        },
        { id: "tessa-varn", kind: "person", name: "Tessa Varn", description: "Norvia's Minister of Water" },
      ],
      meetings: [
        {
          id: "2026-08-01-kulla-weir-talks",
          title: "Norvia–Estmark talks on the Kulla weir",
          date: "2026-08-01",
          place: "Tessin",
          participants: [
            ["tessa-varn", "Norvia's Minister of Water"],
            ["mila-hend", "Estmark's Minister of Rivers"],
            ["orrin-dask", "Estmark's former Minister of Rivers"],
            ["norvia", "host"],
            ["estmark", "participant"],
          ],
          facts: [
            [
              "hend-replaced-dask",
              "Mila Hend replaced Orrin Dask, who had led the Estmarkish delegation at the Kulla weir talks in Tessin.",
              ["mila-hend", "orrin-dask", "estmark"],
            ],
          ],
        },
      ],
    }),
  );

  it("names the one who led it, not the first of the country's people the sentence names", () => {
    const result = askedIn(handover, "who led the estmarkish delegation at the kulla weir talks in tessin?");
    expect(result.answer).toMatch(/^Orrin Dask/);
  });
});
