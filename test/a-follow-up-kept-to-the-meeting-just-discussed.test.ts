/**
 * A follow-up that asks one detail (where, why, when) with words that fit facts of several
 * meetings equally well: the meeting just discussed decides. "Where was Thailand?" right after
 * "who came to the George Town talks?" is about George Town, where Thailand sent no delegation,
 * not about the later round it joined; asked on its own the same question has no one meeting to
 * keep to, and after "ok different question, …" the conversation is left behind. A fact of
 * another meeting that fits better still wins.
 */
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, ELEVENTH_EVENT_DIR, engineFrom } from "./support/engines.ts";

const malacca = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
const GEORGE_TOWN = "who came to the george town talks?";

describe("a one-detail follow-up whose words fit several meetings alike", () => {
  it("is answered from the meeting just discussed", () => {
    const result = askedIn(malacca, "where was thailand?", GEORGE_TOWN);
    expect(result.answered).toBe(true);
    const cited = result.facts.map((f) => f.id);
    expect(cited.length).toBeGreaterThan(0);
    const kb = malacca.knowledge();
    const meeting = kb.fact("thailand-no-delegation-george-town")?.fact.event;
    expect(meeting).toBeDefined();
    for (const id of cited) expect(kb.fact(id)?.fact.event).toBe(meeting);
  });

  it("is refused when asked on its own, with no meeting to decide", () => {
    expect(askedIn(malacca, "where was thailand?").answered).toBe(false);
  });

  it("is refused after the question says a new one starts", () => {
    expect(askedIn(malacca, "ok different question, where was thailand?", GEORGE_TOWN).answered).toBe(false);
  });

  it("still takes another meeting's fact that fits better", () => {
    const result = askedIn(malacca, "where was thailand in march?", GEORGE_TOWN);
    expect(result.answer).toContain("March 2026");
  });
});
