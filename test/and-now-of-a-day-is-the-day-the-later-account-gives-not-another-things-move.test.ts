/**
 * "When was the second batch of objects first due? — and now?" where a later article says the
 * batch "will not leave in November 2026 as planned; it is now due on 9 March 2027" and, the same
 * day, that the museum's opening "has been moved from 12 December 2026 to 27 March 2027": the
 * later side is the batch's own new day, not another thing's move told beside it. (A later side
 * with no day ahead of its own, "pushed back the start", still gives way to the move.)
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A former colonial power", "A country whose royal objects Norvik holds"),
  {
    id: "royal-collection",
    kind: "initiative",
    name: "Elm royal collection",
    description: "Royal masks and stools Norvik is returning to Castel in two batches",
  },
  {
    id: "royal-museum",
    kind: "organization",
    name: "Elm Royal Museum",
    description: "Museum in Castel built to house the returned Elm royal collection",
  },
];
const article = norvikCastelStory("Elm Heritage Courier", "objects-may", entities, ["heritage", "return"]);

const first = article("objects-may", "2026-05-15", {
  id: "2026-05-14-objects-may",
  title: "First Elm royal objects arrive in Castel",
  date: "2026-05-14",
  place: "Castelmar",
  facts: [
    [
      "second-due",
      "In May 2026 the second batch of 59 Elm royal objects was still due to arrive on 16 November 2026.",
      ["royal-collection", "norvik", "castel"],
    ],
    [
      "museum-due",
      "The Elm Royal Museum, with galleries and climate-controlled storage rooms for the Elm royal objects, was due to open on 12 December 2026.",
      ["royal-museum", "royal-collection"],
    ],
  ],
});
const second = article("objects-oct", "2026-10-08", {
  id: "2026-10-07-objects-oct",
  title: "Second Elm royal batch put back",
  date: "2026-10-07",
  place: "Port Elm",
  facts: [
    [
      "second-now",
      "The second batch of Elm royal objects will not leave in November 2026 as planned; it is now due in Castelmar on 9 March 2027, because the storage rooms of the Elm Royal Museum will not be finished before February.",
      ["royal-collection", "royal-museum", "norvik", "castel"],
    ],
    [
      "both-back",
      "The second batch of the Elm royal collection and the opening of the Elm Royal Museum have both been pushed back.",
      ["royal-collection", "royal-museum"],
    ],
    [
      "museum-moved",
      "The Elm Royal Museum's opening has been moved from 12 December 2026 to 27 March 2027.",
      ["royal-museum", "royal-collection"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-batch-day-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' of a day whose later account gives the new day itself", () => {
  it("is answered by that account, not by another thing's move told the same day", () => {
    const result = askedIn(engine, "and now?", "when was the second batch of elm royal objects first due");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*16 November 2026/);
    expect(result.answer).toMatch(/Later \(.*9 March 2027/);
    expect(result.answer).not.toMatch(/27 March 2027/);
  });
});
