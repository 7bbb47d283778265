/**
 * A why-question that takes for granted what the store denies is corrected with the fact that
 * tells the act as it was: a refusal to sign corrected by a passive signing "by Norvia's minister";
 * a word of what was signed found in the name of what the fact is filed under ("the power
 * agreement" of the Kulla power sale agreement); the act told as a verb ("Velmar, which observed
 * the talks, joined …", a clause on the actor being no saying of theirs) before the act named as a
 * thing ("Velmar's joining raises …"); and "agree to fund" denied by "will still not fund", with the
 * river named before the actor as the scene.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-agreements", {
  outlet: "Kulla Courier",
  title: "Norvia, Estmark and Velmar sign up on the Kulla",
  date: "2026-06-27",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "kulla-river", kind: "place", name: "Kulla", description: "River between Norvia and Estmark" },
    {
      id: "kulla-fisheries-code",
      kind: "initiative",
      name: "Kulla fisheries code",
      description: "Common rules for fishing on the Kulla",
    },
    {
      id: "kulla-warning-network",
      kind: "initiative",
      name: "Kulla flood warning network",
      description: "Gauges that warn of floods on the Kulla",
    },
    {
      id: "kulla-power-agreement",
      kind: "initiative",
      name: "Kulla power sale agreement",
      description: "Five-year agreement for Estmark to buy Norvian hydropower",
    },
    {
      id: "kulla-dyke-agreement",
      kind: "initiative",
      name: "Kulla dyke agreement",
      description: "Agreement on raising the dykes along the Kulla",
    },
    { id: "ana-brek", kind: "person", name: "Ana Brek", description: "Norvia's fisheries minister" },
    { id: "olaf-tamm", kind: "person", name: "Olaf Tamm", description: "Estmark's fisheries minister" },
  ],
  meetings: [
    {
      id: "2026-06-25-kulla-signing-dunmore",
      title: "Kulla agreements signed in Dunmore",
      date: "2026-06-25",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
        ["velmar", "participant"],
      ],
      topics: ["fisheries", "floods", "power"],
      facts: [
        [
          "code-signed-by",
          "The Kulla fisheries code was signed at the town hall in Dunmore by Norvia's fisheries minister, Ana Brek, and Estmark's, Olaf Tamm.",
          ["kulla-fisheries-code", "ana-brek", "olaf-tamm", "norvia", "estmark"],
        ],
        [
          "velmar-joined",
          "Velmar, which observed the March talks, joined the Kulla flood warning network on 25 June 2026.",
          ["velmar", "kulla-warning-network"],
        ],
        [
          "velmar-gauges",
          "Velmar's joining raises the number of gauges in the Kulla flood warning network from 20 to 26.",
          ["velmar", "kulla-warning-network"],
        ],
        [
          "power-signed",
          "Norvia and Estmark signed a five-year agreement on 25 June 2026 for Estmark to buy Norvian hydropower.",
          ["norvia", "estmark", "kulla-power-agreement"],
        ],
        [
          "no-dykes",
          "Under the signed Kulla dyke agreement Estmark will still not fund dykes on the Norvian bank.",
          ["estmark", "norvia", "kulla-dyke-agreement"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a premise the store denies is corrected with the act as told", () => {
  it("corrects a refusal to sign with the passive signing by the actor's minister", () => {
    const result = engine.answer("why did norvia refuse to sign the kulla fisheries code?");
    expect(result.answer).toContain("did not refuse");
    expect(result.answer).toContain("Ana Brek");
  });

  it("finds the agreement asked for by the name of what the signing is filed under", () => {
    const result = engine.answer("why did estmark refuse to sign the power agreement?");
    expect(result.answer).toContain("did not refuse");
    expect(result.answer).toContain("signed a five-year agreement");
  });

  it("corrects with the act told as a verb, not the act named as a thing", () => {
    const result = engine.answer("why did velmar refuse to join the kulla flood warning network?");
    expect(result.answer).toContain("did not refuse");
    expect(result.answer).toContain("joined the Kulla flood warning network");
  });

  it("corrects 'agree to fund' with the fact that it will not fund", () => {
    const result = engine.answer("why did estmark agree to fund the dykes on the norvian bank of the kulla?");
    expect(result.answer).toContain("will still not fund dykes");
  });
});
