/**
 * Readouts tell what each side said in their own words, and members ask in theirs. A refusal asked
 * ("what did they refuse to fund?") is met only by a refusal of a deed, not by a refusal to speak:
 * "declined to comment on reports that Kestrel would build a naval base" refuses no base. And a
 * remark the readout files under its one speaker, whose quoted words open on the saying ("said
 * both sides had set a target …"), is that speaker's, though its statement names no sayer.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("tern-herald-kestrel-receives-harbour-forum", {
  outlet: "Tern Herald",
  title: "Kestrel's foreign minister receives the Harbour Forum's secretary general",
  date: "2026-05-12",
  entities: [
    { id: "kestrel", kind: "country", name: "Kestrel", description: "A coastal country" },
    { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
    {
      id: "harbour-forum",
      kind: "organization",
      name: "Harbour Forum",
      description: "A forum of the Tern Sea's port states",
    },
    {
      id: "mira-tolle",
      kind: "person",
      name: "Mira Tolle",
      description: "Foreign Minister of Kestrel",
      aliases: ["Tolle"],
    },
    {
      id: "osk-vanner",
      kind: "person",
      name: "Osk Vanner",
      description: "Secretary General of the Harbour Forum",
      aliases: ["Vanner"],
    },
  ],
  meetings: [
    {
      id: "2026-05-11-tolle-receives-vanner",
      title: "Tolle receives Vanner in Port Sallow",
      date: "2026-05-11",
      place: "Port Sallow",
      participants: [
        ["mira-tolle", "host"],
        ["osk-vanner", "guest"],
      ],
      topics: ["harbour forum", "trade"],
      facts: [
        [
          "vanner-experience",
          "Vanner underscored Kestrel's long experience in coastal diplomacy.",
          ["osk-vanner", "kestrel"],
        ],
        [
          "vanner-chairmanship",
          "Vanner highlighted Kestrel's successful chairmanship of the Harbour Forum.",
          ["osk-vanner", "kestrel", "harbour-forum"],
        ],
        [
          "vanner-rescue-pact",
          "Vanner highlighted Kestrel's role in the Tern Sea rescue pact.",
          ["osk-vanner", "kestrel"],
        ],
        [
          "vanner-summit",
          "Vanner congratulated Kestrel on hosting the Tern Sea summit, calling it a mark of the region's trust.",
          ["osk-vanner", "kestrel"],
        ],
        [
          "tolle-thanks",
          "Tolle thanked Vanner for the forum's support of the Sallow lighthouse.",
          ["mira-tolle", "osk-vanner", "harbour-forum"],
        ],
        [
          "tolle-no-comment",
          "Tolle declined to comment on reports that Kestrel would build a naval base at Sallow.",
          ["mira-tolle", "kestrel"],
        ],
        [
          "trade-target",
          "Kestrel and Arden set a target of 40 million dollars in trade by 2030.",
          ["kestrel", "arden", "mira-tolle"],
        ],
      ],
    },
  ],
});

// The readout's curator quoted the trade target from the minister's sentence, whose subject went
// before the saying: "Minister Tolle … said both sides had set a target of 40 million dollars".
const folder = join(store, "2026-05-12-tern-herald-kestrel-receives-harbour-forum");
const quoted = "said both sides had set a target of 40 million dollars by 2030";
writeFileSync(
  join(folder, "article.txt"),
  `${readFileSync(join(folder, "article.txt"), "utf8")}\nMinister Tolle welcomed the talks and ${quoted}.`,
);
const factsFile = join(folder, "facts.json");
const facts = JSON.parse(readFileSync(factsFile, "utf8")) as { id: string; quote: string }[];
for (const fact of facts) if (fact.id === "trade-target") fact.quote = quoted;
writeFileSync(factsFile, JSON.stringify(facts, null, 2));

const engine = engineFrom(store);

describe("a refusal to comment refuses no deed, and a quoted remark is its speaker's", () => {
  it("does not take a refusal to comment for the refusal of the act asked", () => {
    // The naval base is only what the reports she would not comment on said Kestrel would build.
    for (const question of [
      "What did Kestrel refuse to fund?",
      "What did Kestrel refuse to build at Sallow?",
    ]) {
      const result = engine.answer(question);
      expect(result.answered, question).toBe(false);
    }
  });

  it("still answers what the minister declined to comment on", () => {
    const result = engine.answer("What did Tolle decline to comment on?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/naval base/);
  });

  it("takes a remark whose quoted words open on the saying as the one person it is filed under", () => {
    const result = engine.answer("What did Kestrel's foreign minister say about trade?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/40 million/);
  });

  it("does not give one speaker's quoted remark as what the other side said", () => {
    const result = engine.answer("What did Vanner say about trade?");
    expect(result.answer).not.toMatch(/40 million/);
  });
});
