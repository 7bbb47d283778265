import { z } from "zod";
import { formatDate } from "../engine/compose.ts";
import { AnswerResult } from "../engine/schema.ts";

/**
 * A line `npm run ask -- --json` writes: the result, and the line as typed (`asked`), which a
 * follow-up's `turn.question` is not (it holds the rewrite), so a script can match answers to lines.
 */
export const AskedLine = AnswerResult.extend({ asked: z.string() });
export type AskedLine = z.infer<typeof AskedLine>;

/** An answer as plain text for a terminal: the answer, then its sources, then suggestions. */
export function formatAnswerText(result: AnswerResult): string {
  const lines = [result.answer];
  if (result.answered) {
    lines.push("");
    for (const fact of result.facts) {
      const when = fact.source.date ? `, ${formatDate(fact.source.date)}` : "";
      lines.push(`Source: ${fact.source.outlet}${when}${fact.source.url ? ` <${fact.source.url}>` : ""}`);
      lines.push(`  “${fact.source.quote}”`);
    }
  } else if (result.suggestions.length > 0) {
    lines.push("", "Try asking:");
    for (const suggestion of result.suggestions) lines.push(`  • ${suggestion}`);
  }
  // A stored text may hold an escape sequence (curated data is checked by validate, not at load):
  // shown as escapes, line by line, it neither clears nor recolours the terminal.
  return lines.join("\n").split("\n").map(visible).join("\n");
}

/** "1 source", "3 entities". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * Line breaks, tabs and other control characters (a broken JSON file's message quotes its lines),
 * and the invisible characters that make a file differ from what its author sees (a byte-order
 * mark, a zero-width space, a direction override), written as escapes: each problem stays one
 * line, the terminal is not steered by escape sequences, and the character to delete can be seen.
 */
export function visible(text: string): string {
  return text.replace(/[\p{Cc}\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/gu, (char) => {
    const named = ESCAPES[char];
    return named ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * JSON on one line, as JSON.stringify writes it, but with the characters that steer a terminal
 * and that JSON.stringify leaves as they are written as \u escapes: DEL and the C1 controls
 * (U+009B starts an escape sequence), the line and paragraph separators, and the direction
 * embeddings, overrides and isolates (U+202E shows the rest of the line reversed). The value is the
 * same (a program reading it gets the text exactly), and printing it changes nothing on the screen
 * but its own line. Outside strings JSON is ASCII, so only strings are touched.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
