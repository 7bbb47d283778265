import { statSync } from "node:fs";
import { shownPath } from "../config/paths.ts";
import { Engine } from "../engine/engine.ts";
import type { Problem } from "../engine/load.ts";
import { OnDemandEngine } from "../storage/on-demand.ts";
import { visible } from "./format.ts";

/** One problem, one line: what the problem quotes from a file is shown with its invisible characters. */
export function formatProblem(problem: Problem): string {
  return visible(`${problem.file} ${problem.path}: ${problem.message}`);
}

/**
 * Loads the engine or ends the process with every data problem listed, one per line. `onDemand`:
 * a shard's engine, which reads each server's overlay when that server is first needed.
 */
export function loadEngineOrExit(dir: string, options: { onDemand?: boolean } = {}): Engine {
  const missing = missingDataFolder(dir);
  if (missing) {
    process.stderr.write(`error: ${missing}\n`);
    process.exit(1);
  }
  const loaded = options.onDemand ? OnDemandEngine.fromDirectory(dir) : Engine.fromDirectory(dir);
  if (loaded.ok) return loaded.engine;
  for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(
    `error: the data in ${dir} has ${loaded.problems.length} problem(s); nothing was loaded\n`,
  );
  process.exit(1);
}

/** One line when the data folder is not there at all (rather than a list of what is wrong inside). */
export function missingDataFolder(dir: string): string | undefined {
  return isFolder(dir)
    ? undefined
    : `the data folder ${shownPath(dir)} is missing or not a folder (check DATA_DIR or --data)`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
