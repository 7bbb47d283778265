import { type Button, isLinkButton, type ReplyModel, type Tone } from "../discord/reply-model.ts";

/**
 * A reply model as terminal text: the same cards, fields and buttons the Discord adapter sends,
 * with markdown turned into plain text (or ANSI styles) and buttons numbered so they can be pressed.
 */

export interface RenderOptions {
  color: boolean;
}

export interface NumberedButton {
  number: number;
  /** As printed, with its emoji. */
  label: string;
  /** The button's own label, as Discord would send it back. */
  rawLabel: string;
  customId?: string;
  url?: string;
  disabled: boolean;
}

export interface RenderedReply {
  text: string;
  buttons: NumberedButton[];
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  italic: "\u001b[3m",
  underline: "\u001b[4m",
  strike: "\u001b[9m",
} as const;

const TONE_ANSI: Record<Tone, string> = {
  answer: "\u001b[34m",
  refusal: "\u001b[33m",
  event: "\u001b[32m",
  facts: "\u001b[36m",
  info: "\u001b[37m",
  notice: "\u001b[37m",
  error: "\u001b[31m",
};

export function renderReply(model: ReplyModel, options: RenderOptions): RenderedReply {
  const style = styler(options.color);
  const blocks: string[] = [];
  if (model.content) blocks.push(markdownToText(model.content, options.color));
  for (const card of model.cards ?? []) {
    const bar = style(TONE_ANSI[card.tone], "┃ ");
    const lines: string[] = [];
    if (card.title) {
      const title = style(ANSI.bold, markdownToText(card.title, options.color));
      lines.push(card.url ? `${title} ${style(ANSI.dim, `<${card.url}>`)}` : title);
    }
    if (card.description) {
      if (lines.length > 0) lines.push("");
      lines.push(...markdownToText(card.description, options.color).split("\n"));
    }
    for (const field of card.fields ?? []) {
      lines.push(
        "",
        ...markdownToText(field.name, options.color)
          .split("\n")
          .map((line) => style(ANSI.bold, line)),
      );
      lines.push(...markdownToText(field.value, options.color).split("\n"));
    }
    // Discord shows a footer as plain text, markdown and all: so does the console.
    if (card.footer) {
      lines.push(
        "",
        ...inert(card.footer)
          .replaceAll("\u200b", "")
          .split("\n")
          .map((line) => style(ANSI.dim, line)),
      );
    }
    blocks.push(lines.map((line) => `${bar}${line}`.trimEnd()).join("\n"));
  }
  const buttons = numberButtons(model.buttons ?? []);
  if (buttons.length > 0) {
    blocks.push(
      buttons
        .map((button) => {
          const text = `[${button.number}] ${button.label}`;
          return button.disabled ? style(ANSI.dim, text) : text;
        })
        .join("   "),
    );
  }
  // Marks cards that Discord would show to the asker alone; short notes are private anyway.
  if (model.ephemeral && model.cards?.length) blocks.push(style(ANSI.dim, "(only you can see this)"));
  return { text: blocks.join("\n"), buttons };
}

function numberButtons(rows: readonly Button[][]): NumberedButton[] {
  return rows.flat().map((button, index) => {
    const label = inert([button.emoji, button.label].filter(Boolean).join(" "));
    return isLinkButton(button)
      ? { number: index + 1, label, rawLabel: button.label, url: button.url, disabled: false }
      : {
          number: index + 1,
          label,
          rawLabel: button.label,
          customId: button.customId,
          disabled: button.disabled === true,
        };
  });
}

/**
 * Discord markdown → terminal text, as Discord shows it. Escaped characters are set aside first
 * so that "\*" stays a literal star while "**bold**" becomes bold (across a line break too, as in
 * Discord); code spans and link addresses are set aside next, so that nothing inside them is read
 * as markdown (an address's "**" or "_" stays in it); links become "label <url>". Underline,
 * strikethrough and spoilers keep their text without their markers; headings turn bold and
 * subtext dim, as Discord draws them.
 */
export function markdownToText(markdown: string, color: boolean): string {
  const style = styler(color);
  // Styled line by line: each line of a card is prefixed with its coloured bar, which resets styles.
  const styled = (code: string) => (_: string, inner: string) =>
    inner
      .split("\n")
      .map((line) => (line ? style(code, line) : line))
      .join("\n");
  const ESCAPED = 0xe000;
  const KEPT = 0xe100;
  const kept: string[] = [];
  const keep = (literal: string) => {
    kept.push(literal);
    return String.fromCharCode(KEPT + kept.length - 1);
  };
  let text = inert(markdown)
    .replaceAll("\u200b", "")
    .replace(/\\([\\*_~`|>#\-+.[\]()!<:@])/g, (_, char: string) =>
      String.fromCharCode(ESCAPED + char.charCodeAt(0)),
    );
  text = text
    .replace(/`([^`]+)`/g, (_, code: string) => keep(code))
    .replace(
      /\[([^\]]*)\]\(<?(https?:\/\/[^\s>)]+)>?\)/g,
      (_, label: string, url: string) => `${label} ${keep(`<${url}>`)}`,
    )
    .replace(/<(https?:\/\/[^\s>]+)>/g, (_, url: string) => keep(`<${url}>`))
    .replace(/https?:\/\/[^\s<>]+/g, (url) => keep(url))
    .replace(/\*\*([\s\S]+?)\*\*/g, styled(ANSI.bold))
    .replace(/__([\s\S]+?)__/g, styled(ANSI.underline))
    .replace(/~~([\s\S]+?)~~/g, styled(ANSI.strike))
    .replace(/\|\|([\s\S]+?)\|\|/g, "$1")
    .replace(
      /(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g,
      (_, before: string, inner: string) => `${before}${style(ANSI.italic, inner)}`,
    )
    .replace(
      /(^|\W)_(?!\s)(.+?)_(?!\w)/g,
      (_, before: string, inner: string) => `${before}${style(ANSI.italic, inner)}`,
    )
    .replace(/^-# (.*)$/gm, (_, inner: string) => style(ANSI.dim, inner))
    .replace(/^#{1,3} (.*)$/gm, (_, inner: string) => style(ANSI.bold, inner))
    .replace(/^> /gm, "│ ");
  return text
    .replace(/[\ue100-\uf8ff]/g, (char) => kept[char.charCodeAt(0) - KEPT] ?? char)
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED));
}

/**
 * Control characters and direction overrides in what is shown (a question typed or pasted with an
 * escape sequence, a stored text from before they were refused) written as escapes, so that they
 * neither clear nor recolour the terminal nor reverse a line; line breaks and tabs stay.
 */
export function inert(text: string): string {
  return text.replace(
    /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

function styler(color: boolean): (code: string, text: string) => string {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}
