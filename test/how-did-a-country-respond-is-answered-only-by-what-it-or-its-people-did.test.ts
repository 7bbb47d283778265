/**
 * "How did Castel respond?" asks what Castel, or someone who speaks for it, said or did: a banker's
 * remark that names Castel only inside what he said ("because the governments of Norvik and Castel
 * applied together") is no response of Castel's.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const story = (withReply: boolean) =>
  engineFrom(
    madeUpStore(withReply ? "ford-dam-reply" : "ford-dam", {
      outlet: "Tarn Valley Courier",
      title: "Downstream worries over the Ford dam",
      date: "2026-05-04",
      entities: [
        ...norvikAndCastel(),
        { id: "velmar", kind: "country", name: "Velmar", description: "Country downstream on the Tarn" },
        {
          id: "olaf-berg",
          kind: "person",
          name: "Olaf Berg",
          description: "Loans director of the Grey Gulf Investment Bank",
        },
        {
          id: "mira-stan",
          kind: "person",
          name: "Mira Stan",
          description: "Minister of Water of Castel",
        },
        { id: "ford-dam", kind: "place", name: "Ford Dam", description: "Dam on the Tarn river" },
      ],
      meetings: [
        {
          id: "2026-05-02-ford-loan",
          title: "Signing of the Ford Dam loan in Norvik",
          date: "2026-05-02",
          place: "Norvik",
          participants: [
            ["norvik", "host"],
            ["castel", "participant"],
            ["olaf-berg", "signed for the bank"],
            ["mira-stan", "signed for Castel"],
          ],
          topics: ["dam", "loan"],
          facts: [
            [
              "velmar-worry",
              "Velmar fears the Ford Dam will cut the Tarn's flow in the dry season.",
              ["velmar", "ford-dam"],
            ],
            [
              "berg-loan",
              "Olaf Berg said the bank agreed to the Ford Dam loan because the governments of Norvik and Castel applied together.",
              ["olaf-berg", "norvik", "castel", "ford-dam"],
            ],
            ...(withReply
              ? ([
                  [
                    "stan-reply",
                    "Mira Stan said Castel would share the Ford Dam's flow data with Velmar every week in response to its worry.",
                    ["mira-stan", "castel", "velmar", "ford-dam"],
                  ],
                ] as [string, string, string[]][])
              : []),
          ],
        },
      ],
    }),
  );

describe("'how did <country> respond?' is answered by what it or its people did", () => {
  it("does not answer with a banker's remark that only names the country", () => {
    const result = askedIn(story(false), "how did castel respond?");
    expect(result.answer).not.toContain("Olaf Berg");
  });
});
