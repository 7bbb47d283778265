import { findCandidates } from "./candidates.ts";
import { compose, contextHint } from "./compose.ts";
import { type Reading, resolveContext, staysOnTopic } from "./context.ts";
import { candidateFloor, type Judgement } from "./evidence.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { correctingFact, statedReason } from "./premise.ts";
import type { AnswerResult, DialogueTurn, Event } from "./schema.ts";
import { asksWhatAMeetingSettled, understand } from "./understand.ts";
import { verify } from "./verify.ts";

export interface AnswerOptions {
  /** The previous turn of the same conversation, for follow-ups ("what else did he say?"). */
  previous?: DialogueTurn;
  /**
   * Moves the evidence thresholds fitted by `npm run eval -- --fit`: below 0 answers more and
   * risks more wrong answers. Only the evaluation changes it.
   */
  shift?: number;
  /** Sees each weighed answer: the evaluation fits the evidence weights from these. */
  observe?: (judgement: Judgement) => void;
}

/**
 * Everyone and everything the question names is the meeting's own: a participant, or in its place
 * or title ("the Dakar summit" is not the Praia session, whichever of its facts names Dakar).
 */
function namesOnly(event: Event, read: Reading & { kind: "read" }, kb: KnowledgeBase): boolean {
  const participants = new Set(event.participants.map((p) => p.entity));
  const own = `${event.title} ${event.place ?? ""}`.toLowerCase();
  return read.understanding.plan.mentions.every((mention) =>
    mention.entityIds.some((id) => {
      const entity = kb.entity(id);
      return (
        participants.has(id) ||
        (!!entity && [entity.name, ...entity.aliases].some((name) => own.includes(name.toLowerCase())))
      );
    }),
  );
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
  const asked = understand(question, kb);
  const readings = resolveContext(asked, options.previous, kb);
  const shift = options.shift ?? 0;
  const floor = candidateFloor(shift);
  let refused: AnswerResult | undefined;
  for (const read of readings) {
    if (read.kind === "needs-context") return refused ?? contextHint(read.word, kb);
    const found = findCandidates(read, kb, floor);
    const verdict = verify(read, found, kb, {
      shift,
      floor,
      ...(options.observe ? { observe: options.observe } : {}),
    });
    const offTopic =
      verdict.kind === "facts" &&
      !staysOnTopic(
        read,
        verdict.matches.map((m) => m.indexed.fact.id),
        kb,
      );
    if (verdict.kind !== "refuse" && !offTopic) return compose(verdict, read, kb);
    if (offTopic) {
      // "Which city?" after a question about one accord is not answered by another article's city.
      refused ??= compose(
        { kind: "refuse", message: "I don't have a fact about that.", matches: [] },
        read,
        kb,
      );
      continue;
    }
    // "What was decided at the Praia session?" with no fact in those words: the session's overview,
    // if the question names it (never the latest meeting by default).
    if (read.understanding.intent === "fact" && asksWhatAMeetingSettled(read.understanding)) {
      const asOverview = { ...read, understanding: { ...read.understanding, intent: "overview" as const } };
      const meetings = findCandidates(asOverview, kb, floor);
      const [meeting] = meetings.events;
      if (meetings.eventChoice === "named" && meeting && namesOnly(meeting, read, kb)) {
        const overview = verify(asOverview, meetings, kb, { shift, floor });
        if (overview.kind === "overview") return compose(overview, asOverview, kb);
      }
    }
    // "Why did X join …?" when the store says X refused to: the denial, as a correction.
    const correction = correctingFact(read, kb);
    if (correction) return compose({ kind: "correction", match: correction }, read, kb);
    // "Why did X refuse …?" with the refusal stated and no reason beside it: what X said there.
    const stated = statedReason(read, kb, floor);
    if (stated) return compose({ kind: "stated-reason", ...stated }, read, kb);
    // The likeliest reading's refusal stands unless another reading can be answered.
    refused ??= compose(verdict, read, kb);
  }
  return refused!;
}
