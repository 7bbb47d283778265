/**
 * "And Castel?" right after "how much is Norvik paying for the Lorn bridge?", answered "Norvik will
 * pay 22.4 million dollars and Castel 19.2 million": the same question of Castel, answered first
 * from that fact, which gives Castel's share beside Norvik's, not only by a later article's
 * figure of Castel (its share of a rise in the cost).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Lorn"),
  {
    id: "lorn-bridge",
    kind: "initiative",
    name: "Lorn bridge",
    description: "Road bridge over the Lorn river planned by Norvik and Castel",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-shares", entities, ["bridge", "transport"]);

const first = article("lorn-shares", "2026-06-26", {
  id: "2026-06-25-lorn-bridge-shares",
  title: "Norvik–Castel Lorn bridge cost talks",
  date: "2026-06-25",
  place: "Port Elm",
  facts: [
    [
      "shares",
      "Norvik and Castel will share the 41.6 million dollars for the Lorn bridge by the length of the approach roads on each side: Norvik will pay 22.4 million dollars and Castel 19.2 million.",
      ["norvik", "castel", "lorn-bridge"],
    ],
  ],
});
const second = article("lorn-clay", "2026-10-16", {
  id: "2026-10-15-lorn-bridge-clay",
  title: "Norvik–Castel Lorn bridge survey talks",
  date: "2026-10-15",
  place: "Castelmar",
  facts: [
    [
      "rise",
      "The cost of the Lorn bridge rises from 41.6 to 46.9 million US dollars, and Castel will pay the extra 5.3 million because the clay lies on its bank.",
      ["castel", "lorn-bridge"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-shares-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and <another party>?' after a share told beside theirs", () => {
  it("gives the other party's share the fact just told gives", () => {
    const result = askedIn(engine, "and castel?", "how much is norvik paying for the lorn bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Castel 19.2 million");
  });
});
