/**
 * "Where was the accord signed? — which country is that in?": "that" points at the place the answer
 * gave, and the store says nothing of which country that town is in. The follow-up is not the last
 * question glued behind it ("which country is that in: where was the accord signed?"), which only
 * finds the signing again and answers it as if it said the country; a bare "since when?" is still
 * the last question asked again.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  madeUpStore,
  NORVIK_AND_CASTEL,
  norviaAndEstmark,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const accord = madeUpStore("lorn-accord", {
  outlet: "Lorn Courier",
  title: "Norvik and Castel sign the Lorn accord",
  date: "2025-03-03",
  entities: [
    ...norvikAndCastel(),
    {
      id: "lorn-accord",
      kind: "initiative",
      name: "Lorn Water Accord",
      description: "Accord sharing the Lorn river",
    },
  ],
  meetings: [
    {
      id: "2025-03-02-lorn-signing",
      title: "Signing of the Lorn Water Accord",
      date: "2025-03-02",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["water", "river"],
      facts: [
        [
          "signed",
          "Norvik and Castel signed the Lorn Water Accord in Port Elm on 2 March 2025.",
          ["norvik", "castel", "lorn-accord"],
        ],
        [
          "share",
          "Under the accord, Norvik and Castel share the waters of the Lorn river equally since 2025.",
          ["norvik", "castel", "lorn-accord"],
        ],
      ],
    },
  ],
});
// Another story of the store, as a store always has: a country of its own, no town of the accord's.
const ferry = madeUpStore("korrin-ferry", {
  outlet: "Korrin Post",
  title: "Norvia and Estmark open a ferry",
  date: "2026-05-02",
  entities: norviaAndEstmark(),
  meetings: [
    {
      id: "2026-05-01-korrin-ferry",
      title: "Opening of the Korrin ferry",
      date: "2026-05-01",
      place: "Korrin",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["ferry"],
      facts: [
        [
          "ferry",
          "Norvia and Estmark opened a ferry across the Korrin Sound on 1 May 2026.",
          ["norvia", "estmark"],
        ],
      ],
    },
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-that-in-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[accord, ferry].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a follow-up pointing with 'that' is not glued to the last question", () => {
  it("does not read which country the town is in as the signing asked again", () => {
    const result = askedIn(engine, "which country is that in?", "where was the lorn water accord signed?");
    expect(result.reading ?? "").not.toMatch(/which country is that in: /i);
  });

  it("still asks a bare question word of the last question", () => {
    const result = askedIn(engine, "since when?", "how do norvik and castel share the lorn river?");
    expect(result.reading ?? "").toMatch(/since when/i);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2025");
  });
});
