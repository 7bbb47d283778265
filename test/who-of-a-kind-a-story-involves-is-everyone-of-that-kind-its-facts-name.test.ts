/**
 * "Which organisations are involved in the ferry?", "which lenders …?", "list the ministers
 * involved …": everyone of that kind the facts of the story name, across its meetings (not only
 * one meeting's participants), each with what the store says of them; a news outlet told the
 * story and is none of its parties, and a lender is an organisation the store calls a bank or a
 * lender.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-partners", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel fund a ferry",
    date: "2026-11-21",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "grey-sound-ferry",
        kind: "initiative",
        name: "Grey Sound ferry",
        description: "Ferry planned by Norvik and Castel across the Grey Sound",
      },
      { id: "elm-bank", kind: "organization", name: "Elm Development Bank", description: "Regional lender" },
      {
        id: "sound-shipyard",
        kind: "organization",
        name: "Sound Shipyard",
        description: "Company building the ferry",
      },
      { id: "harbour-post", kind: "organization", name: "Harbour Post", description: "Made-up news outlet" },
      {
        id: "ana-vell",
        kind: "person",
        name: "Ana Vell",
        description: "Norvik's Minister of Transport",
      },
      {
        id: "tom-rask",
        kind: "person",
        name: "Tom Rask",
        description: "Castel's Minister of Transport",
      },
    ],
    meetings: [
      {
        id: "2026-03-18-norvik-castel-ferry-talks-port-elm",
        title: "Norvik–Castel ferry talks in Port Elm",
        date: "2026-03-18",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "talks",
            "On 18 March 2026 Ana Vell and Tom Rask opened talks in Port Elm on the Grey Sound ferry.",
            ["ana-vell", "tom-rask", "grey-sound-ferry"],
          ],
          [
            "loan",
            "The Elm Development Bank offered to lend 20 million dollars for the Grey Sound ferry.",
            ["elm-bank", "grey-sound-ferry"],
          ],
        ],
      },
      {
        id: "2026-11-20-norvik-castel-ferry-signing-dunmore",
        title: "Norvik–Castel ferry contract signed in Dunmore",
        date: "2026-11-20",
        place: "Dunmore",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "contract",
            "Norvik and Castel signed a contract with Sound Shipyard to build the Grey Sound ferry.",
            ["norvik", "castel", "sound-shipyard", "grey-sound-ferry"],
          ],
          [
            "report",
            "The Harbour Post reported the Grey Sound ferry signing from Dunmore.",
            ["harbour-post", "grey-sound-ferry"],
          ],
        ],
      },
    ],
  }),
);

describe("who of a kind a story involves is everyone of that kind its facts name", () => {
  it("lists the organisations of every meeting of the story, not the outlet", () => {
    const result = engine.answer("Which organisations are involved in the Grey Sound ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Elm Development Bank");
    expect(result.answer).toContain("Sound Shipyard");
    expect(result.answer).not.toContain("Harbour Post:");
  });

  it("keeps to the kind asked: lenders, ministers", () => {
    const lenders = engine.answer("which lenders are involved in the grey sound ferry?");
    expect(lenders.answer).toContain("Elm Development Bank");
    expect(lenders.answer).not.toContain("Sound Shipyard");
    const ministers = engine.answer("list the ministers involved in the grey sound ferry");
    expect(ministers.answer).toContain("Ana Vell");
    expect(ministers.answer).toContain("Tom Rask");
  });
});
