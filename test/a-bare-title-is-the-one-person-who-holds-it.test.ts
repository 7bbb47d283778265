/**
 * Readouts name people by title as often as by name ("the Secretary General noted …"), and so do
 * askers: "what did the secretary general say?", "what did the SG congratulate them on?". A title
 * with no one's name beside it is the person the store describes so. When two people hold it, the
 * conversation's meeting may say which; when nothing does, the asker is asked which one, never
 * answered about a guess.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const VELORIA = {
  id: "veloria",
  kind: "country",
  name: "Veloria",
  description: "A coastal country",
} as const;
const ARDEN = { id: "arden", kind: "country", name: "Arden", description: "An inland country" } as const;
const BRISK = { id: "brisk", kind: "country", name: "Brisk", description: "A mountain country" } as const;
/** Arden's and Brisk's foreign ministers: one title, two holders. */
const VARGA: MadeUpEntity = {
  id: "lis-varga",
  kind: "person",
  name: "Lis Varga",
  description: "Foreign Minister of Arden",
  aliases: ["Varga"],
};
const HEBB: MadeUpEntity = {
  id: "nils-hebb",
  kind: "person",
  name: "Nils Hebb",
  description: "Foreign Minister of Brisk",
  aliases: ["Hebb"],
};

/** One secretary general (of a forum), one president, and a deputy who is no foreign minister. */
const oneHolder = engineFrom(
  madeUpStore("elm-gazette-one-secretary-general", {
    outlet: "Elm Gazette",
    title: "Veloria's president receives the Elm Forum's secretary general",
    date: "2026-03-04",
    entities: [
      VELORIA,
      { id: "elm-forum", kind: "organization", name: "Elm Forum", description: "A forum of Elm Sea states" },
      {
        id: "oda-marrin",
        kind: "person",
        name: "Oda Marrin",
        description: "Secretary General of the Elm Forum",
        aliases: ["Marrin"],
      },
      {
        id: "tam-ostrow",
        kind: "person",
        name: "Tam Ostrow",
        description: "President of Veloria",
        aliases: ["Ostrow"],
      },
      {
        id: "pell-ardo",
        kind: "person",
        name: "Pell Ardo",
        description: "Deputy Foreign Minister of Veloria",
        aliases: ["Ardo"],
      },
    ],
    meetings: [
      {
        id: "2026-03-03-ostrow-receives-marrin",
        title: "Ostrow receives Marrin in Velo City",
        date: "2026-03-03",
        place: "Velo City",
        participants: [
          ["tam-ostrow", "host"],
          ["oda-marrin", "guest"],
          ["pell-ardo", "participant"],
        ],
        topics: ["forum", "chairmanship"],
        facts: [
          [
            "marrin-congratulates",
            "Marrin said Veloria would chair the Elm Forum well and congratulated it on taking over the chairmanship.",
            ["oda-marrin", "veloria", "elm-forum"],
          ],
          [
            "ostrow-thanks",
            "Ostrow thanked Marrin for the forum's support of the harbour project.",
            ["tam-ostrow", "oda-marrin", "elm-forum"],
          ],
          ["ardo-notes", "Ardo noted that the harbour project would open in 2028.", ["pell-ardo"]],
        ],
      },
    ],
  }),
);

/** Two foreign ministers, each at a meeting of a story of their own. */
const twoStories = engineFrom(
  madeUpStore("elm-gazette-two-foreign-ministers", {
    outlet: "Elm Gazette",
    title: "Two foreign ministers, two stories",
    date: "2026-06-10",
    entities: [VELORIA, ARDEN, BRISK, VARGA, HEBB],
    meetings: [
      {
        id: "2026-06-08-arden-veloria-salmon-talks",
        title: "Arden–Veloria salmon talks in Port Elm",
        date: "2026-06-08",
        place: "Port Elm",
        participants: [
          ["lis-varga", "delegation head"],
          ["veloria", "participant"],
          ["arden", "participant"],
        ],
        topics: ["salmon", "quotas"],
        facts: [
          [
            "varga-salmon",
            "Varga said Arden would halve its salmon catch in 2027.",
            ["lis-varga", "arden", "veloria"],
          ],
        ],
      },
      {
        id: "2026-06-09-brisk-veloria-rail-talks",
        title: "Brisk–Veloria rail talks in Hollin",
        date: "2026-06-09",
        place: "Hollin",
        participants: [
          ["nils-hebb", "delegation head"],
          ["veloria", "participant"],
          ["brisk", "participant"],
        ],
        topics: ["rail", "freight"],
        facts: [
          [
            "hebb-rail",
            "Hebb said the Hollin rail link would carry freight from 2029.",
            ["nils-hebb", "brisk", "veloria"],
          ],
        ],
      },
    ],
  }),
);

/** Two foreign ministers at one meeting. */
const oneMeeting = engineFrom(
  madeUpStore("elm-gazette-one-meeting-two-ministers", {
    outlet: "Elm Gazette",
    title: "Arden and Brisk foreign ministers meet",
    date: "2026-07-02",
    entities: [ARDEN, BRISK, VARGA, HEBB],
    meetings: [
      {
        id: "2026-07-01-arden-brisk-border-talks",
        title: "Arden–Brisk border talks in Kell",
        date: "2026-07-01",
        place: "Kell",
        participants: [
          ["lis-varga", "host"],
          ["nils-hebb", "guest"],
        ],
        topics: ["border", "crossings"],
        facts: [
          [
            "varga-border",
            "Varga said Arden would open two new border crossings in 2027.",
            ["lis-varga", "arden"],
          ],
          ["hebb-border", "Hebb said Brisk would staff the crossings jointly.", ["nils-hebb", "brisk"]],
          [
            "talks-held",
            "Varga and Hebb held border talks in Kell on 1 July 2026.",
            ["lis-varga", "nils-hebb", "arden", "brisk"],
          ],
        ],
      },
    ],
  }),
);

describe("a bare title is the one person who holds it", () => {
  it("answers what the secretary general said with what the one secretary general said", () => {
    const result = oneHolder.answer("what did the secretary general say?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Marrin said Veloria would chair/);
  });

  it("reads the title's abbreviation as the title", () => {
    for (const question of ["what did the SG say?", "what did the sec gen congratulate Veloria on?"]) {
      const result = oneHolder.answer(question);
      expect(result.answered, question).toBe(true);
      expect(result.answer, question).toMatch(/Marrin said/);
    }
  });

  it("takes a one-word title the same way", () => {
    const result = oneHolder.answer("who did the president thank?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Oda Marrin/);
  });

  it("does not take a deputy's title for the title itself", () => {
    const result = oneHolder.answer("what did the foreign minister say?");
    expect(result.answer).not.toMatch(/Ardo/);
  });
});

describe("a title two people hold in different stories", () => {
  it("asks which one is meant when nothing says", () => {
    const result = twoStories.answer("what did the foreign minister say?");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/Which foreign minister do you mean\?/);
    expect(result.answer).toMatch(/Lis Varga/);
    expect(result.answer).toMatch(/Nils Hebb/);
  });

  it("is the one at the meeting the conversation is about", () => {
    const result = askedIn(
      twoStories,
      "what did the foreign minister say?",
      "what happened at the Brisk–Veloria rail talks in Hollin?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Hollin rail link/);
    expect(result.answer).not.toMatch(/salmon/);
  });
});

describe("a title two people hold at one meeting", () => {
  it("is not guessed at, even about that meeting", () => {
    const result = askedIn(
      oneMeeting,
      "what did the foreign minister say?",
      "what happened at the border talks in Kell?",
    );
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/Which foreign minister do you mean\?/);
  });

  it("is the one a word of the question picks", () => {
    const result = oneMeeting.answer("what did the Brisk foreign minister say?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/staff the crossings/);
  });
});

/** Six foreign ministers, each at a meeting of their own: more than a "which one?" can offer. */
const SIX = ["Arlo", "Bexa", "Corin", "Dava", "Emrik", "Fenna"];
const sixHolders = engineFrom(
  madeUpStore("elm-gazette-six-foreign-ministers", {
    outlet: "Elm Gazette",
    title: "Six foreign ministers, six visits",
    date: "2026-07-01",
    entities: SIX.flatMap((name) => [
      {
        id: `${name.toLowerCase()}-land`,
        kind: "country" as const,
        name: `${name}land`,
        description: "A country",
      },
      {
        id: `${name.toLowerCase()}-tove`,
        kind: "person" as const,
        name: `${name} Tove`,
        description: `Foreign Minister of ${name}land`,
      },
    ]),
    meetings: SIX.map((name, i) => ({
      id: `2026-06-0${i + 1}-${name.toLowerCase()}-visit`,
      title: `${name} Tove visits Velo City`,
      date: `2026-06-0${i + 1}`,
      place: "Velo City",
      participants: [[`${name.toLowerCase()}-tove`, "guest"] as [string, string]],
      topics: ["visit"],
      facts: [
        [
          `${name.toLowerCase()}-pledge`,
          `${name} Tove said ${name}land would open a consulate in Velo City.`,
          [`${name.toLowerCase()}-tove`, `${name.toLowerCase()}-land`],
        ] as [string, string, string[]],
      ],
    })),
  }),
);

describe("a title many people hold", () => {
  it("is not offered as a list of everyone who holds it", () => {
    const result = askedIn(sixHolders, "what did the foreign minister say?");
    expect(result.answer).not.toMatch(/Which foreign minister do you mean\?/);
  });
});
