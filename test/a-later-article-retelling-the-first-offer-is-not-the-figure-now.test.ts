/**
 * "How much were the farmers offered in March? — and what is it now?": a later article's sentence
 * that only retells how things stood in March ("In March 2026 the two governments had offered
 * farmers 300 dollars a head") is the March account again, however much of the question it has;
 * the later account is the one that tells the new figure ("agreed to pay farmers 500 dollars").
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A hill country", "Norvik's neighbour across the Tarn hills"),
  {
    id: "tarn-corridor",
    kind: "initiative",
    name: "Tarn Wolf Corridor",
    description: "Wildlife corridor for wolves across the Tarn hills set up by Norvik and Castel",
  },
];
const article = norvikCastelStory("Tarn Herald", "tarn-launch", entities, ["wolves", "corridor"]);

const first = article("tarn-launch", "2026-03-12", {
  id: "2026-03-10-tarn-corridor-launch",
  title: "Norvik–Castel Tarn Wolf Corridor launch",
  date: "2026-03-10",
  place: "Elmford",
  facts: [
    [
      "offer-1",
      "The Elmford talks stalled over compensation: Norvik and Castel offered farmers 300 US dollars for each sheep killed by a wolf in the Tarn Wolf Corridor.",
      ["norvik", "castel", "tarn-corridor"],
    ],
  ],
});
const second = article("tarn-deal", "2026-07-17", {
  id: "2026-07-15-tarn-corridor-deal",
  title: "Norvik–Castel Tarn Wolf Corridor compensation deal",
  date: "2026-07-15",
  place: "Castelmar",
  facts: [
    [
      "deal-2",
      "Norvik and Castel agreed on 15 July 2026 to pay farmers 500 US dollars for each sheep killed by a wolf, ending a four-month dispute over the Tarn Wolf Corridor.",
      ["norvik", "castel", "tarn-corridor"],
    ],
    [
      "retold-2",
      "In March 2026 the two governments had offered farmers 300 dollars for each sheep killed by a wolf in the Tarn Wolf Corridor, while the farmers' union demanded 600 dollars.",
      ["norvik", "castel", "tarn-corridor"],
      null,
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-tarn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a later article retelling the first offer is not the figure now", () => {
  it("answers 'and what is it now?' with the later article's new figure", () => {
    const result = askedIn(engine, "and what is it now?", "how much were farmers offered in march?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*300 US dollars/);
    expect(result.answer).toMatch(/Later \(.*500 US dollars/);
    expect(result.answer).not.toMatch(/Later \(.*had offered/);
  });
});
