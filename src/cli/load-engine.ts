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
  let loaded: ReturnType<typeof Engine.fromDirectory>;
  try {
    loaded = options.onDemand ? OnDemandEngine.fromDirectory(dir) : Engine.fromDirectory(dir);
  } catch (error) {
    const unreadable = unreadableFolder(dir, error);
    if (!unreadable) throw error;
    process.stderr.write(`error: ${unreadable}\n`);
    process.exit(1);
  }
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
    : `the data folder ${visible(shownPath(dir))} is missing or not a folder (check DATA_DIR or --data)`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One line when reading the data folder failed on the file system itself (a folder inside it its
 * user may not list, a file that vanished or loops), which the loader does not turn into a problem
 * of its own; undefined for anything else (a bug, to be reported as such).
 */
export function unreadableFolder(dir: string, error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  const why: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "too many symbolic links (a link loops)",
    ENOENT: "it vanished while being read",
    ENOTDIR: "not a folder",
    EMFILE: "too many files open",
    EIO: "the disk reported an error",
  };
  const where = typeof path === "string" ? `${visible(shownPath(path))}: ` : "";
  return `the data folder ${visible(shownPath(dir))} cannot be read: ${where}${why[code] ?? code} (fix its permissions, or check DATA_DIR or --data)`;
}
