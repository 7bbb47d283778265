import { parentPort } from "node:worker_threads";
import { DraftRequest, type FromWorker } from "../../src/drafting/draft-messages.ts";

/**
 * A stand-in for src/drafting/draft-worker.ts that misbehaves as the article's first word says:
 * "hang" drafts forever (a loop nothing but termination ends), "hog" fills its heap, "exit" ends
 * the thread, "throw" throws (a multi-line message, as a stack would be), "garbage" answers with
 * something that is not a draft. Any other article gets a draft of one fact, at once.
 */

const port = parentPort;
if (!port) throw new Error("stub-draft-worker.ts runs as a worker thread");

port.on("message", (message: unknown) => {
  const { job, input } = DraftRequest.parse(message);
  switch (input.text.split(" ")[0]) {
    case "hang":
      for (let n = 0; ; n++) Math.sqrt(n);
    case "exit":
      process.exit(3);
      break;
    case "throw":
      throw new Error("stub drafter broke\n    at draftArticle (src/drafting/draft.ts:1:1)");
    case "hog": {
      const kept: string[][] = [];
      for (let n = 0; ; n++) kept.push(Array.from({ length: 10_000 }, () => `${n} ${Math.random()}`));
    }
    case "garbage":
      port.postMessage({ job, ok: true, draft: { facts: "none" } });
      return;
    default:
      port.postMessage({ job, ok: true, draft: oneFact(input.text, input.date) } satisfies FromWorker);
  }
});
port.postMessage({ ready: true } satisfies FromWorker);

function oneFact(text: string, date: string) {
  return {
    source: { id: "stub-source", outlet: "Stub Daily", title: "Stub", date, textFile: "article.txt" },
    text,
    entities: [{ id: "stub", kind: "other" as const, name: "Stub", description: "A stub", aliases: [] }],
    events: [],
    facts: [
      {
        id: "stub-fact",
        statement: text,
        entities: ["stub"],
        source: "stub-source",
        quote: text,
        keywords: [],
        questions: [],
      },
    ],
    report: [],
  };
}
