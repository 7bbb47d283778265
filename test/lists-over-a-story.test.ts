import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
  SECOND_EVENT_DIR,
  SEVENTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
  TWELFTH_EVENT_DIR,
} from "./support/engines.ts";

const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
const sixteenth = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

describe("asking for everyone who has held a post over a story names each of them, not only the latest", () => {
  it("lists each of Cameroon's chief negotiators, oldest first, each cited", () => {
    const result = asked(
      fifteenth,
      "name all the chief negotiators cameroon sent to the vaccine plant talks",
    );
    expect(result.answered).toBe(true);
    const text = result.answer;
    const order = ["Ekambi Dipoko", "Fouda Ngono", "Abessolo Nkodo"].map((name) => text.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(result.facts.length).toBe(3);
  });

  it("reads a country's adjective before the post as whose post it is, and a shortened word of it", () => {
    const result = asked(
      seventeenth,
      "list every liberian telecoms minister mentioned in the free roaming story",
    );
    expect(result.answer).toContain("Kollie");
    expect(result.answer).toContain("Wesseh");
    // Sierra Leone's minister holds another country's post.
    expect(result.answer).not.toContain("Conteh");
  });

  it("takes a post the question words as a person ('Bulgarian environment minister') as the post", () => {
    const result = asked(sixteenth, "list every bulgarian environment minister in the park story");
    for (const name of ["Doneva", "Tsvetkov", "Marinova", "Yordanov"]) expect(result.answer).toContain(name);
  });

  it("still answers who holds the post now with the one holder", () => {
    const result = asked(fifteenth, "who is cameroon's chief negotiator for the kribi plant now?");
    expect(result.answer).toContain("Abessolo Nkodo");
    expect(result.answer).not.toContain("Ekambi Dipoko, Béatrice");
  });
});

describe("asking how a total is split gives the facts whose sums add up to it", () => {
  it("gathers the parts from several facts of the meeting that states the total", () => {
    // 150 (Austria's loan) + 80 (Armenia) + 55 (Georgia) = 285.
    const result = asked(fourteenth, "how was the 285 million for the power line divided up?");
    expect(result.answered).toBe(true);
    for (const part of ["150 million", "80 million", "55 million"]) expect(result.answer).toContain(part);
  });

  it("takes a grant's new figure, not the one it was raised from, as its part", () => {
    // 90 + 55 + 20 (the three countries) + 45 (Belgium's grant) = 210.
    const result = asked(fifteenth, "break down the 210 million for the kribi plant: who puts in what?");
    for (const part of ["90 million", "45 million"]) expect(result.answer).toContain(part);
  });

  it("gives one fact that states every part, beside the total", () => {
    const result = asked(seventeenth, "how is the 27.5 million for the cable split?");
    expect(result.answer).toContain("12 million");
    expect(result.answer).toContain("7.5 million");
    expect(result.facts.length).toBe(2);
  });

  it("refuses a total no facts add up to", () => {
    expect(asked(sixteenth, "how was the 18.4 million for the park split up?").answered).toBe(false);
  });
});

describe("asking which countries are in something gives the parties of its latest meeting", () => {
  it("names the member that joined at the story's latest meeting", () => {
    const result = asked(sixteenth, "which countries are part of the osogovo park now?");
    for (const name of ["Bulgaria", "North Macedonia", "Serbia"]) expect(result.answer).toContain(name);
  });

  it("names the parties of an accord through those who signed it", () => {
    const second = engineFrom(combinedDataDir(SECOND_EVENT_DIR));
    const result = asked(second, "which countries are party to the lake amari accord?");
    expect(result.answer).toContain("Veloria");
    expect(result.answer).toContain("Norland");
  });

  it("does not read a person's party as members of a meeting", () => {
    const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));
    const before = twelfth.answer("who replaced warsame as somalia's agriculture minister?");
    const result = twelfth.answer("what party does she belong to?", undefined, { previous: before.turn });
    expect(result.answered).toBe(false);
  });
});

describe("'and the next one?' after what happened at a meeting tells what happened at the story's next meeting", () => {
  it("gives the overview of the meeting after the one just told", () => {
    const before = sixteenth.answer("what happened at the kyustendil talks?");
    const result = sixteenth.answer("and the next one?", undefined, { previous: before.turn });
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Kriva Palanka (10 June 2026");
  });

  it("does so in another story as well, rather than asking for a question", () => {
    const before = seventeenth.answer("what happened at the freetown roaming talks?");
    const result = seventeenth.answer("and the next one?", undefined, { previous: before.turn });
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Monrovia (17 June 2026");
  });
});

describe("a whole story asked of a topic tells each meeting by its fact on that topic", () => {
  it("tells each meeting's part of a donor's money, not each meeting's key fact", () => {
    const result = asked(sixteenth, "tell me the whole story of italy's money for the osogovo park");
    expect(result.answer).toContain("3 meetings");
    // The signing's line is Italy's money there, not the signing's key fact.
    expect(result.answer).toMatch(
      /Kriva Palanka: (?:Under the June 2026 agreement Italy will pay|Lorenzo Ferrante of Italy's Ministry of Environment signed the Italian grant)/,
    );
  });

  it("does so for a lender's money in another story", () => {
    const result = asked(seventeenth, "give me the whole story of the bank's money for the cable");
    expect(result.answer).toContain("3 meetings");
    expect(result.answer).toContain("will lend 12 million dollars");
  });

  it("still tells a story asked with no topic by each meeting's key fact", () => {
    const result = asked(sixteenth, "recap the whole osogovo park saga");
    expect(result.answer).toContain("3 meetings");
    expect(result.answer).not.toMatch(/Italy will pay|signed the Italian grant/);
  });
});
