/**
 * "Why does Norland want seasonal workers, according to Lin Varo?" is answered by the remark of hers
 * that argues ("farmers are getting older …, so it needs workers"), not by her reason for turning
 * something down ("construction would not be added, because …") nor by a remark that only tells
 * what she wants or will do; "why does Veloria want to study the panel's method?" is not answered
 * by "Veloria said it would study the method"; and "what did the commission leave unanswered?" is
 * met by "the request was not answered".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-seasonal-workers", {
    outlet: "Elm Gazette",
    title: "Norland and Veloria sign a seasonal worker agreement",
    date: "2026-06-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country", aliases: [] },
      { id: "norland", kind: "country", name: "Norland", description: "A mountain country", aliases: [] },
      {
        id: "lin-varo",
        kind: "person",
        name: "Lin Varo",
        description: "Minister of Labour of Norland",
        aliases: ["Varo"],
      },
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm Labour Commission",
        description: "A joint Norland–Veloria labour commission",
        aliases: [],
      },
      {
        id: "worker-scheme",
        kind: "initiative",
        name: "Elm seasonal worker scheme",
        description: "A scheme for seasonal farm workers from Veloria in Norland",
        aliases: [],
      },
    ],
    meetings: [
      {
        id: "2026-06-10-port-elm-labour-session",
        title: "First session of the Elm Labour Commission in Port Elm",
        date: "2026-06-10",
        place: "Port Elm",
        participants: [
          ["lin-varo", "Minister of Labour of Norland"],
          ["elm-commission", "host"],
          ["veloria", "participant"],
          ["norland", "participant"],
        ],
        topics: ["labour", "seasonal workers"],
        facts: [
          [
            "varo-construction-refused",
            "Lin Varo said on 10 June 2026 that construction would not be added to the scheme, because construction jobs were already open to Velorian workers through the longer permit system.",
            ["lin-varo", "norland", "worker-scheme"],
          ],
          [
            "varo-answer-later",
            "Veloria asked for construction workers to be added to the seasonal worker scheme; Lin Varo said Norland would give its answer before the first workers arrive.",
            ["veloria", "lin-varo", "norland", "worker-scheme"],
          ],
          [
            "varo-farmers-older",
            "Lin Varo said Norland's farmers are getting older and villages are emptying, so it needs seasonal workers who can come every season and go home again.",
            ["lin-varo", "norland"],
          ],
          [
            "boats-unanswered",
            "At the Port Elm session Veloria asked that the commission pay for two patrol boats for its rangers; the request was not answered.",
            ["veloria", "elm-commission"],
          ],
          [
            "session-held",
            "The Elm Labour Commission held its first session in Port Elm on 10 June 2026.",
            ["elm-commission"],
          ],
          [
            "veloria-will-study",
            "Veloria said it would study the method of the Elm Labour Commission.",
            ["veloria", "elm-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a remark that argues answers why someone wants it", () => {
  it("answers why Norland wants seasonal workers with Varo's remark that argues", () => {
    const result = engine.answer("why does norland want seasonal workers, according to lin varo?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/getting older/);
  });

  it("does not answer it with her reason for turning construction down", () => {
    expect(
      engine.answer("why does norland want seasonal workers, according to lin varo?").answer,
    ).not.toMatch(/permit system/);
  });

  it("still answers why construction was not added with that refusal's reason", () => {
    const result = engine.answer("why won't norland add construction workers to the scheme?");
    expect(result.answer).not.toMatch(/getting older/);
  });

  it("does not answer why Veloria wants to study the method with the remark that it would", () => {
    const result = engine.answer("why does veloria want to study the elm labour commission's method?");
    expect(result.answer).not.toMatch(/would study the method/);
  });

  it("answers what the commission left unanswered with the request not answered", () => {
    const result = engine.answer(
      "what did the elm labour commission leave unanswered at the port elm session?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/patrol boats/);
  });

  it("does not answer it with the session's own fact", () => {
    expect(
      engine.answer("what did the elm labour commission leave unanswered at the port elm session?").answer,
    ).not.toMatch(/held its first session/);
  });
});
