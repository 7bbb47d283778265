/**
 * The console echoed a question back as the card's title exactly as typed: a question pasted with
 * "\u001b[2J" cleared the terminal when its answer was printed, and a right-to-left override
 * turned the rest of the line around. Whatever the console shows (a title, a card's text, a
 * footer, a button's label) has its control characters written as escapes; its own styles, line
 * breaks and tabs are untouched.
 */
import { describe, expect, it } from "vitest";
import { renderReply } from "../src/console/render.ts";

describe("the console shows escape sequences rather than obeying them", () => {
  it("writes a typed escape sequence and a direction override as escapes, in every part of a card", () => {
    const { text } = renderReply(
      {
        cards: [
          {
            tone: "refusal",
            title: "\u001b[2J who chairs cica",
            description: "I don't have a fact about\tthat.\nTry \u202Eagain",
            footer: "News\u0007: title",
          },
        ],
        buttons: [[{ customId: "at1:q:0:x", label: "Who\u001b[31m chairs?", emoji: "💡", style: "primary" }]],
      },
      { color: true },
    );
    for (const raw of ["\u001b[2J", "\u001b[31m", "\u202E", "\u0007"]) expect(text).not.toContain(raw);
    expect(text).toContain(String.raw`\u001B[2J who chairs cica`);
    expect(text).toContain(String.raw`Try \u202Eagain`);
    expect(text).toContain(String.raw`News\u0007: title`);
    expect(text).toContain(String.raw`[1] 💡 Who\u001B[31m chairs?`);
    expect(text).toContain("I don't have a fact about\tthat.");
    // The console's own styles are still there.
    expect(text).toContain("\u001b[1m");
  });
});
