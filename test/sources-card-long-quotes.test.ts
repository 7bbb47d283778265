/**
 * A moderator's fact may carry a 500-character statement and a 1,000-character quote (the limits
 * /fact accepts). Pressing Sources on an answer built from such facts must still say, for every
 * fact, which article it comes from, with its link: the card is cut to Discord's limits by
 * shortening the quotes, never by cutting the citation off the end.
 */
import { describe, expect, it } from "vitest";
import { answerReply, sourcesReply } from "../src/discord/ask-flow.ts";
import { embedLength, LIMITS } from "../src/discord/limits.ts";
import { toInteractionReply } from "../src/discord/render.ts";
import type { AnswerFact, AnswerResult } from "../src/engine/schema.ts";

const longFact = (n: number, url = `https://example.org/articles/${n}`): AnswerFact => ({
  id: `long-fact-${n}`,
  statement:
    `${"The delegations agreed on the shared response pool and its vessels. ".repeat(7)}(${n})`.slice(0, 500),
  source: {
    outlet: `Harbour Gazette ${n}`,
    title: `Ministers sign the oil spill response plan, part ${n}`,
    date: "2026-10-07",
    url,
    quote: "The ministers said the pool would be ready before the monsoon season began. "
      .repeat(13)
      .slice(0, 1000),
  },
});

describe("the Sources card of an answer built from long quotes", () => {
  it("keeps each fact's article title and link, within Discord's limits", () => {
    for (const count of [1, 2, 6]) {
      const facts = Array.from({ length: count }, (_, i) => longFact(i + 1));
      const embed = toInteractionReply(sourcesReply(facts)).embeds[0]!;
      expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(embed.fields).toHaveLength(count);
      embed.fields!.forEach((field, i) => {
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
        expect(field.name).toBe(`${i + 1}. Harbour Gazette ${i + 1}, 7 October 2026`);
        expect(field.value).toContain(
          `— [Ministers sign the oil spill response plan, part ${i + 1}](<https://example.org/articles/${i + 1}>)`,
        );
        expect(field.value).toContain("The delegations agreed");
        expect(field.value).toContain("> “The ministers said");
      });
    }
  });

  it("names the article even when its address is too long to show", () => {
    const hugeUrl = `https://example.org/${"x".repeat(3000)}`;
    const embed = toInteractionReply(sourcesReply([longFact(1, hugeUrl), longFact(2)])).embeds[0]!;
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.fields![0]!.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    expect(embed.fields![0]!.value).toContain("— Ministers sign the oil spill response plan, part 1");
    expect(embed.fields![1]!.value).toContain("(<https://example.org/articles/2>)");
  });

  it("keeps the outlet and date on the answer card when the address is huge", () => {
    const facts = [longFact(1, `https://example.org/${"x".repeat(3000)}`), longFact(2)];
    const result: AnswerResult = {
      answered: true,
      answer: "The pool grows to 24 vessels.",
      confidence: 1,
      facts,
      suggestions: [],
    };
    const embed = toInteractionReply(
      answerReply("How big is the pool?", result, { ephemeral: false, questionHash: "q" }),
    ).embeds[0]!;
    const source = embed.fields![0]!.value;
    expect(source.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    expect(source).toContain("**Harbour Gazette 1**, 7 October 2026");
    expect(source).toContain("+1 more: press Sources");
  });
});
