/**
 * "How much is Castel paying for the Lorn bridge?" as things stand: the fact that splits the cost
 * ("Norvik will pay 62 million euros and Castel 50 million") answers it, and "and Norvik?" right
 * after answers with Norvik's share. A later article's account of another payer (the town of
 * Elmford offering to pay for a cycle lane on the bridge, which names neither country) is no later
 * account of Castel's share.
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
    description: "Road bridge over the Lorn river",
  },
  { id: "elmford", kind: "place", name: "Elmford", description: "Town at the Castel end of the Lorn bridge" },
];
const article = norvikCastelStory("Lorn Courier", "lorn-first", entities, ["bridge", "river"]);
const first = article("lorn-first", "2026-03-12", {
  id: "2026-03-11-lorn-talks",
  title: "Norvik–Castel Lorn talks",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "split",
      "For the Lorn bridge Norvik will pay 62 million euros and Castel 50 million, by the length of the approach roads.",
      ["lorn-bridge", "norvik", "castel"],
    ],
  ],
});
const second = article("lorn-second", "2026-10-24", {
  id: "2026-10-23-lorn-session",
  title: "Norvik–Castel Lorn session",
  date: "2026-10-23",
  place: "Castelmar",
  facts: [
    [
      "town-offer",
      "The town of Elmford offered to pay 3 million euros for a cycle lane on the Lorn bridge itself.",
      ["lorn-bridge", "elmford"],
    ],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-share-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a share asked of one party is not another payer's later sum", () => {
  it("answers Castel's share from the split, not the town's later offer", () => {
    const result = engine.answer("how much is castel paying for the lorn bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Castel 50 million");
    expect(result.answer).not.toContain("cycle lane");
  });

  it("answers 'and Norvik?' with Norvik's share", () => {
    const result = askedIn(engine, "and norvik?", "how much is castel paying for the lorn bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Norvik will pay 62 million");
  });

  it("still answers the town's offer when the town is asked", () => {
    const result = engine.answer("how much did elmford offer to pay for the cycle lane?");
    expect(result.answer).toContain("3 million euros");
  });
});
