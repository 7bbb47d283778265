/**
 * Text from users and from the fact store is shown inside Discord markdown. Escaping keeps a
 * question such as "what is **x**" from turning bold, and a stored quote from faking a link;
 * neutralising mentions keeps "@everyone" inert even where allowedMentions would not apply
 * (embeds render mentions as clickable names, and message content could be re-sent elsewhere).
 */
export function safeText(text: string): string {
  return neutralizeMentions(escapeMarkdownText(text));
}

/**
 * Backslash-escapes Discord markdown in one linear pass. (discord.js's escapeMarkdown takes
 * quadratic time: a 16,000-character message stalls the process for seconds.) Inline markers
 * are escaped anywhere; headings, lists, subtext and block quotes only where they take effect,
 * at the start of a line.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    .replace(/^([ \t]*)(#{1,3}[ \t]|-#[ \t]|[-+][ \t]|>)/gm, "$1\\$2")
    .replace(/^([ \t]*)(\d+)\.(?=[ \t])/gm, "$1$2\\.");
}

const ZERO_WIDTH_SPACE = "\u200b";

/** "@everyone" → "@\u200beveryone", "<@123>" → "<@\u200b123>": visible, but no longer a mention. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZERO_WIDTH_SPACE}$2>`);
}

/** A markdown block quote: every line prefixed, so a multi-line quote stays inside it. */
export function blockQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

/** A masked link when the URL is usable, else just the label. Angle brackets keep previews off. */
export function link(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/\S+$/.test(url)) return label;
  // Brackets would end the link early; percent-encoding them keeps the address the same.
  const safeUrl = url.replace(/[()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](<${safeUrl}>)`;
}

/** Undoes safeText's escapes for a plain-text reader (the terminal). */
export function unescapeMarkdown(text: string): string {
  return text.replaceAll(ZERO_WIDTH_SPACE, "").replace(/\\([\\*_~`|>#\-+.[\]])/g, "$1");
}
