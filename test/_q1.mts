import { join } from "node:path";
const root = process.cwd();
const { engineFrom, combinedDataDir, TWELFTH_EVENT_DIR } = { ...(await import(join(root, "test/support/engines.ts"))) } as any;
const e = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));
for (const q of ["deqa yusuf farah's former job?", "what was deqa yusuf farah's previous role?"]) {
  const r = e.answer(q);
  console.log(q, "=>", r.answered, r.confidence, (r.answer ?? "").slice(0, 140));
}
