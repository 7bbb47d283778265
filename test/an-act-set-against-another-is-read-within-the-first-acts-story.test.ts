/**
 * "Was the first fund payment made before or after the board's first meeting?": the second act is
 * of the first one's story, so "the board" is that fund's board, read as a member would read it
 * after the first answer, and not the board of another story whose words match better. "How long
 * after the ferry deal was signed did the first ferry sail?": the act counted from has an
 * auxiliary of its own ("was signed"), so the question's act is the one after "did". Both days are
 * told and both facts cited.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  madeUpStore,
  NORVIK_AND_CASTEL,
  norviaAndEstmark,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const reef = madeUpStore("reef-fund", {
  outlet: "Sound Courier",
  title: "Norvik and Castel set up the Elm Reef Fund",
  date: "2026-07-01",
  entities: [
    ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
    { id: "reef-fund", kind: "initiative", name: "Elm Reef Fund", description: "Fund for the Elm reefs" },
    { id: "kelby", kind: "place", name: "Kelby", description: "Norvik's island town on the Elm Sea" },
  ],
  meetings: [
    {
      id: "2026-03-03-reef-fund-signing",
      title: "Signing of the Elm Reef Fund deal",
      date: "2026-03-03",
      place: "Kelby",
      participants: NORVIK_AND_CASTEL,
      topics: ["reefs", "finance"],
      facts: [
        [
          "reef-signed",
          "Norvik and Castel signed the Elm Reef Fund deal in Kelby on 3 March 2026.",
          ["norvik", "castel", "reef-fund", "kelby"],
        ],
        [
          "reef-payment",
          "Norvik made the first payment to the Elm Reef Fund on 18 June 2026.",
          ["norvik", "reef-fund"],
          "2026-06-18",
        ],
        [
          "reef-board",
          "The Elm Reef Fund board held its first meeting on 22 June 2026 in Kelby.",
          ["reef-fund", "kelby"],
          "2026-06-22",
        ],
      ],
    },
  ],
});

const port = madeUpStore("port-company", {
  outlet: "Korrin Herald",
  title: "The Korrin port company's board meets",
  date: "2026-09-10",
  entities: [
    ...norviaAndEstmark(),
    {
      id: "port-company",
      kind: "organization",
      name: "Korrin Port Company",
      description: "Joint port company",
    },
  ],
  meetings: [
    {
      id: "2026-09-09-port-board",
      title: "First meeting of the Korrin Port Company board",
      date: "2026-09-09",
      place: "Korrin",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["ports"],
      facts: [
        [
          "port-board",
          "The Korrin Port Company board held its first meeting on 9 September 2026.",
          ["port-company", "norvia", "estmark"],
        ],
      ],
    },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-one-story-acts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[reef, port].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("an act set against another is read within the first act's story", () => {
  it("sets the payment against that fund's board, not another story's", () => {
    const result = engine.answer(
      "was the first elm reef fund payment made before or after the board's first meeting?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Before/);
    expect(result.answer).toMatch(/18 June 2026/);
    expect(result.answer).toMatch(/22 June 2026/);
    expect(result.answer).not.toMatch(/Korrin/);
  });

  it("counts from a signing told with its own auxiliary", () => {
    const result = engine.answer(
      "how long after the elm reef fund deal was signed did norvik make the first payment?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^About (three|four) months/);
    expect(result.answer).toMatch(/3 March 2026/);
    expect(result.answer).toMatch(/18 June 2026/);
  });
});
