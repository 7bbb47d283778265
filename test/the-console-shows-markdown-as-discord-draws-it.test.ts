/**
 * The console turns the bot's Discord markdown into terminal text. An outlet written over two
 * lines came out of the Sources view as "**Trend News\nAgency**", the stars shown (the bold could
 * not cross the line break, which it does in Discord); an article's address holding "**" or "_"
 * lost them (read as bold or italic), so the address printed was not the article's; underline,
 * strikethrough, spoilers, headings and subtext showed their markers; and a footer, which Discord
 * shows as plain text, had its stars and underscores taken for markdown.
 */
import { describe, expect, it } from "vitest";
import { markdownToText, renderReply } from "../src/console/render.ts";
import { answerReply, sourcesReply } from "../src/discord/ask-flow.ts";
import type { AnswerFact, AnswerResult } from "../src/engine/schema.ts";

const FACT: AnswerFact = {
  id: "trend-memorandum",
  statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation.",
  source: {
    outlet: "Trend News\nAgency",
    title: "Talks_2024 in *Astana*",
    date: "2024-05-02",
    quote: "signed a memorandum of understanding on digital cooperation",
    url: "https://example.org/news_2024/a_b_c?tag=**top**",
  },
};

describe("the console shows markdown as Discord draws it", () => {
  it("the Sources view: a bold outlet over two lines, and the article's address exactly", () => {
    const answer = renderReply(
      answerReply(
        "What did they sign?",
        { answered: true, answer: "A memorandum.", facts: [FACT] } as AnswerResult,
        {
          ephemeral: false,
          questionHash: "q",
        },
      ),
      { color: false },
    ).text;
    expect(answer).toContain(
      "┃ — Trend News\n┃ Agency <https://example.org/news_2024/a_b_c?tag=**top**>, 2 May 2024",
    );
    // The footer is plain text in Discord: its stars and underscores are the title's own.
    expect(answer).toContain("┃ Trend News\nAgency: Talks_2024 in *Astana*".replace("\n", "\n┃ "));

    const sources = renderReply(sourcesReply([FACT]), { color: false }).text;
    expect(sources).toContain("┃ 1. Trend News\n┃ Agency, 2 May 2024\n");
    expect(sources).toContain("┃ — Talks_2024 in *Astana* <https://example.org/news_2024/a_b_c?tag=**top**>");
  });

  it("bold across a line break is bold on each line, so the card's bar does not end it", () => {
    expect(markdownToText("**news\nwire**", true)).toBe("\u001b[1mnews\u001b[0m\n\u001b[1mwire\u001b[0m");
  });

  it("underline, strikethrough, spoilers, headings and subtext lose their markers; code stays literal", () => {
    expect(markdownToText("__under__ ~~struck~~ ||hidden|| `a **b** c`", false)).toBe(
      "under struck hidden a **b** c",
    );
    expect(markdownToText("# Heading\n-# small print\nplain", false)).toBe("Heading\nsmall print\nplain");
    expect(markdownToText("see https://example.org/a_b_c and <https://example.org/x_y_z>", false)).toBe(
      "see https://example.org/a_b_c and <https://example.org/x_y_z>",
    );
  });
});
