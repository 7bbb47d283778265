/**
 * "Who covered the Sellu pier extension?" asks which article told of a thing that is no meeting's
 * participant nor in any meeting's title: the article of the meeting whose facts speak of it, not
 * the party those facts name ("Tarsa Faso") nor a refusal.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("who reported a thing is the article that tells of it", () => {
  it("names the outlet whose article speaks of the thing", () => {
    for (const question of [
      "who covered the sellu pier extension?",
      "which outlet reported the sellu pier extension?",
    ]) {
      const answer = askedIn(ferry, question);
      expect(answer.answer, question).toMatch(/^Tarsa Coastal Monitor reported it/);
    }
  });

  it("still says what the thing costs when that is asked", () => {
    expect(askedIn(ferry, "how much will the sellu pier extension cost?").answer).toMatch(/1\.3 million/);
  });
});
