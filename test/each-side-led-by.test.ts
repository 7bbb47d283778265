import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn as asked, combinedDataDir, EIGHTEENTH_EVENT_DIR, engineFrom } from "./support/engines.ts";

const TWENTY_THIRD_EVENT_DIR = join(import.meta.dirname, "fixtures", "twenty-third-event");
const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
const twentyThird = engineFrom(combinedDataDir(TWENTY_THIRD_EVENT_DIR));

describe("who led one side, when a sentence tells each side's leader in turn", () => {
  it("names the leader of the delegation asked about, not the first one the sentence names", () => {
    // "Bhutan's delegation was led by … Sonam Choden, and Nepal's delegation by … Bishnu Gautam."
    const result = asked(eighteenth, "who led nepal's delegation in thimphu?");
    expect(result.answered).toBe(true);
    expect(result.answer.startsWith("Bishnu Gautam")).toBe(true);
  });

  it("still names the first leader when the first side is asked about", () => {
    const result = asked(eighteenth, "who led bhutan's delegation in thimphu?");
    expect(result.answer.startsWith("Sonam Choden")).toBe(true);
  });

  it("reads a side named by its adjective ('the Cuban side')", () => {
    const result = asked(twentyThird, "who led the cuban side at the havana meeting");
    expect(result.answer.startsWith("Osmany Bacallao")).toBe(true);
  });

  it("so 'his' after the answer is that leader", () => {
    const result = asked(eighteenth, "whats his title", "who led nepal's delegation in thimphu?");
    expect(result.answer).toContain('Taking "his" as Bishnu Gautam');
    expect(result.answer).toContain("Joint Secretary");
  });
});
