import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Engine } from "../../src/engine/engine.ts";

export const DATA_DIR = join(import.meta.dirname, "..", "..", "data");
export const SECOND_EVENT_DIR = join(import.meta.dirname, "..", "fixtures", "second-event");

export function engineFrom(dir: string): Engine {
  const loaded = Engine.fromDirectory(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  return loaded.engine;
}

/** The curated data plus the made-up second article, as one data folder. */
export function combinedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "attache-combined-"));
  cpSync(DATA_DIR, join(dir, "base"), { recursive: true, filter: (src) => !/\.db(-\w+)?$/.test(src) });
  cpSync(SECOND_EVENT_DIR, join(dir, "second"), { recursive: true });
  return dir;
}
