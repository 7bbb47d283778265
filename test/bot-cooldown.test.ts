import { describe, expect, it } from "vitest";
import { Cooldown } from "../src/discord/cooldown.ts";
import { TextMemory } from "../src/discord/text-memory.ts";

function clockAt(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("a user asking too fast is slowed down politely", () => {
  it("allows 3 questions in 10 seconds, then refuses with the wait", () => {
    const clock = clockAt();
    const cooldown = new Cooldown({ limit: 3, windowMs: 10_000, clock: clock.now });
    expect(cooldown.take("ann")).toEqual({ allowed: true });
    clock.advance(1000);
    expect(cooldown.take("ann")).toEqual({ allowed: true });
    expect(cooldown.take("ann")).toEqual({ allowed: true });
    expect(cooldown.take("ann")).toEqual({ allowed: false, retryAfterMs: 9000, firstRefusal: true });
  });

  it("flags only the first refusal of a burst, so message replies are not flooded", () => {
    const clock = clockAt();
    const cooldown = new Cooldown({ limit: 1, windowMs: 5000, clock: clock.now });
    cooldown.take("bob");
    expect(cooldown.take("bob")).toMatchObject({ allowed: false, firstRefusal: true });
    expect(cooldown.take("bob")).toMatchObject({ allowed: false, firstRefusal: false });
    clock.advance(5000);
    expect(cooldown.take("bob")).toEqual({ allowed: true });
    expect(cooldown.take("bob")).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it("counts each user separately and uses a sliding window", () => {
    const clock = clockAt();
    const cooldown = new Cooldown({ limit: 2, windowMs: 10_000, clock: clock.now });
    cooldown.take("ann");
    clock.advance(6000);
    cooldown.take("ann");
    expect(cooldown.take("bob")).toEqual({ allowed: true });
    expect(cooldown.take("ann").allowed).toBe(false);
    clock.advance(4000);
    expect(cooldown.take("ann")).toEqual({ allowed: true });
  });

  it("can be switched off", () => {
    const cooldown = new Cooldown({ limit: 1, windowMs: 0 });
    for (let i = 0; i < 100; i++) expect(cooldown.take("ann").allowed).toBe(true);
    expect(Cooldown.unlimited().take("ann").allowed).toBe(true);
  });

  it("forgets idle users so memory stays flat", () => {
    const clock = clockAt();
    const cooldown = new Cooldown({ limit: 1, windowMs: 1000, clock: clock.now, maxTrackedUsers: 10 });
    for (let i = 0; i < 10; i++) cooldown.take(`user${i}`);
    clock.advance(1000);
    cooldown.take("late");
    expect(cooldown.take("user0")).toEqual({ allowed: true });
  });
});

describe("recently shown texts can be recalled from a button's hash", () => {
  it("remembers, forgets the oldest past capacity, and expires", () => {
    const clock = clockAt();
    const memory = new TextMemory(2, 1000, clock.now);
    const a = memory.remember("Who is Ilham Aliyev?");
    const b = memory.remember("Who is Kairat Sarybay?");
    expect(memory.recall(a)).toBe("Who is Ilham Aliyev?");
    memory.remember("What is CICA?");
    expect(memory.recall(b)).toBeUndefined();
    expect(memory.recall(a)).toBe("Who is Ilham Aliyev?");
    clock.advance(1001);
    expect(memory.recall(a)).toBeUndefined();
  });
});
