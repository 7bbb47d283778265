import { ButtonStyle, ComponentType, MessageFlags } from "discord.js";
import { describe, expect, it } from "vitest";
import { answerReply, refusalReply, sourcesReply } from "../src/discord/ask-flow.ts";
import { parseCustomId, shortHash } from "../src/discord/custom-id.ts";
import { embedLength, LIMITS } from "../src/discord/limits.ts";
import { NO_MENTIONS, TONE_COLORS, toInteractionReply, toMessageBody } from "../src/discord/render.ts";
import type { AnswerFact, AnswerResult } from "../src/engine/schema.ts";

const fact = (id: string, overrides: Partial<AnswerFact["source"]> = {}): AnswerFact => ({
  id,
  statement: "Kairat Sarybay is the Secretary General of CICA.",
  source: {
    outlet: "News.Az",
    title: "Ilham Aliyev receives Secretary General of CICA",
    date: "2024-04-17",
    quote:
      "Kairat Sarybay, Secretary General of the Conference on Interaction and Confidence Building in Asia",
    ...overrides,
  },
});

const answered = (facts: AnswerFact[] = [fact("sarybay-is-cica-secretary-general")]): AnswerResult => ({
  answered: true,
  answer: "Kairat Sarybay is the Secretary General of CICA.",
  confidence: 1,
  facts,
  suggestions: [],
});

const refused: AnswerResult = {
  answered: false,
  answer: "I don't have a fact about that.",
  confidence: 0,
  facts: [],
  suggestions: ["Who did Ilham Aliyev receive?", "Who is Ilham Aliyev?", "Who is Kairat Sarybay?"],
};

describe("an answer becomes a Discord embed", () => {
  it("shows the question as title, the answer, and the source with outlet, date and quote", () => {
    const body = toInteractionReply(
      answerReply("Who leads CICA?", answered(), { ephemeral: false, questionHash: "q" }),
    );
    expect(body.flags).toBeUndefined();
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds[0]!;
    expect(embed.title).toBe("Who leads CICA?");
    expect(embed.description).toBe("Kairat Sarybay is the Secretary General of CICA.");
    expect(embed.color).toBe(TONE_COLORS.answer);
    expect(embed.fields).toEqual([
      {
        name: "Source",
        value:
          "> “Kairat Sarybay, Secretary General of the Conference on Interaction and Confidence Building in Asia”\n" +
          "— **News.Az**, 17 April 2024",
        inline: false,
      },
    ]);
    expect(embed.footer?.text).toBe("News.Az: Ilham Aliyev receives Secretary General of CICA");
  });

  it("links the outlet when the source has a URL, without a link preview", () => {
    const result = answered([fact("f", { url: "https://news.az/article(1)" })]);
    const embed = toMessageBody(answerReply("q?", result, { ephemeral: false, questionHash: "q" }))
      .embeds[0]!;
    expect(embed.fields?.[0]?.value).toContain("[**News.Az**](<https://news.az/article%281%29>)");
  });

  it("offers Sources and 👍/👎 buttons whose custom_ids name the cited facts", () => {
    const result = answered([fact("a"), fact("b")]);
    const body = toMessageBody(answerReply("q?", result, { ephemeral: false, questionHash: "qh" }));
    const row = body.components[0]!;
    expect(row.type).toBe(ComponentType.ActionRow);
    const [sources, up, down] = row.components;
    expect(sources).toMatchObject({
      style: ButtonStyle.Secondary,
      label: "Sources (2)",
      emoji: { name: "📚" },
    });
    expect(up).toMatchObject({ emoji: { name: "👍" } });
    expect(down).toMatchObject({ emoji: { name: "👎" } });
    expect(up && "label" in up ? up.label : undefined).toBeUndefined();
    const ids = row.components.map((b) => ("custom_id" in b ? parseCustomId(b.custom_id) : undefined));
    expect(ids).toEqual([
      { kind: "sources", facts: [shortHash("a"), shortHash("b")] },
      { kind: "feedback", vote: "up", question: "qh", facts: [shortHash("a"), shortHash("b")] },
      { kind: "feedback", vote: "down", question: "qh", facts: [shortHash("a"), shortHash("b")] },
    ]);
    expect(body.embeds[0]?.fields?.[0]?.name).toBe("Main source");
    expect(body.embeds[0]?.fields?.[0]?.value).toContain("+1 more: press Sources");
  });

  it("escapes markdown and neutralises mentions in the question", () => {
    const question = "**Who** is <@123456789012345678> and @everyone [x](https://evil.example)?";
    const embed = toMessageBody(answerReply(question, answered(), { ephemeral: false, questionHash: "q" }))
      .embeds[0]!;
    expect(embed.title).toBe(
      "\\*\\*Who\\*\\* is <@\u200b123456789012345678> and @\u200beveryone \\[x\\](https://evil.example)?",
    );
  });

  it("truncates a long question to the 256-character title limit", () => {
    const question = `${"Why ".repeat(200)}?`;
    const embed = toMessageBody(answerReply(question, answered(), { ephemeral: false, questionHash: "q" }))
      .embeds[0]!;
    expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.title?.endsWith("…")).toBe(true);
  });

  it("puts a multi-line question on one title line", () => {
    const embed = toMessageBody(
      answerReply("Who\n\nis   he?", answered(), { ephemeral: false, questionHash: "q" }),
    ).embeds[0]!;
    expect(embed.title).toBe("Who is he?");
  });

  it("keeps within every limit when the data is enormous", () => {
    const big = fact("big", { quote: "q ".repeat(3000), title: "t ".repeat(2000), outlet: "o".repeat(300) });
    const result: AnswerResult = { ...answered([big, big, big, big, big, big]), answer: "a ".repeat(5000) };
    const body = toMessageBody(
      answerReply("x".repeat(7000), result, { ephemeral: false, questionHash: "q" }),
    );
    const embed = body.embeds[0]!;
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.fields?.[0]?.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    expect(embed.fields?.[0]?.value).toMatch(/— \*\*o+…?\*\*, 17 April 2024/);
  });

  it("is ephemeral when asked privately", () => {
    const body = toInteractionReply(answerReply("q?", answered(), { ephemeral: true, questionHash: "q" }));
    expect(body.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe("nobody is ever pinged by a reply", () => {
  it("sends allowedMentions with nothing to parse on every body", () => {
    for (const body of [
      toMessageBody({ content: "@everyone look" }),
      toInteractionReply({ content: "<@123456789012345678>", ephemeral: true }),
      toMessageBody(answerReply("@here?", answered(), { ephemeral: false, questionHash: "q" })),
    ]) {
      expect(body.allowedMentions).toEqual(NO_MENTIONS);
      expect(body.allowedMentions).toEqual({ parse: [], repliedUser: false });
    }
  });
});

describe("a refusal offers questions the bot can answer", () => {
  it("is an amber card with up to three suggestion buttons", () => {
    const hashes = refused.suggestions.map(shortHash);
    const body = toInteractionReply(
      refusalReply("pizza?", refused, { ephemeral: true, suggestionHashes: hashes }),
    );
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    const embed = body.embeds[0]!;
    expect(embed.color).toBe(TONE_COLORS.refusal);
    expect(embed.title).toBe("pizza?");
    expect(embed.description).toContain("I don't have a fact about that.");
    const buttons = body.components[0]!.components;
    expect(buttons.map((b) => ("label" in b ? b.label : ""))).toEqual(refused.suggestions);
    expect(buttons.map((b) => ("custom_id" in b ? parseCustomId(b.custom_id) : undefined))).toEqual(
      hashes.map((hash, index) => ({ kind: "suggest", index, hash })),
    );
  });

  it("shortens long suggestions to the 80-character button label limit", () => {
    const long = { ...refused, suggestions: ["W".repeat(100)] };
    const body = toMessageBody(refusalReply("q", long, { ephemeral: true, suggestionHashes: ["h"] }));
    const button = body.components[0]!.components[0]!;
    expect("label" in button && button.label ? button.label.length : 0).toBeLessThanOrEqual(
      LIMITS.buttonLabel,
    );
  });

  it("has no buttons when there is nothing to suggest", () => {
    const body = toMessageBody(
      refusalReply("q", { ...refused, suggestions: [] }, { ephemeral: true, suggestionHashes: [] }),
    );
    expect(body.components).toEqual([]);
  });
});

describe("the Sources button lists every supporting fact", () => {
  it("shows each statement, quote and source, privately", () => {
    const body = toInteractionReply(sourcesReply([fact("a"), fact("b", { url: "https://news.az/a" })]));
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    const fields = body.embeds[0]!.fields!;
    expect(fields).toHaveLength(2);
    expect(fields[0]!.name).toBe("1. News.Az, 17 April 2024");
    expect(fields[0]!.value).toContain("> “Kairat Sarybay, Secretary General");
    expect(fields[1]!.value).toContain(
      "[Ilham Aliyev receives Secretary General of CICA](<https://news.az/a>)",
    );
  });
});
