import type { AnswerResult, DialogueTurn } from "./schema.ts";

/**
 * The turn a conversation keeps after an answer, for the next question to refer back to: this
 * answer's turn when it was answered, or when, refused, its question still named something (the
 * names it used, the meeting it was set at), which "who is he?" or "where?" may point back to;
 * else the turn before, so that a refusal that named nothing ("who is he?" after a typo) leaves
 * the conversation where it was. Every surface (Discord, the console, `ask --dialogue`, the
 * evaluation) keeps turns by this one rule.
 */
export function turnToKeep(result: AnswerResult, previous?: DialogueTurn): DialogueTurn | undefined {
  const turn = result.turn;
  if (!turn) return previous;
  return result.answered || turn.entities.length > 0 || turn.event !== undefined ? turn : previous;
}
