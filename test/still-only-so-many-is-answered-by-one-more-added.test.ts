/**
 * "Is Lorn Air still flying only three times a week to Castelmar?" where a later article says
 * "Lorn Air added a fourth weekly Port Elm–Castelmar flight": one more added is a change of the
 * count told before, so the two accounts side by side answer it, not the first alone.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A coastal country", "Norvik's neighbour across the Lorn"),
  { id: "lorn-air", kind: "organization", name: "Lorn Air", description: "A new Norvik airline" },
];
const article = norvikCastelStory("Lorn Courier", "lorn-first", entities, ["flights"]);
const first = article("lorn-first", "2026-07-23", {
  id: "2026-07-21-lorn-flight",
  title: "First Lorn Air flight to Castelmar",
  date: "2026-07-21",
  place: "Port Elm",
  facts: [
    [
      "flights-1",
      "Lorn Air will fly the Port Elm–Castelmar route three times a week, on Tuesdays, Thursdays and Saturdays.",
      ["lorn-air"],
    ],
  ],
});
const second = article("lorn-second", "2026-11-12", {
  id: "2026-11-10-lorn-air-review",
  title: "Norvik–Castel air services review",
  date: "2026-11-10",
  place: "Castelmar",
  facts: [
    [
      "flights-2",
      "Lorn Air added a fourth weekly Port Elm–Castelmar flight from 1 November 2026.",
      ["lorn-air"],
    ],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-air-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("still only so many is answered by one more added", () => {
  it("tells the fourth flight added beside the three a week", () => {
    const result = engine.answer("is lorn air still flying only three times a week to castelmar?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("added a fourth weekly");
  });
});
