/**
 * "Who was Castel's co-chair when the commission was set up in 2017?" is not answered by "Tom Orsan
 * is Castel's co-chair on the commission", told in 2026: a fact that says no year of its own, and
 * is told in another year, says who holds the post then, not in the year asked. Asked without the
 * year, it answers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = madeUpStore("elm-gazette-boundary-commission", {
  outlet: "Elm Gazette",
  title: "Boundary commission meets in Port Elm",
  date: "2026-10-22",
  entities: [
    ...norvikAndCastel(),
    {
      id: "boundary-commission",
      kind: "organization",
      name: "Norvik–Castel Boundary Commission",
      description: "Joint commission of Norvik and Castel, set up in 2017, that marks their border",
    },
    {
      id: "tom-orsan",
      kind: "person",
      name: "Tom Orsan",
      description: "Castel's co-chair on the boundary commission",
    },
  ],
  meetings: [
    {
      id: "2026-10-21-boundary-commission-session",
      title: "Norvik–Castel Boundary Commission session",
      date: "2026-10-21",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["border"],
      facts: [
        [
          "session",
          "The Norvik–Castel Boundary Commission agreed in Port Elm to mark the last 64 kilometres of the border.",
          ["boundary-commission"],
        ],
      ],
    },
  ],
});
// A fact of who holds the post as the article was written: of no meeting and no day of its own.
const folder = join(store, "2026-10-22-elm-gazette-boundary-commission");
const role = "Tom Orsan is Castel's co-chair on the Norvik–Castel Boundary Commission.";
writeFileSync(join(folder, "article.txt"), `${readFileSync(join(folder, "article.txt"), "utf8")}\n${role}`);
const facts = join(folder, "facts.json");
writeFileSync(
  facts,
  JSON.stringify([
    ...JSON.parse(readFileSync(facts, "utf8")),
    {
      id: "orsan-role",
      statement: role,
      entities: ["tom-orsan", "boundary-commission", "castel"],
      source: "elm-gazette-boundary-commission-2026-10-22",
      quote: role,
    },
  ]),
);
const engine = engineFrom(store);

describe("who held a post in a year is not told by who holds it now", () => {
  it("does not answer who held it in the year the body was set up", () => {
    const answer = engine.answer(
      "who was castel's co-chair when the boundary commission was set up in 2017?",
    );
    expect(answer.answer).not.toMatch(/Orsan/);
  });

  it("answers who holds it now", () => {
    expect(engine.answer("who is castel's co-chair on the boundary commission?").answer).toMatch(/Tom Orsan/);
  });
});
