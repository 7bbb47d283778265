import { parentPort } from "node:worker_threads";
import { draftArticle } from "./draft.ts";
import { DraftRequest, type FromWorker } from "./draft-messages.ts";

/**
 * The drafting worker's entry (started by src/drafting/draft-in-worker.ts, never run directly):
 * drafts each article it is sent and answers with the draft, or with what went wrong. compromise
 * and chrono-node load here once, on this thread, and stay loaded for the next article.
 */

const port = parentPort;
if (!port) throw new Error("draft-worker.ts runs as a worker thread (see draft-in-worker.ts)");

port.on("message", (message: unknown) => {
  const request = DraftRequest.safeParse(message);
  if (!request.success) {
    port.postMessage({
      job: -1,
      ok: false,
      error: "the drafting worker received a malformed job",
    } satisfies FromWorker);
    return;
  }
  const { job, input } = request.data;
  try {
    const draft = draftArticle({ ...input, takenIds: new Set(input.takenIds) });
    port.postMessage({ job, ok: true, draft } satisfies FromWorker);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    port.postMessage({ job, ok: false, error: text.split("\n")[0] ?? "" } satisfies FromWorker);
  }
});

// The imports above have loaded (compromise and chrono-node among them): jobs may come.
port.postMessage({ ready: true } satisfies FromWorker);
