/**
 * "Who is the president of Estmark?" asks who holds that country's title. "Oskar Lind is president
 * of the Norvia–Estmark Chamber of Commerce" names the country only inside the chamber's name: the
 * title is the chamber's, and the store has no president of Estmark. The chamber's president is
 * still its answer when the chamber is asked.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-trade-fair", {
    outlet: "Kulla Morning Post",
    title: "A trade fair on the Kulla",
    date: "2026-05-20",
    entities: [
      ...norviaAndEstmark(),
      {
        id: "kulla-chamber",
        kind: "organization",
        name: "Norvia–Estmark Chamber of Commerce",
        description: "Chamber of commerce for Norvian firms trading with Estmark",
      },
      {
        id: "oskar-lind",
        kind: "person",
        name: "Oskar Lind",
        description: "President of the Norvia–Estmark Chamber of Commerce; opened the trade fair",
      },
      {
        id: "mira-salo",
        kind: "person",
        name: "Mira Salo",
        description: "Foreign minister of Estmark",
      },
    ],
    meetings: [
      {
        id: "2026-05-18-kulla-trade-fair",
        title: "Norvia–Estmark trade fair in Dunmore",
        date: "2026-05-18",
        place: "Dunmore",
        participants: [
          ["kulla-chamber", "organiser"],
          ["oskar-lind", "President of the Norvia–Estmark Chamber of Commerce; opened the fair"],
          ["mira-salo", "Foreign minister of Estmark; guest"],
          ["estmark", "guest country"],
          ["norvia", "host country"],
        ],
        topics: ["trade"],
        facts: [
          [
            "lind-role",
            "Oskar Lind is president of the Norvia–Estmark Chamber of Commerce.",
            ["oskar-lind", "kulla-chamber"],
          ],
          ["salo-role", "Mira Salo is Estmark's foreign minister.", ["mira-salo", "estmark"]],
          [
            "fair-firms",
            "Forty firms from Norvia showed their goods at the trade fair in Dunmore.",
            ["norvia", "kulla-chamber"],
          ],
        ],
      },
    ],
  }),
);

describe("a title of a body that names a country is not the country's title", () => {
  it("does not answer who the country's president is with the chamber's president", () => {
    const result = askedIn(engine, "who is the president of estmark");
    expect(result.answer).not.toMatch(/Oskar Lind/);
  });

  it("still answers who the chamber's president is", () => {
    expect(askedIn(engine, "who is the president of the norvia-estmark chamber of commerce").answer).toMatch(
      /Oskar Lind/,
    );
  });

  it("still answers the country's own title", () => {
    expect(askedIn(engine, "who is estmark's foreign minister").answer).toMatch(/Mira Salo/);
  });
});
