import { Engine } from "../engine/engine.ts";
import type { Problem } from "../engine/load.ts";

export function formatProblem(problem: Problem): string {
  return `${problem.file} ${problem.path}: ${problem.message}`;
}

/** Loads the engine or ends the process with every data problem listed, one per line. */
export function loadEngineOrExit(dir: string): Engine {
  const loaded = Engine.fromDirectory(dir);
  if (loaded.ok) return loaded.engine;
  for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(
    `error: the data in ${dir} has ${loaded.problems.length} problem(s); nothing was loaded\n`,
  );
  process.exit(1);
}
