/**
 * "Who is the vice president of Veloria?" asks who holds the title: "Oren Vale, of the Vice
 * President's Office, sits on the board" names someone who works in that office, not its holder.
 * With no fact naming the holder, the question is refused; one that names the holder answers it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = (withHolder: boolean) =>
  madeUpStore("amari-board", {
    outlet: "Port Sella Courier",
    title: "Amari trust board meets",
    date: "2026-06-23",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "oren-vale",
        kind: "person",
        name: "Oren Vale",
        description: "Official of Veloria's Vice President's Office; member of the board of the Amari trust",
      },
      ...(withHolder
        ? [
            {
              id: "mira-sol",
              kind: "person" as const,
              name: "Mira Sol",
              description: "Vice President of Veloria",
            },
          ]
        : []),
    ],
    meetings: [
      {
        id: "2026-06-22-amari",
        title: "First meeting of the Amari trust board",
        date: "2026-06-22",
        place: "Port Sella",
        participants: [["veloria", "host"]],
        topics: ["reefs"],
        facts: [
          [
            "vale-board",
            "Oren Vale, of the Vice President's Office, which oversees the environment in Veloria, is a member of the board of the Amari trust.",
            ["oren-vale", "veloria"],
          ],
          ...(withHolder
            ? [
                [
                  "sol-vice-president",
                  "Mira Sol is the Vice President of Veloria.",
                  ["mira-sol", "veloria"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("a title in the name of an office names no holder of the title", () => {
  it("refuses who the vice president is when only someone of the Vice President's Office is named", () => {
    expect(engineFrom(store(false)).answer("who is the vice president of veloria").answered).toBe(false);
  });

  it("answers with the holder when a fact names them", () => {
    expect(engineFrom(store(true)).answer("who is the vice president of veloria").answer).toContain(
      "Mira Sol",
    );
  });
});
