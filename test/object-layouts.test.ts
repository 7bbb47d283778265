/**
 * What answering passes from stage to stage (an understanding, its references, a follow-up's
 * readings) has every field in one order, whichever the question set: V8 then gives the objects one
 * layout, and the code reading them stays monomorphic instead of going megamorphic on questions
 * that set rarer fields (issue 8: a first call's time). Absent fields are there as undefined.
 */
import { describe, expect, it } from "vitest";
import { resolveContext } from "../src/engine/context.ts";
import { understand } from "../src/engine/understand.ts";
import { combinedDataDir, engineFrom, SIXTH_EVENT_DIR } from "./support/engines.ts";

const engine = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
const kb = engine.knowledge();

/** Questions that set different optional fields: an order, a whole story, a time, "else", a step. */
const QUESTIONS = [
  "who signed the agreement?",
  "what's the latest on the fisheries talks?",
  "recap the whole saga from the start",
  "who chaired it before Ghana?",
  "what else did he say?",
  "and the next one?",
  "what changed between the two rounds?",
  "how many were planned at first and how many now?",
  "tell me about gambia",
];

describe("Answering's objects have one layout whatever the question asks", () => {
  it("every understanding has the same fields in the same order", () => {
    const layouts = new Set(QUESTIONS.map((q) => Object.keys(understand(q, kb)).join(",")));
    expect([...layouts]).toHaveLength(1);
  });

  it("so do the references a question makes to the previous turn", () => {
    const layouts = new Set(QUESTIONS.map((q) => Object.keys(understand(q, kb).references).join(",")));
    expect([...layouts]).toHaveLength(1);
  });

  it("and every reading of a follow-up, whichever way the conversation was used", () => {
    const previous = engine.answer("what did gambia announce?").turn;
    const layouts = new Set(
      QUESTIONS.flatMap((q) =>
        resolveContext(understand(q, kb), previous, kb)
          .filter((read) => read.kind === "read")
          .map((read) => Object.keys(read).join(",")),
      ),
    );
    expect([...layouts]).toHaveLength(1);
  });
});
