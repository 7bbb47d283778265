/**
 * "Where are the debris programme's monitoring stations?" asks where the stations are: a fact told
 * at a meeting in Port Elm that only counts them ("12 of the 16 stations were working") would be
 * answered "In Port Elm", the meeting's place. It is refused unless a fact says where they are
 * ("on Brask Island and at Kell"), or a thing it names carries its place in its name ("head of the
 * Kell centre"); the stations are still counted.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const entities = [
  ...norvikAndCastel(),
  {
    id: "debris-programme",
    kind: "initiative" as const,
    name: "Elm Sea Debris Programme",
    description: "Joint programme of Norvik and Castel against marine debris in the Elm Sea",
    aliases: ["debris programme"],
  },
  { id: "kell", kind: "place" as const, name: "Kell", description: "Port town of Castel" },
  {
    id: "kell-centre",
    kind: "organization" as const,
    name: "Kell debris warning centre",
    description: "Warning centre of the Elm Sea Debris Programme",
    aliases: ["Kell centre"],
  },
  {
    id: "ina-sol",
    kind: "person" as const,
    name: "Ina Sol",
    description: "Head of the Kell debris warning centre",
  },
];

function store(name: string, facts: [string, string, string[]][]): string {
  return madeUpStore(name, {
    outlet: "Elm Gazette",
    title: "The Elm Sea debris programme",
    date: "2026-10-22",
    entities,
    meetings: [
      {
        id: "2026-10-21-second-round-port-elm",
        title: "Second round of the Norvik–Castel debris talks in Port Elm",
        date: "2026-10-21",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["debris", "sea"],
        facts,
      },
    ],
  });
}

const counted: [string, string, string[]] = [
  "stations-working",
  "By October 2026, 12 of the 16 monitoring stations of the Elm Sea Debris Programme were working.",
  ["debris-programme"],
];
const onlyCounted = engineFrom(store("elm-gazette-debris-counted", [counted]));
const placed = engineFrom(
  store("elm-gazette-debris-placed", [
    counted,
    [
      "stations-where",
      "The Elm Sea Debris Programme will run 16 monitoring stations, on Brask Island and at Kell.",
      ["debris-programme", "kell"],
    ],
  ]),
);
const dir = mkdtempSync(join(tmpdir(), "attache-kell-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(
  store("elm-gazette-debris-centre", [
    [
      "sol-scouts",
      "Ina Sol, head of the Kell centre, said it had trained 40 debris scouts since July 2026.",
      ["ina-sol", "kell-centre", "debris-programme"],
    ],
  ]),
  join(dir, "article"),
  { recursive: true },
);
const centre = engineFrom(dir);

describe("where a thing is is not where its meeting was held", () => {
  it("refuses rather than give the meeting's place for where the stations are", () => {
    const result = askedIn(onlyCounted, "where are the debris programme's monitoring stations?");
    expect(result.answered).toBe(false);
  });

  it("answers from the fact that says where they are", () => {
    const result = askedIn(placed, "where are the debris programme's monitoring stations?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Brask Island/);
  });

  it("takes a place in the name of the thing the fact names as its place", () => {
    const result = askedIn(centre, "where is the debris programme's warning centre?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Kell/);
  });

  it("still counts the stations", () => {
    const result = askedIn(
      onlyCounted,
      "how many monitoring stations does the debris programme have working?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/12/);
  });
});
