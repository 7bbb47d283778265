import { formatDate } from "../engine/compose.ts";
import type { AnswerResult } from "../engine/schema.ts";

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
  return lines.join("\n");
}

/** "1 source", "3 entities". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
