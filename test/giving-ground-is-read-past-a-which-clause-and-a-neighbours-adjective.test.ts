/**
 * "Did Castel give ground on the power price?" is answered by "Castel, which in February had refused
 * to pay more than 8 cents, agreed to pay 9.5 cents": the clause about the party between its name and
 * its act is still about it. "Did Castel budge on the price of Ghanaian power?": a country named by
 * its adjective after the party asked about is part of the matter, no second party. "…, and Castel,
 * which had refused to pay any fee, accepted it": a clause joined by "and" has its own subject.
 * "Coming round" is giving way. Another party's question is not answered by Castel's giving way.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Lorn"),
  { id: "ghana", kind: "country", name: "Ghana", description: "A country in West Africa" },
  {
    id: "lorn-ferry",
    kind: "initiative",
    name: "Lorn ferry",
    description: "Ferry across the Lorn between Norvik and Castel",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-feb", entities, ["power", "ferry"]);

const first = article("lorn-feb", "2026-02-11", {
  id: "2026-02-10-lorn-talks",
  title: "Norvik–Castel power talks in Port Elm",
  date: "2026-02-10",
  place: "Port Elm",
  facts: [
    [
      "price-refused",
      "Castel refused to pay more than 8 cents per kilowatt-hour for power from Ghana.",
      ["castel", "ghana"],
    ],
    ["fee-refused", "Castel refused to pay any fee for the Lorn ferry.", ["castel", "lorn-ferry"]],
  ],
});
const second = article("lorn-june", "2026-06-21", {
  id: "2026-06-20-lorn-talks",
  title: "Norvik–Castel power talks in Castelmar",
  date: "2026-06-20",
  place: "Castelmar",
  facts: [
    [
      "price-agreed",
      "Castel, which in February had refused to pay more than 8 cents, agreed to pay 9.5 cents per kilowatt-hour for power from Ghana.",
      ["castel", "ghana"],
    ],
    [
      "fee-accepted",
      "Norvik cut the Lorn ferry fee to 400 dollars per boat, and Castel, which had refused to pay any fee, accepted it.",
      ["norvik", "castel", "lorn-ferry"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-giving-ground-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("giving ground is read past a which-clause and a neighbour's adjective", () => {
  it("answers with the party agreeing after the clause that recalls its refusal", () => {
    const result = askedIn(engine, "did castel give ground on the power price?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/9\.5 cents/);
  });

  it("reads a country named by its adjective as part of the matter, not a second party", () => {
    const result = askedIn(engine, "did castel budge on the price of ghanaian power?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/9\.5 cents/);
  });

  it("reads coming round as giving way, in a clause joined by and", () => {
    const result = askedIn(engine, "did castel come round on the ferry fee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/accepted it/);
  });

  it("does not answer another party's giving way with Castel's", () => {
    const result = askedIn(engine, "did norvik give ground on the power price?");
    expect(result.answer).not.toMatch(/9\.5 cents/);
  });
});
