/**
 * "How did the Dunmore ceremony go?" names a planned ceremony whose aliases include the plain word
 * "ceremony": another meeting, where someone is described as having "signed the agreement at the
 * ceremony", is not the one asked about. A one-word English alias says nothing of whose a meeting is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-ceremonies", {
  outlet: "Kulla Courier",
  title: "Ceremonies on the Kulla",
  date: "2026-11-26",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "dunmore-ceremony",
      kind: "initiative",
      name: "Dunmore bridge ceremony",
      description: "Joint ceremony planned in Dunmore to open the Kulla bridge",
      aliases: ["Dunmore ceremony", "ceremony"],
    },
    {
      id: "ida-holm",
      kind: "person",
      name: "Ida Holm",
      description: "Velmar's culture minister; signed the arts agreement at the ceremony",
    },
  ],
  meetings: [
    {
      id: "2026-06-24-velmar-arts-signing",
      title: "Signing of the Velmar–Norvia arts agreement",
      date: "2026-06-24",
      place: "Velmar",
      participants: [
        ["velmar", "host"],
        ["norvia", "participant"],
        ["ida-holm", "signed the agreement"],
      ],
      topics: ["arts"],
      facts: [
        [
          "arts-signed",
          "Velmar and Norvia signed an arts agreement on 24 June 2026.",
          ["velmar", "norvia", "ida-holm"],
        ],
      ],
    },
    {
      id: "2026-11-25-kulla-bridge-talks",
      title: "Norvia–Estmark talks on the Kulla bridge",
      date: "2026-11-25",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["bridge"],
      facts: [
        ["bridge-delayed", "The opening of the Kulla bridge was put off to 2027.", ["norvia", "estmark"]],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a one-word alias does not name a meeting by its people's descriptions", () => {
  it("does not tell the arts signing for the Dunmore ceremony", () => {
    const result = engine.answer("how did the dunmore ceremony go?");
    expect(result.answer).not.toContain("arts agreement");
  });
});
