/**
 * "yo is the water agency based in Norland or where", "is the next round in March or when":
 * a guess offered, then "or where?" / "or when?". The member asks where (or when), whatever the
 * guess: a wrong guess is answered with the place or the date the store tells, a right one with
 * the same, and a thing the store places nowhere still gets no answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-amari-agency", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland set up a lake agency",
    date: "2026-06-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "port-sella", kind: "place", name: "Port Sella", description: "Capital of Veloria" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Port town in Norland" },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Director of the Lake Amari Water Agency",
      },
      {
        id: "lwa",
        kind: "organization",
        name: "Lake Amari Water Agency",
        description: "Joint agency of Veloria and Norland that manages Lake Amari",
        aliases: ["LWA"],
      },
    ],
    meetings: [
      {
        id: "2026-06-01-port-sella",
        title: "Founding meeting of the Lake Amari Water Agency",
        date: "2026-06-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["water"],
        facts: [
          [
            "lwa-seat",
            "The Lake Amari Water Agency (LWA), based in Port Sella, has a staff of 40.",
            ["lwa", "veloria", "norland"],
          ],
          [
            "director-kessa",
            "The director of the Lake Amari Water Agency (LWA), Ilse Marrow, attended the fisheries talks in Kessa.",
            ["ilse-marrow", "lwa", "kessa"],
          ],
          [
            "next-round",
            "Veloria and Norland will meet next in Port Sella in March 2027 to set the lake's fishing quotas.",
            ["veloria", "norland"],
          ],
        ],
      },
    ],
  }),
);

describe("a guess followed by 'or where?' asks where", () => {
  it("answers where when the guessed place is wrong", () => {
    expect(engine.answer("yo is the lwa based in kessa or where").answer).toContain("Port Sella");
  });

  it("answers where when the guessed place is right", () => {
    expect(engine.answer("is the lwa in port sella or where").answer).toContain("Port Sella");
  });

  it("answers when after a guessed date and 'or when'", () => {
    expect(engine.answer("are veloria and norland meeting next in june or when").answer).toContain(
      "March 2027",
    );
  });

  it("still refuses where the store places nothing", () => {
    expect(engine.answer("is the lwa lab based in norland or where").answered).toBe(false);
    expect(engine.answer("is the lwa in kessa or where").answer).not.toContain("Marrow");
  });
});
