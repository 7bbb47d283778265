/**
 * "Is the Kessel Lock still due to open in 2029?" when a second article moved the opening to March
 * 2031 and a third moved it again, to June 2032: how things stand is the last account of the
 * story, not the first change after the plan asked about. A third article about another thing of
 * the same place (its visitor centre, a customs office planned there) is no later account of the
 * lock: the second stands.
 */
import { describe, expect, it } from "vitest";
import { engineFrom, storesTogether } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country upstream", "A river country downstream"),
  {
    id: "kessel-lock",
    kind: "place",
    name: "Kessel Lock",
    description: "Ship lock on the Orrin River between Norvik and Castel",
  },
];

const meeting = (id: string, title: string, date: string, facts: [string, string, string[]][]) => ({
  id,
  title,
  date,
  place: "Castelmar",
  participants: NORVIK_AND_CASTEL,
  topics: ["ship lock"],
  facts,
});

const first = madeUpStore("orrin-gazette-lock-treaty", {
  outlet: "Orrin Gazette",
  title: "Norvik and Castel sign the Kessel Lock treaty",
  date: "2026-02-20",
  entities,
  meetings: [
    meeting("2026-02-18-kessel-lock-signing", "Signing of the Kessel Lock treaty", "2026-02-18", [
      ["lock-due", "The Kessel Lock is due to open in September 2029.", ["kessel-lock"]],
    ]),
  ],
});

const second = madeUpStore("orrin-gazette-lock-delay", {
  outlet: "Orrin Gazette",
  title: "The Kessel Lock is late",
  date: "2026-07-05",
  entities: [],
  meetings: [
    meeting("2026-07-03-kessel-lock-board", "Kessel Lock board meeting in July", "2026-07-03", [
      [
        "lock-late",
        "The Kessel Lock will not open before March 2031, eighteen months later than planned.",
        ["kessel-lock"],
      ],
    ]),
  ],
});

const third = madeUpStore("orrin-gazette-lock-delay-again", {
  outlet: "Orrin Gazette",
  title: "The Kessel Lock is late again",
  date: "2026-11-05",
  entities: [],
  meetings: [
    meeting("2026-11-03-kessel-lock-board", "Kessel Lock board meeting in November", "2026-11-03", [
      [
        "lock-later",
        "The Kessel Lock will not open before June 2032, postponed again after a flood damaged its gates.",
        ["kessel-lock"],
      ],
    ]),
  ],
});

describe("'still' is answered by the last of the later accounts", () => {
  it("follows the plan through each later article to the last", () => {
    const result = engineFrom(storesTogether(first, second, third)).answer(
      "is the kessel lock still due to open in 2029?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("June 2032");
  });
});

const aboutAnotherThing = (name: string, statement: string) =>
  madeUpStore(name, {
    outlet: "Orrin Gazette",
    title: "News from the Kessel Lock",
    date: "2026-11-05",
    entities: [],
    meetings: [
      meeting("2026-11-03-kessel-lock-board", "Kessel Lock board meeting in November", "2026-11-03", [
        ["lock-other", statement, ["kessel-lock"]],
      ]),
    ],
  });

describe("'still' does not follow on to a later account of another thing of the same place", () => {
  const others: [string, string][] = [
    [
      "its visitor centre",
      "The visitor centre of the Kessel Lock will not open before June 2032, postponed after a flood damaged its site.",
    ],
    [
      "a customs office there",
      "Castel postponed until 2032 its plan to open a customs office at the Kessel Lock.",
    ],
  ];
  for (const [what, statement] of others) {
    it(`stops at the lock's own later account, not ${what}`, () => {
      const other = aboutAnotherThing(`orrin-gazette-lock-${what.replaceAll(" ", "-")}`, statement);
      const result = engineFrom(storesTogether(first, second, other)).answer(
        "is the kessel lock still due to open in 2029?",
      );
      expect(result.answered).toBe(true);
      expect(result.answer).toContain("March 2031");
      expect(result.answer).not.toContain("2032");
    });
  }
});
