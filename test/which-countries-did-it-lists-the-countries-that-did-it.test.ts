/**
 * "Which countries pledged money at the Vesk conference?": the countries asked are those the facts
 * name doing it ("Norvik pledged …", "Lindra made the largest pledge …"), every one of them, not
 * the donors' total, a fund's pledge or the money paid out later, which share the question's words
 * and name only the country the money is for, nor a country that refused to.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const country = (id: string, name: string) => ({
  id,
  kind: "country" as const,
  name,
  description: "A country on the Elm Sea",
});

const pledged = (id: string, name: string, sum: number) =>
  [
    `${id}-pledge`,
    `${name} pledged ${sum} million euros for Castel's recovery from Cyclone Irma at the Vesk conference.`,
    [id, "castel", "vesk-conference"],
  ] as [string, string, string[]];

const engine = engineFrom(
  madeUpStore("elm-aid-wire", {
    outlet: "Elm Aid Wire",
    title: "Donors pledge 600 million for Castel",
    date: "2026-03-11",
    entities: [
      ...norvikAndCastel(),
      country("ostmark", "Ostmark"),
      country("lindra", "Lindra"),
      country("vaslia", "Vaslia"),
      country("tarn", "Tarn"),
      country("brell", "Brell"),
      {
        id: "vesk-conference",
        kind: "event",
        name: "Vesk donors' conference",
        description: "Donors' conference for Castel's recovery from Cyclone Irma, held in Vesk",
        aliases: ["Vesk conference"],
      },
      {
        id: "elm-fund",
        kind: "organization",
        name: "Elm Sea Recovery Fund",
        description: "Regional fund that pays out the money pledged for Castel",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-vesk-donors",
        title: "Donors' conference for Castel in Vesk",
        date: "2026-03-10",
        place: "Vesk",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
        ],
        facts: [
          [
            "total",
            "Donors pledged a total of 600 million euros at the Vesk conference for Castel's recovery from Cyclone Irma.",
            ["castel", "vesk-conference"],
          ],
          [
            "fund-pledge",
            "The Elm Sea Recovery Fund pledged 150 million euros for Castel's recovery from Cyclone Irma at the Vesk conference.",
            ["elm-fund", "castel", "vesk-conference"],
          ],
          [
            "fund-paid",
            "The Elm Sea Recovery Fund paid the first 40 million euros of the money pledged at the Vesk conference for Castel's recovery from Cyclone Irma.",
            ["elm-fund", "castel", "vesk-conference"],
          ],
          [
            "lindra-pledge",
            "Lindra made the largest pledge of any country at the Vesk conference for Castel's recovery from Cyclone Irma, 160 million euros.",
            ["lindra", "castel", "vesk-conference"],
          ],
          pledged("norvik", "Norvik", 120),
          pledged("ostmark", "Ostmark", 85),
          pledged("vaslia", "Vaslia", 45),
          pledged("tarn", "Tarn", 5),
          [
            "brell-refuses",
            "Brell refused to pledge money at the Vesk conference for Castel's recovery from Cyclone Irma.",
            ["brell", "castel", "vesk-conference"],
          ],
        ],
      },
    ],
  }),
);

describe("which countries did it lists the countries that did it", () => {
  it("lists every country that pledged, and not the total or the fund", () => {
    const result = engine.answer("which countries pledged money at the vesk conference?");
    expect(result.answered).toBe(true);
    for (const name of ["Lindra", "Norvik", "Ostmark", "Vaslia", "Tarn"])
      expect(result.answer).toContain(name);
    expect(result.answer).not.toContain("a total of");
    expect(result.answer).not.toContain("Elm Sea Recovery Fund");
    // (A country that refused to pledge did not.)
    expect(result.answer).not.toContain("Brell");
  });

  it("still lists what was pledged when the question asks no kind of doer", () => {
    const result = engine.answer("what was pledged at the vesk conference?");
    expect(result.answered).toBe(true);
  });
});
