/**
 * "What changed for the ferry plan between the Port Elm conference and the Castelmar meeting?": the
 * two meetings are the ones held at the places named, even where the places' names are in other
 * meetings' facts too and the thing asked is named in the facts of a third meeting between them;
 * another story's meeting in the same city is not the one asked, nor is the story's latest meeting.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  norvikAndCastel,
  norvikCastelStory,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
  {
    id: "ferry-plan",
    kind: "initiative",
    name: "Sound ferry plan",
    description: "Plan of Norvik and Castel for a ferry across the Sound",
  },
  { id: "port-elm", kind: "place", name: "Port Elm", description: "Norvik's port on the Sound" },
  { id: "castelmar", kind: "place", name: "Castelmar", description: "Castel's port on the Sound" },
  { id: "lirac", kind: "place", name: "Lirac", description: "City on the Sound" },
];
const article = norvikCastelStory("Sound Courier", "conference", entities, ["ferry", "transport"]);

const conference = article("conference", "2026-03-11", {
  id: "2026-03-10-ferry-conference-port-elm",
  title: "Conference on the Sound ferry plan in Port Elm",
  date: "2026-03-10",
  place: "Port Elm",
  facts: [
    [
      "fleet",
      "At the Port Elm conference Norvik and Castel agreed that four ferries would cross the Sound, each to cost 30 million euros.",
      ["norvik", "castel", "ferry-plan"],
    ],
  ],
});
const payment = article("payment", "2026-05-19", {
  id: "2026-05-18-ferry-payment-castelmar",
  title: "First payment for the ferries in Castelmar",
  date: "2026-05-18",
  place: "Castelmar",
  facts: [
    [
      "paid",
      "Norvik paid the first 20 million euros for the Sound ferry plan in Castelmar on 18 May 2026, a trip planned at the Port Elm conference.",
      ["norvik", "ferry-plan", "port-elm", "castelmar"],
    ],
  ],
});
const meeting = article("meeting", "2026-10-07", {
  id: "2026-10-06-ferry-meeting-lirac",
  title: "Follow-up meeting of Norvik and Castel on the ferries in Lirac",
  date: "2026-10-06",
  place: "Lirac",
  facts: [
    [
      "cut",
      "At the Lirac meeting Norvik and Castel cut the number of ferries in the Sound ferry plan from four to three.",
      ["norvik", "castel", "ferry-plan"],
    ],
  ],
});
const later = article("december", "2026-12-03", {
  id: "2026-12-02-ferry-session-castelmar",
  title: "Session of Norvik and Castel on the ferries in Castelmar",
  date: "2026-12-02",
  place: "Castelmar",
  facts: [
    [
      "fares",
      "In Castelmar Norvik and Castel raised the fare of the Sound ferry plan from 12 to 15 euros.",
      ["norvik", "castel", "castelmar", "ferry-plan"],
    ],
  ],
});
const other = madeUpStore("other-lirac", {
  outlet: "Lirac Post",
  title: "A river pact signed in Lirac",
  date: "2026-06-25",
  entities: [
    { id: "vessa", kind: "country", name: "Vessa", description: "A river country" },
    { id: "dorn", kind: "country", name: "Dorn", description: "Vessa's neighbour upstream" },
  ],
  meetings: [
    {
      id: "2026-06-24-river-pact-lirac",
      title: "Signing of the Vessa–Dorn river pact in Lirac",
      date: "2026-06-24",
      place: "Lirac",
      participants: [
        ["vessa", "party"],
        ["dorn", "party"],
      ],
      facts: [["signed", "Vessa and Dorn signed a river pact in Lirac on 24 June 2026.", ["vessa", "dorn"]]],
    },
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-changes-places-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[conference, payment, meeting, later, other].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("what changed between two meetings named by their places pairs those two", () => {
  it("sets the Port Elm conference against the Lirac meeting, not the payment between", () => {
    const result = engine.answer(
      "what changed for the sound ferry plan between the port elm conference and the lirac meeting?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^From 10 March 2026 \(Port Elm\) to 6 October 2026 \(Lirac\)/);
    expect(result.answer).toMatch(/from four to three/);
    expect(result.answer).not.toMatch(/River pact|24 June|15 euros/i);
  });
});
