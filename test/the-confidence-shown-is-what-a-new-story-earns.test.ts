/**
 * The confidence given with an answer says how often answers like it are right on a story the
 * engine has never seen: `npm run eval -- --fit` calibrates it on the latest dev stories only,
 * because the older ones have been tuned on for many sessions and answer better than a new one.
 */
import { describe, expect, it } from "vitest";
import { calibrateOnRecentStories, RECENT_STORIES, type Sample } from "../eval/fit.ts";
import { confidenceOf } from "../src/engine/evidence.ts";
import { ANSWER_THRESHOLD } from "../src/engine/score.ts";

const quiet = () => {};

/** `count` covering answers of one story at one likelihood, `right` of them right. */
function answers(story: number, likelihood: number, count: number, right: number) {
  const samples: Sample[] = Array.from({ length: count }, (_, i) => ({
    x: [ANSWER_THRESHOLD + 0.1],
    y: i < right ? 1 : 0,
    id: `s${story}-q${i}`,
    article: `story-${story}`,
    story,
  }));
  return { samples, likelihoods: samples.map(() => likelihood) };
}

function joined(parts: ReturnType<typeof answers>[]) {
  return {
    samples: parts.flatMap((p) => p.samples),
    likelihoods: parts.flatMap((p) => p.likelihoods),
  };
}

describe("the confidence shown is what answers like it earned on the newest stories", () => {
  const stories = RECENT_STORIES + 20;
  // The old stories: tuned on, right as often as their likelihood says (95 in 100 at 0.95, 7 in 10 at 0.7).
  const old = Array.from({ length: 20 }, (_, story) => [
    answers(story, 0.95, 100, 95),
    answers(story, 0.7, 20, 14),
  ]).flat();
  // The newest: answers at 0.95 right 85 times in 100, at 0.7 half the time.
  const recent = Array.from({ length: RECENT_STORIES }, (_, i) => [
    answers(20 + i, 0.95, 100, 85),
    answers(20 + i, 0.7, 20, 10),
  ]).flat();
  const { samples, likelihoods } = joined([...old, ...recent]);
  const unseen = calibrateOnRecentStories(samples, likelihoods, stories, quiet);

  it("an answer at likelihood 0.95 is shown with the share the newest stories' answers at 0.95 earned", () => {
    expect(confidenceOf(0.95, { unseen })).toBeCloseTo(0.85, 2);
    expect(confidenceOf(0.7, { unseen })).toBeCloseTo(0.5, 2);
  });

  it("the older stories' answers do not pull it back up", () => {
    const onRecentAlone = joined(recent);
    const alone = calibrateOnRecentStories(onRecentAlone.samples, onRecentAlone.likelihoods, stories, quiet);
    expect(alone.slope).toBeCloseTo(unseen.slope, 6);
    expect(alone.intercept).toBeCloseTo(unseen.intercept, 6);
  });

  it("curators' questions (no story) and answers that do not cover the question are left out", () => {
    const curated = answers(0, 0.95, 200, 200).samples.map(({ story: _, ...s }) => s);
    const uncovering = answers(stories - 1, 0.95, 200, 0).samples.map((s) => ({
      ...s,
      x: [ANSWER_THRESHOLD - 0.05],
    }));
    const noisy = calibrateOnRecentStories(
      [...samples, ...curated, ...uncovering],
      [...likelihoods, ...curated.map(() => 0.95), ...uncovering.map(() => 0.95)],
      stories,
      quiet,
    );
    expect(noisy.slope).toBeCloseTo(unseen.slope, 6);
    expect(noisy.intercept).toBeCloseTo(unseen.intercept, 6);
  });

  it("keeps the order of answers: a likelier answer is never shown as less sure", () => {
    const levels = [0.5, 0.66, 0.8, 0.9, 0.95, 0.99];
    const shown = levels.map((l) => confidenceOf(l, { unseen }));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeGreaterThan(shown[i - 1]!);
  });
});
