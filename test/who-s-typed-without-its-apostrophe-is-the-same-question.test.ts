/**
 * "whos the new commander of the exercise": "who's" typed without its apostrophe asks what
 * "who's" does ("who is the new commander"), the post taken up by someone new, not the post its
 * former holder went on to.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("reef-exercise-command", {
    outlet: "Port Sella Gazette",
    title: "New commander for the Coral Shield exercise",
    date: "2026-08-02",
    entities: [
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "coral-shield",
        kind: "event",
        name: "Coral Shield",
        description: "Joint naval exercise of Norland and Veloria",
      },
      { id: "ida-varga", kind: "person", name: "Ida Varga", description: "Norland navy rear admiral" },
      { id: "tomas-berg", kind: "person", name: "Tomas Berg", description: "Norland navy rear admiral" },
    ],
    meetings: [
      {
        id: "2026-08-01-command",
        title: "Change of command of the Coral Shield exercise",
        date: "2026-08-01",
        place: "Port Sella",
        participants: [["norland", "host"]],
        topics: ["navy", "exercise"],
        facts: [
          [
            "berg-academy",
            "Rear Admiral Tomas Berg, who commanded Coral Shield, was appointed director of the Norland Naval Academy on 1 August 2026.",
            ["tomas-berg", "coral-shield"],
          ],
          [
            "varga-replaces",
            "Tomas Berg was replaced as commander of Coral Shield by Rear Admiral Ida Varga, who was his deputy.",
            ["tomas-berg", "ida-varga", "coral-shield"],
          ],
        ],
      },
    ],
  }),
);

describe("who's typed without its apostrophe is the same question", () => {
  it("answers 'whos the new commander' as 'who's the new commander'", () => {
    expect(engine.answer("who's the new commander of coral shield").answer).toMatch(/^Ida Varga/);
    expect(engine.answer("whos the new commander of coral shield").answer).toMatch(/^Ida Varga/);
  });
});
