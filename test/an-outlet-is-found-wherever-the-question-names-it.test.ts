/**
 * A question is read for an outlet only from the words some outlet's name starts with (session 40,
 * speed: `KnowledgeBase.opensAnOutlet`, used by `understand.ts` `outletIn`): an outlet of several
 * words is still found wherever the question names it, before or after what is asked, and in a
 * server's own store as in the shared one it sits on; a word no outlet starts with ("ferry")
 * names none.
 */
import { describe, expect, it } from "vitest";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

const source = (id: string, outlet: string) => ({
  id,
  outlet,
  title: `${outlet} report`,
  date: "2026-03-01",
  textFile: "article.txt",
  text: "",
});

describe("an outlet is found wherever the question names it", () => {
  it("finds a several-word outlet named first", () => {
    const answer = askedIn(
      ferry,
      "according to the lirac harbour ledger, how much would the lirac ferry cost?",
    );
    expect(answer.answer).toMatch(/9\.4 million/);
    expect(answer.answer).not.toMatch(/11\.6/);
  });

  it("finds it named last", () => {
    const answer = askedIn(
      ferry,
      "how much would the lirac ferry cost according to the lirac harbour ledger?",
    );
    expect(answer.answer).toMatch(/9\.4 million/);
    expect(answer.answer).not.toMatch(/11\.6/);
  });

  it("names no outlet when none is asked", () => {
    expect(askedIn(ferry, "how much does the lirac ferry cost now?").answer).toMatch(/11\.6 million/);
  });

  it("knows the first words of outlets of its own scope and of the one it sits on", () => {
    const shared = new KnowledgeBase();
    shared.addSource(source("s1", "Lirac Harbour Ledger"));
    const own = new KnowledgeBase(shared);
    own.addSource(source("s2", "News.Az"));
    expect(own.opensAnOutlet("lirac")).toBe(true);
    expect(own.opensAnOutlet("news.az")).toBe(true);
    expect(own.opensAnOutlet("harbour")).toBe(false);
    expect(own.opensAnOutlet("ferry")).toBe(false);
    expect(shared.opensAnOutlet("news.az")).toBe(false);
    expect(own.sourcesOfOutlet("lirac harbour ledger")).toEqual(new Set(["s1"]));
  });
});
