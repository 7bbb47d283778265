/**
 * An uploaded or saved article's text, read the one way `/source add` and `npm run facts -- draft`
 * share: UTF-8 only (a Windows-1252 file, a PDF or a Word file would be drafted from replacement
 * characters, its accented names lost in the quotes), without a byte-order mark, with Unix line
 * ends. `undefined` when the bytes are not UTF-8 text.
 */
export function articleTextOf(bytes: ArrayBuffer | Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
