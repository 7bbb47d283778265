/**
 * "What happened on 14 March 2026?" where the store has two meetings that day, of two stories, and
 * one's title has the year ("2026 grazing quota talks"): the day's own words pick neither, so the
 * answer says there were two and tells each, rather than one of them as if it were the day's only
 * news.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const grazing = madeUpStore("upland-times-grazing", {
  outlet: "Upland Times",
  title: "Grazing quota talks open",
  date: "2026-03-15",
  entities: norvikAndCastel(),
  meetings: [
    {
      id: "2026-03-14-grazing-quota-talks",
      title: "Norvik–Castel 2026 grazing quota talks in Hollin",
      date: "2026-03-14",
      place: "Hollin",
      participants: NORVIK_AND_CASTEL,
      topics: ["grazing", "quota"],
      facts: [
        [
          "grazing-open",
          "Norvik and Castel opened talks in Hollin on the number of sheep each may graze on the Hollin uplands.",
          ["norvik", "castel"],
        ],
      ],
    },
  ],
});
const lighthouse = madeUpStore("coast-gazette-lighthouse", {
  outlet: "Coast Gazette",
  title: "Velmar lists its lighthouse",
  date: "2026-03-15",
  entities: [{ id: "velmar", kind: "country", name: "Velmar", description: "An island country" }],
  meetings: [
    {
      id: "2026-03-14-velmar-lighthouse-listing",
      title: "Velmar lists the Skarre lighthouse as a national monument",
      date: "2026-03-14",
      place: "Skarre",
      participants: [["velmar", "host"]],
      topics: ["heritage", "lighthouse"],
      facts: [
        [
          "lighthouse-listed",
          "Velmar listed the Skarre lighthouse as a national monument in Skarre on 14 March 2026.",
          ["velmar"],
        ],
      ],
    },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-same-day-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[grazing, lighthouse].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a day with several meetings is told as each of them", () => {
  it("says how many meetings the day had and tells each", () => {
    const result = engine.answer("what happened on 14 march 2026");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2 meetings on 14 March 2026/);
    expect(result.answer).toMatch(/grazing quota talks/);
    expect(result.answer).toMatch(/Skarre lighthouse/);
  });

  it("still tells the one meeting a day's question names by its words", () => {
    const result = engine.answer("what happened at the lighthouse on 14 march 2026");
    expect(result.answer).toMatch(/Skarre lighthouse/);
    expect(result.answer).not.toMatch(/grazing/);
  });
});
