import type { APIApplicationCommandOptionChoice, APIEmbed, APIEmbedField } from "discord.js";

/**
 * Discord's size limits, in one place. Discord rejects a whole message (400 Invalid Form Body)
 * when any one of them is exceeded, so every piece of text passes through these helpers.
 */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author name, summed over all embeds. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  optionName: 32,
  optionDescription: 100,
  /** Names, descriptions and choice values of one command together. */
  commandTotal: 4000,
  stringOptionLength: 6000,
  /** Time to acknowledge an interaction before Discord shows "The application did not respond". */
  acknowledgeMs: 3000,
} as const;

/** When a reply is not ready by then, the router defers so the 3-second window is never missed. */
export const AUTO_DEFER_AFTER_MS = 2000;

const ELLIPSIS = "…";

/**
 * Shortens text to at most `max` UTF-16 units (what Discord counts), ending with an ellipsis.
 * Prefers a word boundary near the end, never splits a surrogate pair (an emoji) and never leaves
 * a lone markdown escape backslash at the cut.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  let head = text.slice(0, cut);
  // A word boundary in the last fifth of the room keeps whole words without wasting much space.
  const floor = Math.floor(cut * 0.8);
  for (let i = head.length - 1; i > floor; i--) {
    if (/\s/.test(head.charAt(i))) {
      head = head.slice(0, i);
      break;
    }
  }
  head = head.trimEnd();
  // An odd run of trailing backslashes would escape the ellipsis (or nothing): drop one.
  const slashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (slashes % 2 === 1) head = head.slice(0, -1);
  return `${head}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Message content within 2000 characters. */
export function fitContent(text: string): string {
  return truncate(text, LIMITS.content);
}

/** A button label within 80 characters (Discord also refuses an empty label). */
export function fitButtonLabel(text: string): string {
  return truncate(text.trim() || "…", LIMITS.buttonLabel);
}

/** At most 25 autocomplete choices, names and string values within 100 characters, no blanks. */
export function fitChoices(
  choices: readonly { name: string; value: string }[],
): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const values = new Set<string>();
  for (const choice of choices) {
    const name = truncate(choice.name.trim(), LIMITS.choiceName);
    // A value is what the command receives: clipping it would change its meaning, so skip it.
    if (!name || !choice.value || choice.value.length > LIMITS.choiceValue || values.has(choice.value))
      continue;
    values.add(choice.value);
    out.push({ name, value: choice.value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

/** Characters an embed counts towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Makes an embed valid: every part within its own limit, at most 25 fields, and the total within
 * `budget` (6000 for a lone embed). Over budget, the longest parts shrink first, then trailing
 * fields go: the title and the first lines of the description are what a reader needs most.
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const fields: APIEmbedField[] = (embed.fields ?? []).slice(0, LIMITS.embedFields).map((field) => ({
    ...field,
    name: truncate(field.name.trim() || "\u200b", LIMITS.embedFieldName),
    value: truncate(field.value.trim() || "\u200b", LIMITS.embedFieldValue),
  }));
  const out: APIEmbed = { ...embed };
  if (embed.title !== undefined) out.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) out.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.footer) out.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.embedFooter) };
  if (embed.author)
    out.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.embedAuthorName) };
  if (fields.length > 0) out.fields = fields;
  else delete out.fields;

  const room = Math.max(0, budget);
  let excess = embedLength(out) - room;
  // Shrink the longest text until it fits, so no one part is wiped out while others stay long.
  while (excess > 0) {
    const parts: { length: number; shrink: (max: number) => void }[] = [];
    if (out.description) {
      const description = out.description;
      parts.push({
        length: description.length,
        shrink: (max) => (out.description = truncate(description, max)),
      });
    }
    for (const field of out.fields ?? []) {
      const value = field.value;
      parts.push({
        length: value.length,
        shrink: (max) => (field.value = truncate(value, Math.max(1, max))),
      });
    }
    const footer = out.footer;
    if (footer) {
      const text = footer.text;
      parts.push({ length: text.length, shrink: (max) => (footer.text = truncate(text, max)) });
    }
    const longest = parts.sort((a, b) => b.length - a.length)[0];
    if (!longest || longest.length <= 64) break;
    longest.shrink(Math.max(64, longest.length - excess));
    excess = embedLength(out) - room;
  }
  while (excess > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    excess = embedLength(out) - room;
  }
  if (excess > 0 && out.footer) {
    delete out.footer;
    excess = embedLength(out) - room;
  }
  if (excess > 0 && out.description) {
    out.description = truncate(out.description, out.description.length - excess);
    // Discord refuses an empty string where it accepts a missing part.
    if (!out.description) delete out.description;
    excess = embedLength(out) - room;
  }
  if (excess > 0 && out.title) out.title = truncate(out.title, Math.max(1, out.title.length - excess));
  return out;
}

/** Several embeds of one message, within 10 embeds and the shared 6000-character total. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let remaining: number = LIMITS.embedTotal;
  for (const embed of embeds.slice(0, LIMITS.embedsPerMessage)) {
    if (remaining <= 0) break;
    const fitted = fitEmbed(embed, remaining);
    remaining -= embedLength(fitted);
    out.push(fitted);
  }
  return out;
}
