/**
 * "What did the independent chemists say about the stock?" asks what the panel said, though the
 * store files the panel as a thing, not a body: the words it is asked by name people ("chemists").
 * A fact that only leaves the question to the panel, "which is to report by the end of 2026", has
 * it say nothing; a fact that has it say something answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-chemists", {
      outlet: "Elm Gazette",
      title: "The old pesticide stock",
      date: "2026-09-17",
      entities: [
        ...norvikAndCastel(),
        {
          id: "chemists-panel",
          kind: "other",
          name: "Panel of independent chemists on the Vessa pesticide stock",
          description: "Panel of independent chemists to which the dispute over the Vessa stock was left",
          aliases: ["panel of independent chemists", "independent chemists"],
        },
        {
          id: "vessa-stock",
          kind: "other",
          name: "Vessa pesticide stock",
          description: "Old pesticides stored in Vessa",
        },
      ],
      meetings: [
        {
          id: "2026-09-16-norvik-castel-locust-talks",
          title: "Norvik–Castel locust talks",
          date: "2026-09-16",
          place: "Vessa",
          participants: NORVIK_AND_CASTEL,
          topics: ["locusts", "pesticides"],
          facts,
        },
      ],
    }),
  );

/** Something else said at the talks (the store knows the word). */
const remark: [string, string, string[]] = ["remark", "Norvik said the Vessa talks were useful.", ["norvik"]];
const leftTo: [string, string, string[]] = [
  "left",
  "The question of the Vessa pesticide stock was left to a panel of independent chemists, which is to report by the end of 2026.",
  ["chemists-panel", "vessa-stock"],
];

describe("what a panel said needs the panel saying it", () => {
  it("does not answer what the panel said with a fact where it says nothing", () => {
    const engine = story([leftTo, remark]);
    expect(
      engine.answer("what did the independent chemists say about the vessa pesticide stock?").answered,
    ).toBe(false);
  });

  it("answers with what the panel said", () => {
    const engine = story([
      leftTo,
      remark,
      [
        "said",
        "The panel of independent chemists said the Vessa pesticide stock could still be used safely.",
        ["chemists-panel", "vessa-stock"],
      ],
    ]);
    expect(
      engine.answer("what did the independent chemists say about the vessa pesticide stock?").answer,
    ).toMatch(/used safely/);
  });
});
