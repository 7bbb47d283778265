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
      lines.push("", style(ANSI.bold, markdownToText(field.name, options.color)));
      lines.push(...markdownToText(field.value, options.color).split("\n"));
    }
    if (card.footer) lines.push("", style(ANSI.dim, markdownToText(card.footer, options.color)));
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
    const label = [button.emoji, button.label].filter(Boolean).join(" ");
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
 * Discord markdown → terminal text. Escaped characters are set aside first so that "\*" stays
 * a literal star while "**bold**" becomes bold; links become "label <url>".
 */
export function markdownToText(markdown: string, color: boolean): string {
  const style = styler(color);
  const PRIVATE_USE = 0xe000;
  let text = markdown
    .replaceAll("\u200b", "")
    .replace(/\\([\\*_~`|>#\-+.[\]()!<:@])/g, (_, char: string) =>
      String.fromCharCode(PRIVATE_USE + char.charCodeAt(0)),
    );
  text = text
    .replace(
      /\[([^\]]*)\]\(<?(https?:\/\/[^\s>)]+)>?\)/g,
      (_, label: string, url: string) => `${label} <${url}>`,
    )
    .replace(/\*\*(.+?)\*\*/g, (_, inner: string) => style(ANSI.bold, inner))
    .replace(
      /(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g,
      (_, before: string, inner: string) => `${before}${style(ANSI.italic, inner)}`,
    )
    .replace(
      /(^|\W)_(?!\s)(.+?)_(?!\w)/g,
      (_, before: string, inner: string) => `${before}${style(ANSI.italic, inner)}`,
    )
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^> /gm, "│ ");
  return text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PRIVATE_USE));
}

function styler(color: boolean): (code: string, text: string) => string {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}
