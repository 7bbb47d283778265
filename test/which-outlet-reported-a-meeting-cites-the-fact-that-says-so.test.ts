/**
 * "Which outlet reported the meeting?" was answered with the outlet, but cited the meeting's key
 * fact (who received whom), which says nothing of any report, though the meeting has a fact that
 * says who reported it; `npm run facts -- validate` then counted the curator's question as
 * answered by another fact. The fact that says the outlet reported the meeting is the one cited.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, ORSK_ENVOY, VELMORA_AND_ITS_PORTS_MINISTER } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tallan-report", {
    outlet: "Lindqvist Courier",
    title: "Ports minister receives the river envoy",
    date: "2026-06-12",
    entities: [
      ...VELMORA_AND_ITS_PORTS_MINISTER,
      ORSK_ENVOY,
      {
        id: "lindqvist-courier",
        kind: "organization",
        name: "Lindqvist Courier",
        description: "Daily newspaper published in Tallan",
      },
    ],
    meetings: [
      {
        id: "2026-06-11-brandvik-lunde",
        title: "Brandvik receives Lunde",
        date: "2026-06-11",
        place: "Tallan",
        participants: [
          ["ilse-brandvik", "host"],
          ["oskar-lunde", "visitor"],
        ],
        topics: ["ports", "dredging"],
        facts: [
          [
            "brandvik-received-lunde",
            "Ilse Brandvik received Oskar Lunde, envoy of the Orsk River Commission, to discuss dredging the ports.",
            ["ilse-brandvik", "oskar-lunde"],
          ],
          [
            "meeting-reported-by-courier",
            "The meeting between Ilse Brandvik and Oskar Lunde was reported by the Lindqvist Courier.",
            ["lindqvist-courier", "ilse-brandvik", "oskar-lunde"],
          ],
        ],
      },
    ],
  }),
);

describe("which outlet reported a meeting cites the fact that says so", () => {
  it("cites the report's own fact", () => {
    const reply = engine.answer("which outlet reported the meeting?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("Lindqvist Courier");
    expect(reply.facts.map((f) => f.id)).toEqual(["meeting-reported-by-courier"]);
  });
});
