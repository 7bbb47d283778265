/**
 * Minimal multipart/form-data parser, enough for what @discordjs/rest sends when a message has
 * attachments: one `payload_json` part (the JSON body) plus `files[n]` parts (the uploads).
 */

export interface MultipartPart {
  /** The form field name, e.g. `payload_json` or `files[0]`. */
  name: string;
  /** Present for file parts. */
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

export function boundaryFrom(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * undici's FormData percent-encodes `"`, CR and LF in names/filenames (per the HTML spec),
 * so decode exactly those back.
 */
function decodeFormValue(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}

function parseDisposition(header: string): { name: string | null; filename: string | null } {
  const name = /\bname="((?:[^"\\]|\\.)*)"/i.exec(header)?.[1] ?? null;
  const filename = /\bfilename="((?:[^"\\]|\\.)*)"/i.exec(header)?.[1] ?? null;
  const filenameStar = /\bfilename\*=(?:UTF-8'')?([^;]+)/i.exec(header)?.[1] ?? null;
  return {
    name: name === null ? null : decodeFormValue(name),
    filename:
      filenameStar !== null
        ? decodeURIComponent(filenameStar)
        : filename === null
          ? null
          : decodeFormValue(filename),
  };
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  if (start === -1) throw new Error("multipart body does not contain its boundary");
  while (true) {
    const afterDelimiter = start + delimiter.length;
    // `--boundary--` terminates the body.
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break;
    const headersStart = afterDelimiter + 2; // skip CRLF after the delimiter
    const headersEnd = body.indexOf("\r\n\r\n", headersStart);
    if (headersEnd === -1) throw new Error("multipart part without header terminator");
    const next = body.indexOf(delimiter, headersEnd + 4);
    if (next === -1) throw new Error("multipart body is not terminated");
    const headerLines = body.subarray(headersStart, headersEnd).toString("utf8").split("\r\n");
    const headers = new Map<string, string>();
    for (const line of headerLines) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const { name, filename } = parseDisposition(headers.get("content-disposition") ?? "");
    // The part's data ends with the CRLF that precedes the next delimiter.
    const data = body.subarray(headersEnd + 4, next - 2);
    if (name !== null) {
      parts.push({
        name,
        filename,
        contentType: headers.get("content-type") ?? null,
        data: Buffer.from(data),
      });
    }
    start = next;
  }
  return parts;
}
