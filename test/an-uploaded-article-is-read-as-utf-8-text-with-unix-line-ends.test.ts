import { describe, expect, it } from "vitest";
import { articleTextOf } from "../src/drafting/article-text.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("an article sent to /source add or drafted from a file is read as UTF-8 text", () => {
  it("keeps accented names as written", () => {
    expect(articleTextOf(utf8("Lucía Ferraro welcomed the Paraná talks."))).toBe(
      "Lucía Ferraro welcomed the Paraná talks.",
    );
  });

  it("drops a byte-order mark and reads Windows and old Mac line ends as Unix ones", () => {
    expect(articleTextOf(utf8("\uFEFFFirst line.\r\nSecond line.\rThird line."))).toBe(
      "First line.\nSecond line.\nThird line.",
    );
  });

  it("reads an ArrayBuffer, as a downloaded attachment arrives", () => {
    const bytes = utf8("Signed in Baku.");
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(articleTextOf(buffer)).toBe("Signed in Baku.");
  });

  it("refuses bytes that are not UTF-8 (a Windows-1252 'reçu', a PDF's binary) instead of garbling them", () => {
    expect(articleTextOf(Uint8Array.from([0x72, 0x65, 0xe7, 0x75]))).toBeUndefined();
    expect(articleTextOf(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x9c]))).toBeUndefined();
  });
});
