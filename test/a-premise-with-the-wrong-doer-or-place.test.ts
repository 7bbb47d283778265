/**
 * A question that takes for granted an act done by someone, or somewhere, that the store has done
 * by another person of the same story, or in another place, is answered with the fact that says
 * so, as a correction naming who or where it was ("No — my sources name Petra Lund, not Ivo
 * Brandt: …"), never as if it answered what was asked. Nothing is corrected when a fact has the
 * act with the one named, nor when the name only says which meeting is meant. A question that has
 * someone pull out of what the store has them join is corrected with the joining, unless a fact
 * has them leave it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const person = (id: string, name: string, description: string, alias: string): MadeUpEntity => ({
  id,
  kind: "person",
  name,
  description,
  aliases: [alias],
});
const place = (id: string, name: string, description: string): MadeUpEntity => ({
  id,
  kind: "place",
  name,
  description,
});

/** A made-up article: a sea council's patrol agreement, who signed it, where its secretariat is. */
const engine = engineFrom(
  madeUpStore("elm-gazette-patrol-agreement", {
    outlet: "Elm Gazette",
    title: "Norvik signs sea patrol agreement",
    date: "2026-05-21",
    entities: [
      {
        id: "northern-sea-council",
        kind: "organization",
        name: "Northern Sea Council",
        description: "A council of the northern sea states",
        aliases: ["NSC"],
      },
      person("ivo-brandt", "Ivo Brandt", "Secretary General of the Northern Sea Council", "Brandt"),
      person("petra-lund", "Petra Lund", "Minister of Fisheries of Norvik", "Lund"),
      person("aron-vik", "Aron Vik", "Reporter of the Elm Gazette", "Vik"),
      ...norvikAndCastel("A coastal country", "A coastal country"),
      place("port-elm", "Port Elm", "A port city of Norvik"),
      place("haldor", "Haldor", "A town of Norvik"),
      place("skarra", "Skarra", "An island of Norvik"),
    ],
    meetings: [
      {
        id: "2026-05-20-port-elm-patrol-signing",
        title: "Signing of the sea patrol agreement in Port Elm",
        date: "2026-05-20",
        place: "Port Elm",
        participants: [
          ["petra-lund", "Minister of Fisheries of Norvik"],
          ["ivo-brandt", "Secretary General of the Northern Sea Council"],
        ],
        summary: "Norvik signed the sea patrol agreement of the Northern Sea Council.",
        topics: ["fisheries"],
        facts: [
          [
            "lund-signed",
            "Petra Lund signed the sea patrol agreement for Norvik at the Port Elm harbour office.",
            ["petra-lund", "norvik", "port-elm"],
          ],
          ["brandt-praised", "Ivo Brandt opened the meeting with a call for calm.", ["ivo-brandt"]],
          [
            "secretariat-based",
            "The Northern Sea Council was founded in 2015 and its secretariat is in Haldor.",
            ["northern-sea-council", "haldor"],
          ],
          [
            "norvik-joined",
            "Norvik joined the patrol fund of the Northern Sea Council.",
            ["norvik", "northern-sea-council"],
          ],
          ["castel-withdrew", "Castel pulled its money out of the patrol fund.", ["castel"]],
          [
            "reporter",
            "Aron Vik of the Elm Gazette reported from Port Elm on the signing of the sea patrol agreement.",
            ["aron-vik", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("a premise with the wrong doer or the wrong place, corrected", () => {
  it("names who did the act when the question has another person of the same meeting do it", () => {
    const result = engine.answer("why did Brandt sign the sea patrol agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No — my sources name Petra Lund, not Ivo Brandt: Petra Lund signed/);
  });

  it("names where it is when the question has it moved to another place", () => {
    const result = engine.answer("why is the secretariat of the Northern Sea Council in Skarra?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No — my sources name Haldor, not Skarra: .*secretariat is in Haldor/);
  });

  it("corrects nothing when the person asked did the act", () => {
    const result = engine.answer("why did Lund sign the sea patrol agreement?");
    expect(result.answer ?? "").not.toMatch(/^No —/);
  });

  it("does not name one who only reported on the act as one who did it", () => {
    const result = engine.answer("why did Brandt sign the sea patrol agreement?");
    expect(result.answer).not.toMatch(/Aron Vik/);
  });

  it("names the one who did the act asked, whatever the act ('reported')", () => {
    const result = engine.answer("why did Brandt report on the sea patrol agreement?");
    expect(result.answer).toMatch(/^No — my sources name Aron Vik, not Ivo Brandt:/);
  });

  it("does not correct a place that only says which meeting is meant", () => {
    const result = engine.answer("why did the Skarra talks sign the sea patrol agreement?");
    expect(result.answer ?? "").not.toMatch(/not Skarra/);
  });
});

describe("a premise that someone pulled out of what they joined, corrected", () => {
  it("gives the joining when the question has the one who joined pull out", () => {
    const result = engine.answer("why did Norvik pull out of the patrol fund?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No — Norvik did not pull out: Norvik joined the patrol fund/);
  });

  it("corrects nothing when a fact has them leave it", () => {
    const result = engine.answer("why did Castel pull out of the patrol fund?");
    expect(result.answer ?? "").not.toMatch(/^No —/);
  });
});
