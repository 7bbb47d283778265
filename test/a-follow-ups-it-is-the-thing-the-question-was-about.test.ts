/**
 * "It" after a question about a thing is that thing, however the question put it: "the
 * Norvik-Castel firefighting aircraft pool" is one noun phrase whose head is the pool, not
 * Norvik ("how many planes did it start with?"); "the Kolna-Varn migration data centre" ends in the
 * centre's own name, which is what "it" is ("who paid for it?"), not "the kolna varn"; and in
 * "where was the Elm Sea water agreement signed?" the verb asked is no part of the agreement, nor
 * is the last noun of "where will Norvik's sewage plant be built?" the verb the auxiliary asks.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-pool", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel pool their firefighting planes",
    date: "2026-06-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "aircraft-pool",
        kind: "initiative",
        name: "Elm Sea firefighting aircraft pool",
        aliases: ["firefighting aircraft pool"],
        description: "Pool of firefighting aircraft set up by Norvik and Castel",
      },
      { id: "kolna", kind: "place", name: "Kolna", description: "Port town in Castel" },
      {
        id: "data-centre",
        kind: "place",
        name: "Kolna-Varn migration data centre",
        aliases: ["migration data centre"],
        description: "Data centre in Kolna receiving the signals of collared deer",
      },
      {
        id: "water-agreement",
        kind: "initiative",
        name: "Elm Sea water agreement",
        description: "Agreement between Norvik and Castel on sharing the Elm Sea's fresh water",
      },
      { id: "ada-berg", kind: "person", name: "Ada Berg", description: "Norvik's Minister of Water" },
      { id: "luc-moreau", kind: "person", name: "Luc Moreau", description: "Castel's Minister of Water" },
    ],
    meetings: [
      {
        id: "2026-06-01-elm-sea-talks",
        title: "Norvik–Castel talks in Kolna",
        date: "2026-06-01",
        place: "Kolna",
        participants: [...NORVIK_AND_CASTEL, ["ada-berg", "signed the water agreement"]],
        topics: ["firefighting", "water"],
        facts: [
          [
            "pool-based",
            "The Elm Sea firefighting aircraft pool is based at Kolna airport.",
            ["aircraft-pool", "kolna"],
          ],
          [
            "pool-start",
            "The firefighting aircraft pool began operating on 1 June 2026 with its six aircraft.",
            ["aircraft-pool"],
          ],
          [
            "centre-paid",
            "Castel paid for the Kolna-Varn migration data centre, which opened in May 2026.",
            ["castel", "data-centre"],
          ],
          [
            "water-signed",
            "Ada Berg and Luc Moreau signed the Elm Sea water agreement in Kolna on 1 June 2026.",
            ["ada-berg", "luc-moreau", "water-agreement", "kolna"],
          ],
        ],
      },
    ],
  }),
);

describe("'it' in a follow-up is the thing the question was about", () => {
  it("is the head of names run together, not the first of them", () => {
    const result = askedIn(
      engine,
      "how many planes did it start with?",
      "where is the norvik-castel firefighting aircraft pool based?",
    );
    expect(result.reading).toContain("Elm Sea firefighting aircraft pool");
    expect(result.answer).toContain("six aircraft");
  });

  it("is a thing's name that closes the phrase, not the words before it", () => {
    const result = askedIn(
      engine,
      "who paid for it?",
      "where is the kolna-varn wildlife migration data centre?",
    );
    expect(result.reading).toContain("Kolna-Varn migration data centre");
    expect(result.answer).toContain("Castel paid");
  });

  it("leaves the passive verb asked out of the thing", () => {
    const result = askedIn(engine, "who signed it?", "where was the elm sea water agreement signed?");
    expect(result.reading ?? "").not.toContain("signed");
    expect(result.answer).toContain("Ada Berg");
  });

  it("keeps the phrase's last noun when a verb of its own follows it", () => {
    const result = askedIn(
      engine,
      "how long is the pipe it needs?",
      "where will norvik's elm sewage plant be built?",
    );
    expect(result.reading).toContain("sewage plant");
  });

  it("still reads a party as itself when the question asks what the party did", () => {
    const result = askedIn(engine, "what did it pay for?", "where is norvik?");
    expect(result.answer).not.toContain("six aircraft");
  });
});
