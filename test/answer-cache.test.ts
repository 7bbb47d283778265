import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AnswerCache } from "../src/discord/answer-cache.ts";
import {
  alice,
  boot,
  MEMORANDUM,
  MEMORANDUM_QUESTION,
  PRESIDENT_FACT,
  PRESIDENT_QUESTION,
  tempDirs,
} from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const cited = (cache: AnswerCache, question: string, scope?: string) =>
  cache.answer(question, scope).facts.map((fact) => fact.id);

describe("a question asked again is answered from memory until that server's knowledge changes", () => {
  it("asks the engine once per knowledge and question text", () => {
    const { engine, store } = boot(join(dirs.make(), "attache.db"));
    const cache = new AnswerCache(engine);
    const answer = vi.spyOn(engine, "answer");
    const first = cache.answer(PRESIDENT_QUESTION, "A");
    expect(cache.answer(PRESIDENT_QUESTION, "A")).toBe(first);
    expect(answer).toHaveBeenCalledTimes(1);
    // Another text is another answer.
    cache.answer(`${PRESIDENT_QUESTION} `, "A");
    expect(answer).toHaveBeenCalledTimes(2);
    store.close();
  });

  it("shares an answer among servers without edits of their own and DMs, not with a server that has some", () => {
    const { engine, store, service } = boot(join(dirs.make(), "attache.db"));
    const cache = new AnswerCache(engine);
    const answer = vi.spyOn(engine, "answer");
    const first = cache.answer(PRESIDENT_QUESTION, "A");
    expect(cache.answer(PRESIDENT_QUESTION, "B")).toBe(first);
    expect(cache.answer(PRESIDENT_QUESTION)).toBe(first);
    expect(answer).toHaveBeenCalledTimes(1);
    // Server C gets knowledge of its own: its answers are its own from then on.
    expect(service.addFact("C", alice, MEMORANDUM).ok).toBe(true);
    cache.answer(PRESIDENT_QUESTION, "C");
    expect(answer).toHaveBeenCalledTimes(2);
    expect(cache.answer(PRESIDENT_QUESTION, "A")).toBe(first);
    store.close();
  });

  it("a moderator's change in one server is answered at once there, and changes nothing elsewhere", () => {
    const { engine, store, service } = boot(join(dirs.make(), "attache.db"));
    const cache = new AnswerCache(engine);
    expect(cited(cache, MEMORANDUM_QUESTION, "A")).toEqual([]);
    expect(cited(cache, PRESIDENT_QUESTION, "A")).toContain(PRESIDENT_FACT);
    const before = cache.answer(PRESIDENT_QUESTION, "B");

    const added = service.addFact("A", alice, MEMORANDUM);
    expect(added.ok).toBe(true);
    expect(cited(cache, MEMORANDUM_QUESTION, "A")).toEqual([added.ok ? added.fact.id : ""]);
    const removed = service.removeFact("A", alice, PRESIDENT_FACT);
    expect(removed.ok).toBe(true);
    expect(cited(cache, PRESIDENT_QUESTION, "A")).not.toContain(PRESIDENT_FACT);
    expect(cache.answer(PRESIDENT_QUESTION, "B")).toBe(before);
    store.close();
  });

  it("a change written by another process (npm run facts -- import) is answered once synced", () => {
    const file = join(dirs.make(), "attache.db");
    const bot = boot(file);
    const cache = new AnswerCache(bot.engine);
    expect(cited(cache, MEMORANDUM_QUESTION, "A")).toEqual([]);

    const other = boot(file);
    const added = other.service.addFact("A", alice, MEMORANDUM);
    other.store.close();
    expect(bot.service.syncExternalChanges()).toBeGreaterThan(0);
    expect(cited(cache, MEMORANDUM_QUESTION, "A")).toEqual([added.ok ? added.fact.id : ""]);
    bot.store.close();
  });

  it("remembers a follow-up per previous turn: the same turn is one answer, another turn its own", () => {
    const { engine, store } = boot(join(dirs.make(), "attache.db"));
    const cache = new AnswerCache(engine);
    const first = cache.answer("Who is the Secretary General of CICA?", "A");
    const other = cache.answer("Who is Ilham Aliyev?", "A");
    expect(first.turn).toBeDefined();
    expect(other.turn).toBeDefined();
    const answer = vi.spyOn(engine, "answer");
    const followUp = cache.answer("who is he?", "A", { previous: first.turn });
    expect(followUp).toEqual(engine.answer("who is he?", "A", { previous: first.turn }));
    expect(cache.answer("who is he?", "A", { previous: first.turn })).toBe(followUp);
    expect(answer).toHaveBeenCalledTimes(2);
    // An equal turn that is another object, another turn, no turn: each answered afresh.
    cache.answer("who is he?", "A", { previous: structuredClone(first.turn) });
    cache.answer("who is he?", "A", { previous: other.turn });
    cache.answer("who is he?", "A");
    expect(answer).toHaveBeenCalledTimes(5);
    store.close();
  });

  it("keeps at most its capacity, dropping the least recently asked", () => {
    const { engine, store } = boot(join(dirs.make(), "attache.db"));
    const cache = new AnswerCache(engine, 2);
    const answer = vi.spyOn(engine, "answer");
    cache.answer("Who chairs CICA?");
    cache.answer("Who is Ilham Aliyev?");
    cache.answer("Who chairs CICA?");
    cache.answer("Who is Kairat Sarybay?");
    expect(cache.size).toBe(2);
    cache.answer("Who chairs CICA?");
    expect(answer).toHaveBeenCalledTimes(3);
    cache.answer("Who is Ilham Aliyev?");
    expect(answer).toHaveBeenCalledTimes(4);
    store.close();
  });
});
