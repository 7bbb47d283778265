/**
 * "Why did Norvia's parliament reject the fisheries code?" when the store says the parliament
 * ratified it: the question takes for granted a thing turned down that the store has its actor take
 * on (ratify, approve, sign), so the ratification is the answer, said as a correction, not what a
 * minister told the parliament about the code. A store that also has the actor turn the thing down
 * confirms the premise as much as it denies it, and no correction is given.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-ratification", {
  outlet: "Kulla Courier",
  title: "Norvian parliament ratifies the Kulla fisheries code",
  date: "2026-06-27",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "norvian-parliament",
      kind: "organization",
      name: "Parliament of Norvia",
      aliases: ["Norvian parliament", "Norvia's parliament"],
      description: "Norvia's legislature",
    },
    {
      id: "estmark-assembly",
      kind: "organization",
      name: "Estmark Assembly",
      aliases: ["Estmark's assembly"],
      description: "Estmark's legislature",
    },
    {
      id: "kulla-fisheries-code",
      kind: "initiative",
      name: "Kulla fisheries code",
      description: "Common rules for fishing on the Kulla",
    },
    { id: "ana-brek", kind: "person", name: "Ana Brek", description: "Norvia's fisheries minister" },
  ],
  meetings: [
    {
      id: "2026-06-25-kulla-vote-dunmore",
      title: "Kulla fisheries code put to the vote",
      date: "2026-06-25",
      place: "Dunmore",
      participants: [
        ["norvian-parliament", "participant"],
        ["estmark-assembly", "participant"],
      ],
      topics: ["fisheries"],
      facts: [
        [
          "norvia-ratified",
          "The Parliament of Norvia ratified the Kulla fisheries code by 98 votes to 12 on 25 June 2026.",
          ["norvian-parliament", "kulla-fisheries-code", "norvia"],
        ],
        [
          "brek-told",
          "Ana Brek told Norvian parliament members the Kulla fisheries code was a rule for fishermen, not for lawyers.",
          ["ana-brek", "norvian-parliament", "kulla-fisheries-code"],
        ],
        [
          "estmark-ratified",
          "The Estmark Assembly ratified the Kulla fisheries code on 25 June 2026.",
          ["estmark-assembly", "kulla-fisheries-code", "estmark"],
        ],
        [
          "estmark-rejected",
          "In March 2026 the Estmark Assembly rejected the first Kulla fisheries code.",
          ["estmark-assembly", "kulla-fisheries-code", "estmark"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("why did a parliament reject a treaty it ratified is corrected with the ratification", () => {
  it("says the parliament did not reject it and gives the ratification", () => {
    const result = engine.answer("why did norvia's parliament reject the kulla fisheries code?");
    expect(result.answer).toContain("did not reject");
    expect(result.answer).toContain("ratified the Kulla fisheries code by 98 votes");
  });

  it("gives no correction when the store also has the actor turn it down", () => {
    const result = engine.answer("why did estmark's assembly reject the kulla fisheries code?");
    expect(result.answer).not.toContain("did not reject");
  });
});
