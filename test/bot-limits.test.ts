import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  embedLength,
  fitChoices,
  fitContent,
  fitEmbed,
  fitEmbeds,
  LIMITS,
  truncate,
} from "../src/discord/limits.ts";
import { neutralizeMentions, safeText, unescapeMarkdown } from "../src/discord/markdown.ts";

describe("text is shortened safely to Discord's limits", () => {
  it("leaves text that fits alone", () => {
    expect(truncate("Who is Aliyev?", 256)).toBe("Who is Aliyev?");
  });

  it("cuts at a word boundary and ends with an ellipsis", () => {
    const text = "The Conference on Interaction and Confidence Building in Asia";
    const cut = truncate(text, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe("The Conference on Interaction…");
  });

  it("never splits an emoji in two", () => {
    const text = `${"a".repeat(8)}😀😀😀`;
    const cut = truncate(text, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it("never leaves a markdown escape dangling at the cut", () => {
    const cut = truncate(safeText(`${"word ".repeat(4)}***`), 22);
    expect(cut).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
  });

  it("holds for any text and any limit", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (text, max) => {
          const cut = truncate(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (text.length <= max) expect(cut).toBe(text);
          expect(() => encodeURIComponent(cut)).not.toThrow();
        },
      ),
    );
  });

  it("keeps message content within 2000 characters", () => {
    expect(fitContent("x".repeat(5000)).length).toBe(LIMITS.content);
  });
});

describe("autocomplete choices respect Discord's limits", () => {
  it("keeps at most 25 choices, names within 100 characters, no duplicate or over-long values", () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: `${"n".repeat(150)} ${i}`,
      value: `v${i}`,
    }));
    choices.push({ name: "dup", value: "v0" }, { name: "long value", value: "x".repeat(101) });
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    for (const choice of fitted) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(fitted.map((c) => c.value)).size).toBe(25);
    expect(fitChoices([{ name: "   ", value: "blank" }])).toEqual([]);
  });
});

describe("embeds respect Discord's limits", () => {
  const huge = (n: number) => "word ".repeat(n);

  it("shortens every part to its own limit", () => {
    const embed = fitEmbed({
      title: huge(100),
      description: huge(2000),
      footer: { text: huge(1000) },
      fields: Array.from({ length: 30 }, () => ({ name: huge(100), value: huge(500) })),
    });
    expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("keeps the title and the start of the description when the total is too long", () => {
    const embed = fitEmbed({
      title: "Who is the Secretary General of CICA?",
      description: `Kairat Sarybay. ${huge(900)}`,
      fields: [{ name: "Source", value: huge(300) }],
    });
    expect(embed.title).toBe("Who is the Secretary General of CICA?");
    expect(embed.description?.startsWith("Kairat Sarybay.")).toBe(true);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("replaces empty field names and values, which Discord refuses", () => {
    const embed = fitEmbed({ fields: [{ name: "", value: "  " }] });
    expect(embed.fields?.[0]?.name).toBe("\u200b");
    expect(embed.fields?.[0]?.value).toBe("\u200b");
  });

  it("shares the 6000 characters among the embeds of one message", () => {
    const embeds = fitEmbeds(Array.from({ length: 12 }, () => ({ description: huge(800) })));
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("holds for any sizes", () => {
    const part = fc.string({ maxLength: 5000 });
    fc.assert(
      fc.property(
        part,
        part,
        fc.array(fc.record({ name: fc.string({ maxLength: 400 }), value: part }), { maxLength: 30 }),
        fc.option(part, { nil: undefined }),
        (title, description, fields, footer) => {
          const embed = fitEmbed({
            title,
            description,
            fields,
            ...(footer ? { footer: { text: footer } } : {}),
          });
          expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
          expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
          expect((embed.title ?? "").length).toBeLessThanOrEqual(LIMITS.embedTitle);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("user text shown back is inert", () => {
  it("escapes markdown so a question cannot format or fake links", () => {
    const shown = safeText("what is **this** _thing_ [click](https://evil.example) `code` ||spoiler||");
    expect(shown).toBe(
      "what is \\*\\*this\\*\\* \\_thing\\_ \\[click\\](https://evil.example) \\`code\\` \\|\\|spoiler\\|\\|",
    );
  });

  it("escapes headings, lists, subtext and block quotes at the start of a line only", () => {
    expect(safeText("# big\n- item\n1. one\n> quoted\n-# small")).toBe(
      "\\# big\n\\- item\n1\\. one\n\\> quoted\n\\-# small",
    );
    expect(safeText("a - b, 3.5 million, #1 > 2")).toBe("a - b, 3.5 million, #1 > 2");
  });

  it("takes linear time, even on hostile input", () => {
    const started = performance.now();
    for (const text of [
      "x".repeat(50_000),
      "\n".repeat(50_000),
      "*_".repeat(25_000),
      "<@1>".repeat(10_000),
    ]) {
      safeText(text);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("neutralises @everyone, @here and user, role and channel mentions", () => {
    const shown = neutralizeMentions("@everyone @here <@123456789012345678> <@!1> <@&2> <#3>");
    expect(shown).not.toMatch(/@everyone|@here|<@\d|<@!\d|<@&\d|<#\d/);
    expect(shown.replaceAll("\u200b", "")).toBe("@everyone @here <@123456789012345678> <@!1> <@&2> <#3>");
  });

  it("can be read back as the original text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(unescapeMarkdown(safeText(text))).toBe(text.replaceAll("\u200b", ""));
      }),
    );
  });
});
