/**
 * "Who runs the cable?" is not answered by "Marta Lindholm, head of the bank's regional office, said
 * the loan depended on a joint company to own the cable": the fact has the act ("head") and names
 * the thing asked, but she heads something else. A fact whose act is of the thing asked ("runs the
 * cable", "the cable is run by …") still answers, and so does one whose act is said of it further on
 * across a figure ("will pay 1 million dollars and … for the centre").
 */
import { describe, expect, it } from "vitest";
import { askedIn as asked, combinedDataDir, engineFrom, FIFTH_EVENT_DIR } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const story = (withOperator: boolean) =>
  madeUpStore(withOperator ? "brook-herald-cable-run" : "brook-herald-cable", {
    outlet: "Brook Herald",
    title: "A loan for the Osk–Brel cable",
    date: "2026-06-02",
    entities: [
      { id: "osk", kind: "country", name: "Osk", description: "A country on the Brook coast" },
      { id: "brel", kind: "country", name: "Brel", description: "Osk's neighbour" },
      {
        id: "osk-brel-cable",
        kind: "initiative",
        name: "Osk–Brel fibre cable",
        description: "A fibre cable between Osk and Brel",
        aliases: ["fibre cable"],
      },
      {
        id: "tove-lind",
        kind: "person",
        name: "Tove Lind",
        description: "Head of the Northern Bank's regional office",
        aliases: ["Lind"],
      },
      {
        id: "amos-kerr",
        kind: "person",
        name: "Amos Kerr",
        description: "Chief executive of the Osk–Brel cable company",
        aliases: ["Kerr"],
      },
      { id: "northern-bank", kind: "organization", name: "Northern Bank", description: "A lender" },
    ],
    meetings: [
      {
        id: "2026-06-01-osk-brel-cable-talks",
        title: "Osk–Brel cable talks",
        date: "2026-06-01",
        place: "Osk",
        participants: [
          ["osk", "participant"],
          ["brel", "participant"],
        ],
        topics: ["cable", "loan"],
        facts: [
          [
            "loan-condition",
            "Tove Lind, head of the Northern Bank's regional office in Osk, said the loan depended on Osk and Brel setting up a joint company to own the fibre cable.",
            ["tove-lind", "northern-bank", "osk", "brel", "osk-brel-cable"],
          ],
          [
            "payments",
            "Osk will pay 4 million dollars and Brel 3 million dollars for the fibre cable.",
            ["osk", "brel", "osk-brel-cable"],
          ],
          ...(withOperator
            ? ([
                [
                  "operator",
                  "Amos Kerr runs the fibre cable for the joint company.",
                  ["amos-kerr", "osk-brel-cable"],
                ],
              ] as [string, string, string[]][])
            : []),
        ],
      },
    ],
  });

const without = engineFrom(story(false));
const withRunner = engineFrom(story(true));

describe("who did something did it to the thing asked", () => {
  it("is not someone who heads something else in a fact that also names the thing", () => {
    const result = without.answer("who runs the osk–brel fibre cable?");
    expect(result.answer).not.toContain("Lind");
  });

  it("is the one whose act is of the thing, where a fact says so", () => {
    const result = withRunner.answer("who runs the osk–brel fibre cable?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Amos Kerr");
  });

  it("still finds who pays for the thing across the figures", () => {
    const result = without.answer("who pays for the osk–brel fibre cable?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Osk will pay/);
  });
});

describe("who did it, of a fact that has the act only among its keywords", () => {
  const fifth = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));
  it("is who did the sentence's act, not the countries it was done between", () => {
    // "Uruguayan Foreign Minister Lucía Ferraro chaired the Montevideo waterway talks between
    // Argentina and Paraguay as mediator." (keywords: host, mediated, led)
    const result = asked(fifth, "who mediated the montevideo waterway talks?");
    expect(result.answer).not.toMatch(/^Argentina and Paraguay\./);
  });
});
