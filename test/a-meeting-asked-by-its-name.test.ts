/**
 * A meeting the store knows by a name of its own ("the Kulla talks", "the first round of the ferry
 * talks") tells where and when it was from its own record, even when no sentence says so in the
 * question's words. And a yes-no question moved to another meeting ("and at Dunmore?") is answered
 * from that meeting's facts only: a "no" said of another meeting is no answer.
 */
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, SIXTEENTH_EVENT_DIR } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const TOPICS = ["Kulla river ferry", "cross-river transport"];
const PARTIES: [string, string][] = [
  ["norvia", "Party"],
  ["estmark", "Party"],
];

const ferry = engineFrom(
  madeUpStore("kulla-ferry", {
    outlet: "Kulla Riverside News",
    title: "Norvia and Estmark agree a ferry across the Kulla",
    date: "2026-09-02",
    entities: [
      ...KULLA_NEIGHBOURS,
      {
        id: "kulla-ferry-talks",
        kind: "event",
        name: "Kulla ferry talks",
        description: "First round of the Norvia–Estmark ferry talks, Kulla, 10 February 2026",
        aliases: ["Kulla talks", "first round of the ferry talks"],
      },
      {
        id: "orsa-ferry-signing",
        kind: "event",
        name: "Orsa ferry signing",
        description: "Second round of the ferry talks, at which the agreement was signed, Orsa, 5 June 2026",
        aliases: ["Orsa signing", "second round of the ferry talks"],
      },
      {
        id: "dunmore-ferry-meeting",
        kind: "event",
        name: "Dunmore ferry meeting",
        description: "Meeting on the ferry timetable, Dunmore, 1 September 2026",
        aliases: ["Dunmore meeting"],
      },
    ],
    meetings: [
      {
        id: "2026-02-10-ferry-talks-kulla",
        title: "First round of Norvia–Estmark ferry talks in Kulla",
        date: "2026-02-10",
        place: "Harbour Hall, Kulla",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "kulla-opened",
            "In February 2026 Norvia and Estmark opened talks on a cross-river ferry.",
            ["kulla-ferry-talks", "norvia", "estmark"],
          ],
          [
            "kulla-cost",
            "Under the plan discussed in Kulla in February 2026, the ferry would cost 4 million euros.",
            ["kulla-ferry-talks", "norvia", "estmark"],
          ],
          [
            "kulla-office",
            "In February 2026 Norvia wanted the ferry office in Brenn, while Estmark proposed Lusk.",
            ["kulla-ferry-talks", "norvia", "estmark"],
          ],
          [
            "kulla-quote",
            'The Norvian negotiator said: "A river is a road that nobody paved."',
            ["kulla-ferry-talks", "norvia"],
          ],
          [
            "velmar-declined",
            "Velmar refused to observe the Kulla ferry talks.",
            ["velmar", "kulla-ferry-talks"],
          ],
        ],
      },
      {
        id: "2026-06-05-ferry-agreement-orsa",
        title: "Signing of the Norvia–Estmark ferry agreement in Orsa",
        date: "2026-06-05",
        place: "Town Hall, Orsa",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "orsa-signed",
            "Norvia and Estmark signed the ferry agreement at the Orsa ferry signing.",
            ["orsa-ferry-signing", "norvia", "estmark"],
          ],
          [
            "velmar-stayed-away",
            "Velmar again refused to observe, staying away from the Orsa ferry signing.",
            ["velmar", "orsa-ferry-signing"],
          ],
        ],
      },
      {
        id: "2026-09-01-ferry-meeting-dunmore",
        title: "Norvia–Estmark ferry meeting in Dunmore",
        date: "2026-09-01",
        place: "Pier House, Dunmore",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "dunmore-timetable",
            "At the Dunmore ferry meeting Norvia and Estmark set the ferry's first timetable.",
            ["dunmore-ferry-meeting", "norvia", "estmark"],
          ],
          [
            "velmar-observer",
            "Velmar observed the Dunmore ferry meeting for the first time, sending its transport secretary.",
            ["velmar", "dunmore-ferry-meeting", "dunmore"],
          ],
        ],
      },
    ],
  }),
);

describe("a meeting asked about by its own name says where and when it was", () => {
  // The Osogovo park story: its first round is known as "the Kyustendil talks", "the first round
  // of the Osogovo talks"; none of its many sentences says where it was in the question's words.
  const osogovo = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));

  it("gives the place of the meeting the name stands for, from its record", () => {
    const result = askedIn(osogovo, "where did the first round of the osogovo talks take place?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^In Kyustendil Regional Administration, Kyustendil/);
  });

  it("reads the meeting's other name the same way", () => {
    const result = askedIn(osogovo, "where did the kyustendil talks take place?");
    expect(result.answer).toMatch(/^In Kyustendil Regional Administration, Kyustendil/);
  });

  it("gives the day of the meeting the name stands for", () => {
    const result = askedIn(osogovo, "when did the kyustendil talks take place?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 February 2026");
  });

  it("does not take a meeting spoken of at another for the one whose record it is", () => {
    // Facts naming "the Kriva Palanka signing" as planned belong to the Kyustendil record too; the
    // signing's own record (Kriva Palanka Municipal Hall) answers.
    const result = askedIn(osogovo, "where did the kriva palanka signing take place?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^In Kriva Palanka Municipal Hall, Kriva Palanka/);
    expect(result.answer).not.toMatch(/^In Kyustendil/);
  });

  it("gives a small store's meeting asked by its alias its venue from its record, though no sentence names the hall", () => {
    expect(askedIn(ferry, "where did the kulla talks take place?").answer).toContain("Harbour Hall, Kulla");
  });
});

describe("a yes-no question moved to another meeting is answered from that meeting", () => {
  it("does not answer 'no' from a refusal at a different meeting", () => {
    const result = askedIn(ferry, "and at dunmore?", "did velmar observe the kulla talks?");
    expect(result.answer).toContain("Dunmore");
    expect(result.answer).not.toMatch(/Orsa|^No\b/);
    expect(result.answer).toContain("for the first time");
  });
});
