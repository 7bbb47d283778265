/**
 * "Which organisations are involved in the ferry?", "which lenders …?", "list the ministers
 * involved …", "which bank is involved …?": everyone of that kind the facts of the story name,
 * across its meetings (not only one meeting's participants), each with what the store says of
 * them; a news outlet told the story and is none of its parties. The kind is any word WordNet
 * has for one: what the description says the entity is, or a kind of it, and for whoever does
 * something, one whose description says it does it (a bank that offered a loan lends).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-partners", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel fund a ferry",
    date: "2026-11-21",
    entities: [
      ...norvikAndCastel("A country"),
      {
        id: "grey-sound-ferry",
        kind: "initiative",
        name: "Grey Sound ferry",
        description: "Ferry planned by Norvik and Castel across the Grey Sound",
      },
      {
        id: "elm-bank",
        kind: "organization",
        name: "Elm Development Bank",
        description: "Regional bank that offered a loan for the ferry",
      },
      {
        id: "sound-fund",
        kind: "organization",
        name: "Sound Harbour Trust",
        description: "Lender of the Port Elm harbour works",
      },
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
      {
        id: "ida-holm",
        kind: "person",
        name: "Ida Holm",
        description: "Norvik engineer, head of ferry design",
      },
      { id: "per-lund", kind: "person", name: "Per Lund", description: "Castel shipbuilding engineer" },
    ],
    meetings: [
      {
        id: "2026-03-18-norvik-castel-ferry-talks-port-elm",
        title: "Norvik–Castel ferry talks in Port Elm",
        date: "2026-03-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
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
          [
            "harbour",
            "The Sound Harbour Trust will lend 5 million dollars for the Grey Sound ferry's berths.",
            ["sound-fund", "grey-sound-ferry"],
          ],
          [
            "design",
            "Ida Holm and Per Lund will draw up the design of the Grey Sound ferry.",
            ["ida-holm", "per-lund", "grey-sound-ferry"],
          ],
        ],
      },
      {
        id: "2026-11-20-norvik-castel-ferry-signing-dunmore",
        title: "Norvik–Castel ferry contract signed in Dunmore",
        date: "2026-11-20",
        place: "Dunmore",
        participants: NORVIK_AND_CASTEL,
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
    expect(lenders.answer).toContain("Sound Harbour Trust");
    expect(lenders.answer).not.toContain("Sound Shipyard");
    const ministers = engine.answer("list the ministers involved in the grey sound ferry");
    expect(ministers.answer).toContain("Ana Vell");
    expect(ministers.answer).toContain("Tom Rask");
    expect(ministers.answer).not.toContain("Ida Holm");
  });

  it("reads a kind asked in the singular, and one no list of kinds has", () => {
    const bank = engine.answer("which bank is involved in the grey sound ferry?");
    expect(bank.answered).toBe(true);
    expect(bank.answer).toContain("Elm Development Bank");
    expect(bank.answer).not.toContain("Sound Harbour Trust");
    expect(bank.answer).not.toContain("Sound Shipyard");
    const company = engine.answer("which company is involved in the grey sound ferry?");
    expect(company.answer).toContain("Sound Shipyard");
    expect(company.answer).not.toContain("Elm Development Bank");
    const engineers = engine.answer("which engineers are involved in the grey sound ferry?");
    expect(engineers.answer).toContain("Ida Holm");
    expect(engineers.answer).toContain("Per Lund");
    expect(engineers.answer).not.toContain("Ana Vell");
  });
});
