/**
 * Time questions over a story of three articles. "How did the cost change between March and
 * October?" takes its earlier side from March's account, not from July's figure that October's
 * raised. "When does work on the bridge start?" is answered by the later article that gives the
 * vague "early 2027" to the month ("January 2027"), not by one that names another month of that
 * year for something else. "Which came first: X or Y?" sets the two days side by side. "How many
 * eels a year at first, and how many now?" is not answered by one account whose "from 2026 to
 * 2030" is a span of years, not a change. "What changed about the bridge between the July and the October
 * sessions?" lists the bridge's changes, not a ferry's. "How long has the car ferry been running?" is
 * not answered by "Rask, chairman of the ferry operators' association since 2021".
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
  {
    id: "sound-bridge",
    kind: "initiative",
    name: "Sound bridge",
    description: "Road bridge across the Sound planned by Norvik and Castel",
  },
  {
    id: "sound-commission",
    kind: "organization",
    name: "Norvik–Castel Sound Commission",
    description: "Joint commission of Norvik and Castel for the Sound",
  },
  {
    id: "ola-rask",
    kind: "person",
    name: "Ola Rask",
    description: "Chairman of the Sound Ferry Operators' Association since 2021",
  },
  {
    id: "ferry-association",
    kind: "organization",
    name: "Sound Ferry Operators' Association",
    description: "Association of the ferry operators on the Sound",
  },
  { id: "castelmar", kind: "place", name: "Castelmar", description: "Port town of Castel" },
  { id: "velby", kind: "place", name: "Velby", description: "Harbour town of Norvik" },
  {
    id: "eel-programme",
    kind: "initiative",
    name: "Sound eel programme",
    description: "Joint programme of Norvik and Castel to restock the Sound with young eels",
  },
];
const article = norvikCastelStory("Sound Courier", "sound-plan", entities, ["bridge", "eels"]);

const first = article("sound-plan", "2026-03-12", {
  id: "2026-03-11-sound-commission-first-session",
  title: "First session of the Norvik–Castel Sound Commission",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "estimate",
      "The Norvik–Castel Sound Commission's first estimate of the cost of the Sound bridge was about 95 million dollars.",
      ["sound-commission", "sound-bridge"],
    ],
    [
      "plan",
      "The Norvik–Castel Sound Commission planned to choose a builder by the summer of 2026 and start work on the Sound bridge in early 2027.",
      ["sound-commission", "sound-bridge"],
    ],
    [
      "eels",
      "The commission agreed to release 60,000 young eels a year into the Sound for five years, from 2026 to 2030, at a cost of 3 million euros.",
      ["sound-commission", "eel-programme"],
    ],
    [
      "session",
      "The first session of the Norvik–Castel Sound Commission was held at the harbour office in Port Elm on 11 March 2026.",
      ["sound-commission"],
    ],
    ["patrols", "The Sound eel patrols began on 1 March 2026.", ["eel-programme"], "2026-03-01"],
  ],
});
const second = article("sound-builder", "2026-07-09", {
  id: "2026-07-08-sound-commission-second-session",
  title: "Second session of the Norvik–Castel Sound Commission",
  date: "2026-07-08",
  place: "Castelmar",
  facts: [
    [
      "eels-since",
      "The Sound eel programme has been running since 2019, when Norvik began counting eels in the Sound.",
      ["eel-programme", "norvik"],
    ],
    [
      "cost",
      "The Norvik–Castel Sound Commission agreed that the Sound bridge will cost 112 million dollars.",
      ["sound-commission", "sound-bridge"],
    ],
    [
      "start",
      "Work on the Sound bridge is to start in January 2027, and the bridge is to open on 2 December 2028.",
      ["sound-bridge"],
    ],
  ],
});
const third = article("sound-piers", "2026-10-15", {
  id: "2026-10-14-sound-commission-third-session",
  title: "Third session of the Norvik–Castel Sound Commission",
  date: "2026-10-14",
  place: "Velby",
  facts: [
    [
      "raised",
      "Deeper piers raise the cost of the Sound bridge from 112 million dollars to 127.5 million dollars.",
      ["sound-bridge"],
    ],
    ["eels-raised", "Castel raised the fare of its Velby ferry from 5 to 7 dollars.", ["castel", "velby"]],
    [
      "next",
      "The Norvik–Castel Sound Commission will meet next in Port Elm in March 2027 to look at the Sound bridge.",
      ["sound-commission", "sound-bridge"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-sound-time-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a month named as the earlier side of a change", () => {
  it("takes the earlier side from that month's account", () => {
    const result = engine.answer("how has the sound bridge cost changed between march and october?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*95 million/);
    expect(result.answer).toMatch(/Later \(.*127\.5 million/);
  });

  it("keeps July's figure as the earlier side between July and October", () => {
    const result = engine.answer("how has the sound bridge cost changed between july and october?");
    expect(result.answer).not.toMatch(/95 million/);
  });
});

describe("a vague planned day given to the month later", () => {
  it("answers with the month the later article gives", () => {
    const result = engine.answer("when does work on the sound bridge start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/January 2027/);
    expect(result.answer).not.toMatch(/March 2027/);
  });
});

describe("what changed about a thing between two meetings", () => {
  it("lists only the changes of the thing named", () => {
    const result = engine.answer(
      "what changed about the sound bridge between the castelmar and the october velby sessions?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/127\.5 million/);
    expect(result.answer).not.toMatch(/ferry/);
  });
});

describe("which came first", () => {
  it("sets the two days side by side", () => {
    const result = engine.answer(
      "which came first: the start of the sound eel patrols or the first session of the sound commission?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Before: .*1 March 2026.*11 March 2026/);
  });

  it("stays refused when one of the two has no day", () => {
    const result = engine.answer(
      "which came first: the sound eel census or the first session of the sound commission?",
    );
    expect(result.answer).not.toMatch(/^(?:Before|After):/);
  });
});

describe("how long a thing has been going", () => {
  it("is not answered by the since of a person's post", () => {
    const result = engine.answer("how long has the sound car ferry been running?");
    expect(result.answered).toBe(false);
  });

  it("still answers how long a thing has been so by its own since", () => {
    const result = engine.answer("how long has the sound eel programme been running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/since 2019/);
  });
});

describe("a span of years is not a change", () => {
  it("does not give one account as both sides", () => {
    const result = engine.answer(
      "how many eels a year were planned for the sound at first, and how many now?",
    );
    expect(result.answer).not.toMatch(/60,000/);
  });
});
