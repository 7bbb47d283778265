/**
 * "Is Ada Kerr still running the Brask crossing working group?": her description says she "heads the
 * commission's working group on the Brask crossing", where "working group" is a common noun of her
 * own story. Another story's body was given the alias "working group"; the description does not
 * name that body, so the question's "working group" is not read as it either, and the fact that she
 * was replaced answers. Asked alone, "the working group" is still the other story's body, and a
 * description that names its own story's body by such an alias still names it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const crossing = madeUpStore("elm-gazette-brask-crossing", {
  outlet: "Elm Gazette",
  title: "Norvik and Castel widen the Brask crossing",
  date: "2026-10-02",
  entities: [
    ...norvikAndCastel(),
    {
      id: "brask-crossing",
      kind: "place",
      name: "Brask crossing",
      description: "Road border crossing between Norvik and Castel",
    },
    {
      id: "ada-kerr",
      kind: "person",
      name: "Ada Kerr",
      description:
        "Norvik's Deputy Minister of Infrastructure until 14 September 2026; headed the commission's working group on the Brask crossing",
      aliases: ["Kerr"],
    },
    {
      id: "ben-tull",
      kind: "person",
      name: "Ben Tull",
      description: "Norvik's Deputy Minister of Infrastructure since 14 September 2026",
    },
  ],
  meetings: [
    {
      id: "2026-03-10-brask-commission",
      title: "First session of the Norvik–Castel transit commission on the Brask crossing",
      date: "2026-03-10",
      place: "Vessa",
      participants: [...NORVIK_AND_CASTEL, ["ada-kerr", "delegate"]],
      topics: ["crossing", "transit"],
      facts: [
        [
          "kerr-heads",
          "Ada Kerr, Norvik's Deputy Minister of Infrastructure, heads the commission's working group on the Brask crossing.",
          ["ada-kerr", "brask-crossing"],
        ],
      ],
    },
    {
      id: "2026-10-01-brask-commission",
      title: "Second session of the Norvik–Castel transit commission on the Brask crossing",
      date: "2026-10-01",
      place: "Port Elm",
      participants: [...NORVIK_AND_CASTEL, ["ben-tull", "delegate"]],
      topics: ["crossing", "transit"],
      facts: [
        [
          "tull-replaces",
          "Ben Tull became Norvik's Deputy Minister of Infrastructure on 14 September 2026, replacing Ada Kerr.",
          ["ben-tull", "ada-kerr"],
          "2026-09-14",
        ],
      ],
    },
  ],
});

const tunnel = madeUpStore("lumen-post-sorn-tunnel", {
  outlet: "Lumen Post",
  title: "Velia and Sorn sign the Sorn tunnel treaty",
  date: "2026-08-21",
  entities: [
    { id: "velia", kind: "country", name: "Velia", description: "A country in the mountains" },
    { id: "sorn", kind: "country", name: "Sorn", description: "A country beyond the pass" },
    {
      id: "sorn-transit-working-group",
      kind: "organization",
      name: "Velia–Sorn working group on tunnel transit",
      description: "Working group of Velia and Sorn to which the treaty refers the transit of lorries",
      aliases: ["working group", "transit working group"],
    },
    {
      id: "lia-varo",
      kind: "person",
      name: "Lia Varo",
      description: "Sorn's transport official; chairs the working group on tunnel transit",
    },
  ],
  meetings: [
    {
      id: "2026-08-20-sorn-tunnel-signing",
      title: "Signing of the Sorn tunnel treaty in Lumen",
      date: "2026-08-20",
      place: "Lumen",
      participants: [
        ["velia", "participant"],
        ["sorn", "participant"],
        ["lia-varo", "delegate"],
      ],
      topics: ["tunnel", "transit"],
      facts: [
        [
          "referred",
          "The treaty refers the transit of lorries to the Velia–Sorn working group on tunnel transit, which is to report by June 2027.",
          ["velia", "sorn", "sorn-transit-working-group"],
        ],
        [
          "varo-chairs",
          "Lia Varo of Sorn chairs the working group on tunnel transit.",
          ["lia-varo", "sorn-transit-working-group"],
        ],
      ],
    },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-brask-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[crossing, tunnel].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);
const kb = engine.knowledge();

describe("a common noun in a description is not another story's entity", () => {
  it("does not read her 'working group' as the other story's body", () => {
    expect(kb.namedInDescription("ada-kerr").has("sorn-transit-working-group")).toBe(false);
    expect(kb.namedInDescription("ada-kerr").has("brask-crossing")).toBe(true);
  });

  it("still reads a description's alias of its own story's body", () => {
    expect(kb.namedInDescription("lia-varo").has("sorn-transit-working-group")).toBe(true);
  });

  it("answers whether she still runs it from her replacement", () => {
    const result = askedIn(engine, "is ada kerr still running the brask crossing working group?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ben Tull/);
  });

  it("still reads 'the working group' asked alone as the body of that name", () => {
    const result = askedIn(engine, "when is the working group to report?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/June 2027/);
  });

  it("keeps refusing what neither story tells", () => {
    expect(askedIn(engine, "is ada kerr still running the sorn tunnel working group?").answered).toBe(false);
  });
});
