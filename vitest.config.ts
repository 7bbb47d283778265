import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Projects: every spec on the embedded default (SQLite), and the shared storage specs again on
 * a real PostgreSQL server that test/support/postgres-server.ts starts for the run. The SQLite
 * specs are split three ways, only for speed (each file's specs are the same wherever it runs):
 * - `sqlite-shared`: the engine specs that touch no process-wide state share one module graph per
 *   worker (`isolate: false`): the engine is imported once, not once per file;
 * - `sqlite-eval`: the labeled evaluation, which the sequencer starts first (its longest pole);
 * - `sqlite`: everything else, each file in a fresh module graph (storage, Discord, CLI, e2e, mocks).
 * `npx vitest run --project 'sqlite*'` runs all of them without PostgreSQL.
 */
export const SHARED_STORAGE_SPECS = [
  "test/storage-service.test.ts",
  "test/storage-records.test.ts",
  "test/storage-source-drafts.test.ts",
  "test/storage-backends.test.ts",
  "test/storage-on-demand.test.ts",
  "test/a-fact-added-again-is-not-saved-twice.test.ts",
];

/** Specs of PostgreSQL alone (the bot started with DATABASE_URL). */
const POSTGRES_ONLY = ["test/**/*.postgres.test.ts"];

/**
 * The evaluation's specs, longest first: minutes of engine work, started before everything else.
 * The refit and the two splits' floors are files of their own so that both workers share them:
 * the test floor on one, the refit then the dev floor on the other (in one file on one worker,
 * session 47's final code under a load of 20: test 1016 s, refit 806 s, dev 634 s).
 */
const EVAL_SPECS = [
  "test/eval-test-floor.test.ts",
  "test/eval-model-is-refit.test.ts",
  "test/eval-dev-floor.test.ts",
  "test/eval.test.ts",
];

/**
 * What a spec may import and still share a module graph: the engine, the evaluation's helpers,
 * the synthetic store and the support files that only write temporary folders.
 */
const SHAREABLE_IMPORT =
  /^(vitest|fast-check|node:(fs|os|path)|\.\.\/src\/engine\/.*|\.\.\/eval\/evaluate\.ts|\.\.\/bench\/synthetic\.ts|\.\/support\/(engines|made-up-store|lirac-ferry-story|orrin-marsh-story|vell-river-board|namesakes|pasted-article|orvik-lake|postings-walks|elm-sea-board)\.ts)$/;
/**
 * What keeps a spec in a fresh module graph: process-wide state, mocks, V8 flags, and sets of words
 * registered in the engine's own table (it holds 24: word-table.test.ts makes sets of its own).
 */
const PROCESS_WIDE =
  /process\.(env|chdir|on\(|once\(|exitCode|umask|stdout|stderr)|vi\.(mock|doMock|spyOn|stub|useFakeTimers|setSystemTime)|globalThis|setFlagsFromString|wordsToFind|wordsOrStemsToFind/;

/**
 * The top-level specs that can share a module graph: every import shareable, nothing process-wide.
 * Decided from each file's text at start-up, so a new spec lands in the right project by itself.
 */
function shareableSpecs(): string[] {
  const dir = join(import.meta.dirname, "test");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".test.ts") && !file.endsWith(".postgres.test.ts"))
    .map((file) => `test/${file}`)
    .filter((path) => !EVAL_SPECS.includes(path) && !SHARED_STORAGE_SPECS.includes(path))
    .filter((path) => {
      const text = readFileSync(join(import.meta.dirname, path), "utf8");
      const imports = [
        ...text.matchAll(
          /^(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"|import\(\s*"([^"]+)"/gms,
        ),
      ].map((match) => match[1] ?? match[2] ?? match[3]!);
      return imports.every((spec) => SHAREABLE_IMPORT.test(spec)) && !PROCESS_WIDE.test(text);
    });
}

const SHAREABLE = shareableSpecs();

/**
 * First the engine's own work (the evaluation and the shared specs, in-process CPU only) on both
 * cores: vitest's default on two is one worker, the whole suite in a row. Then the specs that
 * start bots, CLIs, databases and Discord, one file at a time as before: their child processes
 * and time limits (a bot's start, "within a second") meet the machine as they always did.
 */
const ENGINE_ONLY = { maxWorkers: 2, sequence: { groupOrder: 0 } };
const PROCESSES_AND_STORAGE = { maxWorkers: 1, sequence: { groupOrder: 1 } };

/**
 * The evaluation first, longest file first (EVAL_SPECS' order: both workers on it from the start,
 * the shorter floor and the shared specs fill in behind), then vitest's own order.
 */
class EvaluationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) =>
      EVAL_SPECS.findIndex((path) => spec.moduleId === join(import.meta.dirname, path));
    const isEval = (spec: TestSpecification) => spec.project.name === "sqlite-eval";
    const evaluation = sorted.filter(isEval).sort((a, b) => rank(a) - rank(b));
    return [...evaluation, ...sorted.filter((spec) => !isEval(spec))];
  }
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each spec file's temporary folders go when its specs are done (with or without isolation).
    setupFiles: ["test/support/remove-made-folders.ts"],
    sequence: { sequencer: EvaluationFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite-eval",
          include: EVAL_SPECS,
          ...ENGINE_ONLY,
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite-shared",
          include: SHAREABLE,
          isolate: false,
          ...ENGINE_ONLY,
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY, ...EVAL_SPECS, ...SHAREABLE],
          ...PROCESSES_AND_STORAGE,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: [...SHARED_STORAGE_SPECS, ...POSTGRES_ONLY],
          env: { ATTACHE_TEST_BACKEND: "postgres" },
          globalSetup: ["test/support/postgres-server.ts"],
          ...PROCESSES_AND_STORAGE,
        },
      },
    ],
  },
});
