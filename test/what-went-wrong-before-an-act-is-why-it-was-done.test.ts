/**
 * A why-question is answered by a fact that sets something going wrong beside the act ("closed
 * after armed clashes", "suspended during a cholera outbreak", "when fighting broke out"), by
 * "after" with a clause of its own ("after a survey found"), by "in protest at" (not a bare "in
 * protest"), "without" and "blamed" (not blame denied); a time beside the act ("after the talks",
 * "when the ministers met") is no reason.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-works", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel reopen their border",
    date: "2026-05-20",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A coastal country", aliases: [] },
      { id: "castel", kind: "country", name: "Castel", description: "A coastal country", aliases: [] },
      { id: "orlia", kind: "country", name: "Orlia", description: "An inland country", aliases: [] },
      {
        id: "velo-bridge",
        kind: "place",
        name: "Velo Bridge",
        description: "A bridge between Norvik and Castel",
      },
      {
        id: "night-ferry",
        kind: "initiative",
        name: "Skarra night ferry",
        description: "A ferry between Norvik and the island of Skarra",
      },
      {
        id: "hill-road",
        kind: "place",
        name: "Tarn hill road",
        description: "A mountain road across the border",
      },
      {
        id: "grain-depot",
        kind: "place",
        name: "Marra grain depot",
        description: "A grain depot on the Castel coast",
      },
      {
        id: "carters-union",
        kind: "organization",
        name: "Carters' Union",
        description: "A union of Castel truck drivers",
      },
      {
        id: "fishers-league",
        kind: "organization",
        name: "Fishers' League",
        description: "A league of Norvik fishing crews",
      },
      {
        id: "harbour-board",
        kind: "organization",
        name: "Marra Harbour Board",
        description: "The board that runs the port of Marra",
      },
      {
        id: "patrol-fleet",
        kind: "initiative",
        name: "joint patrol fleet",
        description: "The shared patrol boats of Norvik, Castel and Orlia",
      },
    ],
    meetings: [
      {
        id: "2026-05-19-port-elm-border-talks",
        title: "Norvik–Castel border talks in Port Elm",
        date: "2026-05-19",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["border", "transport"],
        facts: [
          [
            "bridge-closed",
            "The Velo Bridge was closed to all traffic on 3 May 2026 after armed clashes near the border post.",
            ["velo-bridge"],
          ],
          [
            "ferry-suspended",
            "The Skarra night ferry was suspended in 2021, during a cholera outbreak on the island.",
            ["night-ferry"],
          ],
          [
            "road-shut",
            "The Tarn hill road has been shut since April 2023, when fighting broke out in the hills.",
            ["hill-road"],
          ],
          [
            "depot-moved",
            "The Marra grain depot will be moved two kilometres inland, after a survey found flood risk at the old site.",
            ["grain-depot"],
          ],
          [
            "union-left",
            "The Carters' Union left the border council in protest at a fee of 30 crowns per truck.",
            ["carters-union"],
          ],
          [
            "league-left",
            "The Fishers' League left the harbour council in protest on 2 May 2026.",
            ["fishers-league"],
          ],
          [
            "fleet-shrinks",
            "Without Orlia's four boats, the joint patrol fleet shrinks from 12 to 8 boats.",
            ["patrol-fleet", "orlia"],
          ],
          [
            "quay-late",
            "The Marra Harbour Board said the new quay was late and blamed a shortage of cement.",
            ["harbour-board"],
          ],
          [
            "pier-late",
            "The Marra ferry pier opened two months late, and the Marra Harbour Board said nobody should be blamed until its inquiry ends.",
            ["harbour-board"],
          ],
          [
            "accord-signed",
            "Norvik and Castel signed the border accord on 19 May 2026, after the talks in Port Elm.",
            ["norvik", "castel"],
          ],
          [
            "market-opened",
            "The Velo Bridge market was opened in June 2025, when the ministers met in Skarra.",
            ["velo-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("what went wrong before an act is why it was done", () => {
  it("gives armed clashes after which a bridge was closed", () => {
    const result = engine.answer("why was the Velo Bridge closed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("armed clashes");
  });

  it("gives an outbreak during which a ferry was suspended", () => {
    const result = engine.answer("why was the Skarra night ferry suspended?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("cholera outbreak");
  });

  it("gives fighting that broke out when a road was shut", () => {
    const result = engine.answer("why was the Tarn hill road shut?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("fighting broke out");
  });

  it("gives what a survey found, after which a depot is moved", () => {
    const result = engine.answer("why is the Marra grain depot being moved?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("flood risk");
  });

  it("gives what a union left a council in protest at", () => {
    const result = engine.answer("why did the Carters' Union leave the border council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("in protest at a fee");
  });

  it("does not take a bare 'in protest', at nothing named, as the reason", () => {
    const result = engine.answer("why did the Fishers' League leave the harbour council?");
    expect(result.answered).toBe(false);
  });

  it("gives what a fleet shrinks without", () => {
    const result = engine.answer("why does the joint patrol fleet shrink to 8 boats?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Without Orlia's four boats");
  });

  it("gives what the one who told of a delay blamed", () => {
    const result = engine.answer("why was the new quay late?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("shortage of cement");
  });

  it("does not take blame denied ('nobody should be blamed') as a cause", () => {
    const result = engine.answer("why did the Marra ferry pier open late?");
    expect(result.answered).toBe(false);
  });

  it("does not take the talks after which an accord was signed as why it was signed", () => {
    const result = engine.answer("why did Norvik and Castel sign the border accord?");
    expect(result.answered).toBe(false);
  });

  it("does not take a meeting told with 'when' as why a market was opened", () => {
    const result = engine.answer("why was the Velo Bridge market opened?");
    expect(result.answered).toBe(false);
  });
});
