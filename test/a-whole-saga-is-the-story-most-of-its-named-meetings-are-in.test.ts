/**
 * "Give me the whole Norvik–Castel salt and timber saga from the start": the question's words name
 * three rounds of talks and the signing alike. The newest, the signing, was filed under topics
 * ("signing", "ratification") it shares only with another story's signing of two of the same
 * countries, so its own story is that other signing. The saga is the story that holds most of the
 * meetings named alike, the rounds, with the signing of the same two countries beside them; the
 * other story's signing stays out.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const ROUND_TOPICS = ["salt quota", "timber tariff", "safeguard clause"];
const PARTIES: [string, string][] = [
  ["norvik", "participant"],
  ["castel", "host"],
];

const engine = engineFrom(
  madeUpStore("tarn-trade-courier", {
    outlet: "Tarn Trade Courier",
    title: "The salt and timber talks",
    date: "2026-10-08",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "Country upstream of Castel" },
    ],
    meetings: [
      {
        id: "2026-03-24-salt-timber-round-one",
        title: "First round of the Norvik–Castel salt and timber talks in Ubra",
        date: "2026-03-24",
        place: "Ubra",
        participants: PARTIES,
        topics: ROUND_TOPICS,
        facts: [
          [
            "round-one",
            "Castel offered Norvik a salt quota of 500,000 tonnes in Ubra.",
            ["castel", "norvik"],
          ],
        ],
      },
      {
        id: "2026-05-19-salt-timber-round-two",
        title: "Second round of the Norvik–Castel salt and timber talks in Brod",
        date: "2026-05-19",
        place: "Brod",
        participants: PARTIES,
        topics: ROUND_TOPICS,
        facts: [["round-two", "Norvik and Castel agreed a safeguard clause in Brod.", ["norvik", "castel"]]],
      },
      {
        id: "2026-09-15-salt-timber-round-three",
        title: "Third and final round of the Norvik–Castel salt and timber talks in Vara",
        date: "2026-09-15",
        place: "Vara",
        participants: PARTIES,
        topics: ROUND_TOPICS,
        facts: [
          [
            "round-three",
            "The third round in Vara cut the timber tariff to 5 percent.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-09-18-salt-timber-signing",
        title: "Signing of the Norvik–Castel salt and timber agreement in Vara",
        date: "2026-09-18",
        place: "Vara",
        participants: [...PARTIES, ["velmar", "observer"]],
        topics: ["signing", "ratification", "entry into force"],
        facts: [
          [
            "signed",
            "Norvik and Castel signed the salt and timber agreement in Vara, to enter into force on 1 April 2027.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-10-06-river-pact-signing",
        title: "Signing of the Castel–Velmar river pact in Lund",
        date: "2026-10-06",
        place: "Lund",
        participants: [
          ["castel", "signatory"],
          ["velmar", "signatory"],
        ],
        topics: ["signing", "ratification", "river pact"],
        facts: [["river-pact", "Castel and Velmar signed the river pact in Lund.", ["castel", "velmar"]]],
      },
    ],
  }),
);

describe("a whole saga is the story most of its named meetings are in", () => {
  it("tells the three rounds and the signing, oldest first, without the other pact", () => {
    const result = engine.answer("give me the whole norvik–castel salt and timber saga from the start");
    expect(result.answered).toBe(true);
    const order = ["500,000", "safeguard clause", "5 percent", "1 April 2027"].map((part) =>
      result.answer.indexOf(part),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(result.answer).not.toContain("river pact");
  });

  it("still tells the river pact's signing when asked of it", () => {
    const result = engine.answer("what happened at the signing of the castel–velmar river pact?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Lund");
  });
});
