/**
 * The fact form's Reason is kept in the history with the revision, but unlike the fact's own
 * text it was taken with whatever it held: an escape sequence or a direction override went into
 * the history (and into `facts history` on the host). It is refused as the statement is, in one
 * line naming the field; an empty reason is still no reason.
 */
import { describe, expect, it } from "vitest";
import { parseFactForm } from "../src/discord/moderation/fact-form.ts";

const FORM = {
  statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation.",
  entities: "Azerbaijan, Kazakhstan",
  source: "Trend News Agency | 2024-05-02",
  quote: "signed a memorandum of understanding on digital cooperation",
};

describe("a reason typed in the fact form", () => {
  it("holding a control character is one problem on the Reason field", () => {
    const parsed = parseFactForm({ ...FORM, reason: "fixed\u202E typo" });
    if (parsed.ok) throw new Error("accepted");
    expect(parsed.problems).toEqual([
      {
        field: "reason",
        message:
          "the reason holds an invisible character (U+202E, a right-to-left override, which shows the text after it reversed) after “fixed”: delete it and type the text again",
      },
    ]);
  });

  it("left blank is no reason, and a plain one is kept", () => {
    expect(parseFactForm({ ...FORM, reason: "  " })).toMatchObject({ ok: true });
    expect(parseFactForm({ ...FORM, reason: "  " })).not.toHaveProperty("reason");
    expect(parseFactForm({ ...FORM, reason: "typo\tfixed" })).toMatchObject({
      ok: true,
      reason: "typo\tfixed",
    });
  });
});
