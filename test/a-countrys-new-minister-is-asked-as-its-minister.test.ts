/**
 * "Who's Estria's new energy minister?" asks what "Estria's energy minister" asks: "new" only says
 * which holder, so the possessive ties Estria to the title ("energy minister"), not to the word
 * "new", and the fact naming the minister answers. A title Estria's facts never give stays refused,
 * new or not.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("estria-energy-minister", {
    outlet: "Harbour Ledger",
    title: "Norvane and Estria agree on a shared power line",
    date: "2026-06-18",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Coastal country" },
      { id: "estria", kind: "country", name: "Estria", description: "Island country" },
      {
        id: "ilse-varela",
        kind: "person",
        name: "Ilse Varela",
        description:
          "Estria's Minister of Energy and Infrastructure since 4 May 2026, in place of Marek Kessel",
      },
      {
        id: "marek-kessel",
        kind: "person",
        name: "Marek Kessel",
        description: "Estria's Minister of Energy and Infrastructure from 2024 until 4 May 2026",
      },
      {
        id: "pavel-orlov",
        kind: "person",
        name: "Pavel Orlov",
        description: "Norvane's Minister of the Sea",
      },
    ],
    meetings: [
      {
        id: "2026-06-16-power-line-talks",
        title: "Norvane–Estria talks on the shared power line in Port Lumen",
        date: "2026-06-16",
        place: "Port Lumen",
        participants: [
          ["ilse-varela", "Estria's Minister of Energy and Infrastructure"],
          ["pavel-orlov", "Norvane's Minister of the Sea"],
        ],
        facts: [
          [
            "varela-became",
            "Ilse Varela became Estria's Minister of Energy and Infrastructure on 4 May 2026, replacing Marek Kessel in a cabinet reshuffle.",
            ["ilse-varela", "marek-kessel", "estria"],
          ],
          [
            "varela-led",
            "At the Port Lumen talks Estria was represented by its Minister of Energy and Infrastructure, Ilse Varela.",
            ["ilse-varela", "estria"],
          ],
          [
            "line-length",
            "The shared power line would run 140 kilometres from Port Lumen to the Estrian coast.",
            ["norvane", "estria"],
          ],
        ],
      },
    ],
  }),
);

/** The words the question's possessive ties to the country it names. */
function ownedByTheCountry(question: string): string[] {
  const { plan } = understand(question, engine.base);
  return plan.proximities
    .filter((p) => "mention" in p.target && plan.mentions[p.target.mention]?.text === "estria")
    .map((p) => plan.terms[p.term]!.word);
}

describe("a country's new minister is asked as its minister", () => {
  it("ties the country to the title, past the adjective that says which holder", () => {
    expect(ownedByTheCountry("who's estria's new energy minister?")).toEqual(["energy"]);
    expect(ownedByTheCountry("who is estria's current energy minister?")).toEqual(["energy"]);
    expect(ownedByTheCountry("who is estria's energy minister?")).toEqual(["energy"]);
  });

  it("answers the new minister asked with the country's possessive", () => {
    expect(askedIn(engine, "who's estria's new energy minister?").answer).toMatch(/Ilse Varela/);
    expect(askedIn(engine, "yo who's estria's new energy minister lol").answer).toMatch(/Ilse Varela/);
  });

  it("answers as it did without the adjective", () => {
    expect(askedIn(engine, "who is estria's energy minister?").answer).toMatch(/Ilse Varela/);
  });

  it("still refuses a title the country's facts never give, new or not", () => {
    expect(askedIn(engine, "who is estria's new health minister?").answered).toBe(false);
    expect(askedIn(engine, "who is norvane's new energy minister?").answered).toBe(false);
  });
});
