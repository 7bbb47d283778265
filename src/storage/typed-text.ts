import { z } from "zod";

/**
 * Characters nobody types on purpose into a name, a sentence or a citation, and that change how
 * text shows wherever it is printed: the C0 and C1 controls (an escape sequence recolours or
 * clears a terminal, a carriage return overwrites a line, a NUL ends a string in C), DEL, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
 * "Azer‮najiab" read as "Azerbaijan" while it is stored reversed. Tab and line feed are text.
 * Joiners, the zero-width space and the left-to-right/right-to-left marks are left alone: emoji
 * and Arabic or Hebrew names need them.
 */
const HIDDEN = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, "gu");

const NAMES: Record<number, string> = {
  0: "a NUL",
  7: "a bell",
  8: "a backspace",
  13: "a carriage return",
  27: "an escape, which starts a terminal escape sequence",
  127: "a delete",
  8234: "a left-to-right embedding",
  8235: "a right-to-left embedding",
  8236: "a pop directional formatting",
  8237: "a left-to-right override",
  8238: "a right-to-left override, which shows the text after it reversed",
  8294: "a left-to-right isolate",
  8295: "a right-to-left isolate",
  8296: "a first-strong isolate",
  8297: "a pop directional isolate",
};

/**
 * Why `text` cannot be stored as typed, or undefined when it can: the first hidden character, by
 * its code point and what it does, and where it is, so it can be found and deleted.
 */
export function hiddenCharacterProblem(text: string): string | undefined {
  const match = HIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const name = NAMES[code] ?? "a control character";
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  return `holds an invisible character (U+${hex}, ${name}) after “${shortBefore(text, match.index)}”: delete it and type the text again`;
}

/** The few characters before a position, so a moderator can find an invisible one. */
function shortBefore(text: string, index: number): string {
  const before = [...text.slice(0, index).replace(HIDDEN_ALL, "")];
  return before.length > 20 ? `…${before.slice(-20).join("")}` : before.join("") || "the start";
}

/** The text without the hidden characters (an article pasted or saved from a web page). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_ALL, "");
}

/** Adds a zod issue when a string holds a hidden character; for `.superRefine`. */
export function refuseHidden(value: string, ctx: z.RefinementCtx, what?: string): void {
  const problem = hiddenCharacterProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: what ? `${what} ${problem}` : problem });
}

/** Typed text: trimmed, not empty, at most `max` characters, without hidden characters. */
export const TypedText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max).superRefine(refuseHidden);

/**
 * What Discord would turn into a ping: "@everyone", "@here", a user's or a role's "<@…>", and a
 * channel's "<#…>". Replies never ping (allowedMentions is empty, and shown text is neutralised),
 * but as a name it means nothing: it would be read as the plain word after the "@" ("here",
 * "everyone"), so that every question saying "here" would be about that entity.
 */
const MENTION = /@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>/i;

/** Why `name` cannot be a name or an alias, when it is a Discord mention; else undefined. */
export function mentionProblem(name: string): string | undefined {
  // Folded as names are keyed (a fullwidth "＠", a zero-width space after "@"), or the check is
  // passed by a spelling that is then stored under the same word.
  const match = MENTION.exec(name.normalize("NFKC").replace(/\p{Cf}/gu, ""));
  if (!match) return undefined;
  const word = /^@(\w+)/.exec(match[0])?.[1];
  return word
    ? `“${name.trim()}” is a Discord mention, not a name: questions would read it as the word “${word.toLowerCase()}” (write the name itself)`
    : `“${name.trim()}” is a Discord mention, not a name (write the name itself)`;
}
