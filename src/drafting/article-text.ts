import { withoutHiddenCharacters } from "../storage/typed-text.ts";

/**
 * An uploaded or saved article's text, read the one way `/source add` and `npm run facts -- draft`
 * share: UTF-8 only (a Windows-1252 file, a PDF or a Word file would be drafted from replacement
 * characters, its accented names lost in the quotes), without a byte-order mark, with Unix line
 * ends, without control characters. `undefined` when the bytes are not UTF-8 text.
 */
export function articleTextOf(bytes: ArrayBuffer | Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // Controls and direction overrides a web page or a word processor left in are dropped: nobody
  // sees them to delete them, and a quote copied from the article would not match with them.
  return withoutHiddenCharacters(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
}
