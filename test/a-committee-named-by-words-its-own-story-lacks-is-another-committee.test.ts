/**
 * "When will the trilateral patrol committee meet?": another story's fisheries committee was given
 * the alias "committee", but the words right before it ("trilateral patrol") are none of that
 * committee's own, so they describe another committee, read as words. Asked alone, "the committee"
 * is still the fisheries committee.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const sorn = madeUpStore("elm-gazette-sorn-committee", {
  outlet: "Elm Gazette",
  title: "Norvik and Castel share the Gulf of Sorn",
  date: "2026-10-16",
  entities: [
    ...norvikAndCastel(),
    {
      id: "sorn-committee",
      kind: "organization",
      name: "Norvik–Castel fisheries committee",
      description: "Committee of Norvik and Castel on fishing in the Gulf of Sorn",
      aliases: ["committee", "fisheries committee"],
    },
  ],
  meetings: [
    {
      id: "2026-10-15-sorn-signing",
      title: "Signing of the Gulf of Sorn fishing agreement in Port Elm",
      date: "2026-10-15",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["fishing", "gulf"],
      facts: [
        [
          "committee-meets",
          "The Norvik–Castel fisheries committee will meet again in March 2027.",
          ["sorn-committee"],
        ],
      ],
    },
  ],
});

const varn = madeUpStore("lumen-post-varn-patrol", {
  outlet: "Lumen Post",
  title: "Velia and Tarn patrol the Gulf of Varn",
  date: "2026-11-20",
  entities: [
    { id: "velia", kind: "country", name: "Velia", description: "A country on the Gulf of Varn" },
    { id: "tarn", kind: "country", name: "Tarn", description: "A country across the Gulf of Varn" },
  ],
  meetings: [
    {
      id: "2026-11-19-varn-patrol-talks",
      title: "Velia–Tarn talks on a mangrove patrol in the Gulf of Varn",
      date: "2026-11-19",
      place: "Lumen",
      participants: [
        ["velia", "participant"],
        ["tarn", "participant"],
      ],
      topics: ["mangroves", "patrol"],
      facts: [
        [
          "trilateral-committee",
          "A trilateral patrol committee of Velia, Tarn and Castel will meet in Lumen in January 2027.",
          ["velia", "tarn", "castel"],
        ],
      ],
    },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-committees-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[sorn, varn].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a committee named by words its own story lacks is another committee", () => {
  it("reads 'the trilateral patrol committee' as words, not the other story's committee", () => {
    const result = askedIn(engine, "when will the trilateral patrol committee meet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/January 2027/);
  });

  it("still reads 'the committee' alone as the fisheries committee", () => {
    const result = askedIn(engine, "when will the committee meet again?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2027/);
  });

  it("still reads 'the fisheries committee' as it", () => {
    expect(askedIn(engine, "when will the fisheries committee meet again?").answer).toMatch(/March 2027/);
  });
});
