/**
 * "What was the bridge's first cost estimate? — and now?" where June put the cost at 41.6 million
 * US dollars and October says it "rises from 41.6 to 46.9 million US dollars": the scale said once,
 * after the new figure, is the old figure's too, so October's change takes June's figure on and is
 * the cost now.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Elm river"),
  {
    id: "elm-bridge",
    kind: "initiative",
    name: "Elm river border bridge",
    description: "New road bridge over the Elm river between Norvik and Castel",
  },
];
const article = norvikCastelStory("Elm Valley Courier", "bridge-mar", entities, ["bridge", "cost"]);

const first = article("bridge-mar", "2026-03-06", {
  id: "2026-03-05-bridge-mar",
  title: "Norvik–Castel bridge commission, first session",
  date: "2026-03-05",
  place: "Port Elm",
  facts: [
    [
      "cost-first",
      "A first estimate put the cost of the new Elm river border bridge at about 35 million US dollars.",
      ["elm-bridge", "norvik", "castel"],
    ],
  ],
});
const second = article("bridge-jun", "2026-06-26", {
  id: "2026-06-25-bridge-jun",
  title: "Norvik–Castel bridge commission, second session",
  date: "2026-06-25",
  place: "Castelmar",
  facts: [
    [
      "cost-jun",
      "The bridge commission put the cost of the new Elm river border bridge at 41.6 million US dollars.",
      ["elm-bridge", "norvik", "castel"],
    ],
  ],
});
const third = article("bridge-oct", "2026-10-16", {
  id: "2026-10-15-bridge-oct",
  title: "Norvik–Castel bridge commission, third session",
  date: "2026-10-15",
  place: "Port Elm",
  facts: [
    [
      "cost-oct",
      "The cost of the Elm river border bridge rises from 41.6 to 46.9 million US dollars, and Castel will pay the extra.",
      ["elm-bridge", "norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-bridge-scale-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' of a cost whose later change says its scale once", () => {
  it("is answered by the change that takes the middle figure on", () => {
    const result = askedIn(
      engine,
      "and now?",
      "what was the first cost estimate for the new elm river border bridge",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*about 35 million/);
    expect(result.answer).toMatch(/Later \(.*from 41\.6 to 46\.9 million/);
  });
});
