import { findCandidates } from "./candidates.ts";
import { compose, contextHint } from "./compose.ts";
import { resolveContext } from "./context.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import type { AnswerResult, DialogueTurn } from "./schema.ts";
import { ANSWER_THRESHOLD } from "./score.ts";
import { understand } from "./understand.ts";
import { verify } from "./verify.ts";

export interface AnswerOptions {
  /** The previous turn of the same conversation, for follow-ups ("what else did he say?"). */
  previous?: DialogueTurn;
  /**
   * Evidence an answer needs (see `npm run eval`, which calibrates it): lower answers more and
   * risks more wrong answers. Only the evaluation changes it.
   */
  threshold?: number;
}

/**
 * Answers a question from the knowledge of one scope, or says honestly that it cannot. The whole
 * path of a question, one stage per module, each with a typed output.
 */
export function answerQuestion(
  question: string,
  kb: KnowledgeBase,
  options: AnswerOptions = {},
): AnswerResult {
  const threshold = options.threshold ?? ANSWER_THRESHOLD;
  const asked = understand(question, kb);
  const readings = resolveContext(asked, options.previous, kb);
  let refused: AnswerResult | undefined;
  for (const read of readings) {
    if (read.kind === "needs-context") return refused ?? contextHint(read.word, kb);
    const found = findCandidates(read, kb, threshold);
    const verdict = verify(read, found, kb, threshold);
    if (verdict.kind !== "refuse") return compose(verdict, read, kb);
    // The likeliest reading's refusal stands unless another reading can be answered.
    refused ??= compose(verdict, read, kb);
  }
  return refused!;
}
