/**
 * "How long did Ilse Varn run the harbour agency?" is not answered by "Ilse Varn ran the works
 * department of Port Elm from 2015 until April 2026, when she was appointed to head the harbour
 * agency": that span is of the post she left. The handover that says when she left the agency
 * and since when she had led it answers. Asked of the works department, the first fact stands.
 * "Who led the harbour agency until October 2026?" is the one that handover replaced; asked of a
 * month no handover tells, it is refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-agency", {
    outlet: "Elm Harbour News",
    title: "A new head for the harbour agency",
    date: "2026-10-08",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      {
        id: "harbour-agency",
        kind: "organization",
        name: "Norvik Harbour Agency",
        description: "State agency rebuilding Norvik's harbours",
        aliases: ["harbour agency"],
      },
      { id: "ilse-varn", kind: "person", name: "Ilse Varn", description: "Norvik civil engineer" },
      { id: "otto-brenn", kind: "person", name: "Otto Brenn", description: "Norvik economist" },
    ],
    meetings: [
      {
        id: "2026-10-01-harbour-agency-handover",
        title: "Handover at the Norvik Harbour Agency",
        date: "2026-10-01",
        place: "Port Elm",
        participants: [
          ["ilse-varn", "outgoing head"],
          ["otto-brenn", "new head"],
        ],
        facts: [
          [
            "works",
            "Ilse Varn ran the works department of Port Elm from 2015 until April 2026, when she was appointed to head the harbour agency.",
            ["ilse-varn", "harbour-agency"],
            null,
          ],
          [
            "handover",
            "Otto Brenn became director of the harbour agency on 1 October 2026, replacing Ilse Varn, who had led the agency since April 2026.",
            ["otto-brenn", "ilse-varn", "harbour-agency"],
          ],
        ],
      },
    ],
  }),
);

describe("how long someone ran a body is not the span of the post they left for it", () => {
  it("answers how long she ran the agency with the handover", () => {
    const result = engine.answer("how long did ilse varn run the harbour agency?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 October 2026/);
    expect(result.answer).not.toMatch(/works department/);
  });

  it("keeps the span of the works department when that is asked", () => {
    const result = engine.answer("how long did ilse varn run the works department of port elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/from 2015 until April 2026/);
  });

  it("answers who led the agency until the handover's month with the one replaced", () => {
    const result = engine.answer("who led the harbour agency until october 2026?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ilse Varn/);
  });

  it("refuses who led it until a month no handover tells", () => {
    const result = engine.answer("who led the harbour agency until 2020?");
    expect(result.answered).toBe(false);
  });
});
