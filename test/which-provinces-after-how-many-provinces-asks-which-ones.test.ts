/**
 * "Which provinces?" right after "how many provinces did the pilot start in?" asks which ones of
 * those just counted, as "which ones?" does: not the venue of a meeting that the word "provinces"
 * may find. A "which …?" of another noun than the one counted is read as before.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-worker-pilot", {
    outlet: "Elm Courier",
    title: "Norvik workers go to Castel's farms",
    date: "2026-03-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "worker-pilot",
        kind: "initiative",
        name: "Norvik–Castel seasonal worker pilot",
        description: "A pilot letting Norvik workers take seasonal farm jobs in Castel",
        aliases: ["worker pilot"],
      },
    ],
    meetings: [
      {
        id: "2026-03-05-worker-pilot-signing",
        title: "Signing of the Norvik–Castel seasonal worker pilot in Port Elm",
        date: "2026-03-05",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["workers", "farms"],
        facts: [
          [
            "pilot-two-provinces",
            "The seasonal worker pilot starts in two Castel provinces, Upper Tarn and Lowmoor, on 1 May 2026.",
            ["worker-pilot", "castel"],
          ],
          [
            "pilot-quota",
            "Up to 3,000 Norvik workers a year may take seasonal jobs on Castel farms under the pilot.",
            ["worker-pilot", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("which provinces after how many provinces asks which ones", () => {
  it("names the provinces just counted", () => {
    const result = askedIn(
      engine,
      "which provinces?",
      "how many provinces did the norvik-castel seasonal worker pilot start in",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Upper Tarn and Lowmoor");
    expect(result.answer).not.toMatch(/^In Port Elm/);
  });

  it("still counts the provinces asked on their own", () => {
    const result = askedIn(
      engine,
      "how many provinces did the norvik-castel seasonal worker pilot start in?",
    );
    expect(result.answer).toContain("two Castel provinces");
  });

  it("does not read another noun as the one counted", () => {
    const result = askedIn(
      engine,
      "which farms?",
      "how many provinces did the norvik-castel seasonal worker pilot start in",
    );
    expect(result.reading ?? "").not.toContain("which ones");
  });
});
