/**
 * "Who runs Kora Cable Company?" is not answered by "Kora Cable Company, which will build and run
 * the cable": the company asked about is no one who runs it, and neither is the "Company" of its
 * own name. The fact that names its chief executive answers instead.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = (withChief: boolean) =>
  engineFrom(
    madeUpStore(`elm-gazette-kora-cable-${withChief ? "chief" : "alone"}`, {
      outlet: "Elm Gazette",
      title: "The Kora cable",
      date: "2026-11-19",
      entities: [
        ...norvikAndCastel(),
        {
          id: "kora-cable-company",
          kind: "organization",
          name: "Kora Cable Company",
          description: "Joint venture building the Kora subsea cable",
        },
        {
          id: "ida-marn",
          kind: "person",
          name: "Ida Marn",
          description: "Chief executive of Kora Cable Company",
        },
      ],
      meetings: [
        {
          id: "2026-11-17-kora-cable-signing",
          title: "Signing of the Kora cable agreement in Port Elm",
          date: "2026-11-17",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["cable", "company"],
          facts: [
            [
              "venture",
              "Kora Cable Company, which will build and run the Kora cable, blamed the delay on the weather.",
              ["kora-cable-company", "norvik", "castel"],
            ],
            ...(withChief
              ? ([
                  [
                    "chief",
                    "Ida Marn runs Kora Cable Company as its chief executive.",
                    ["ida-marn", "kora-cable-company"],
                  ],
                ] as [string, string, string[]][])
              : []),
          ],
        },
      ],
    }),
  );

describe("who is asked of a company is not a word of its own name", () => {
  it("does not answer who runs the company with the company running the cable", () => {
    const result = store(false).answer("who runs kora cable company?");
    expect(result.answer).not.toMatch(/blamed the delay/);
  });

  it("answers with the one the store says runs it", () => {
    const result = store(true).answer("who runs kora cable company?");
    expect(result.answer).toContain("Ida Marn");
  });
});
