import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { SEED_DIR } from "./engines.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const NOBODY = 65534;
/** Node + tsx start-ups at once on two shared cores. */
export const CLI_TIMEOUT_MS = 60_000;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run facts -- ARGS` as a child process, over the seed article, with no database settings
 * from the environment. `unprivileged`: as `nobody` when the tests run as root (a read-only file or
 * folder is not read-only for root).
 */
export function runFacts(
  args: readonly string[],
  options: { unprivileged?: boolean } = {},
): Promise<Finished> {
  const as = options.unprivileged && process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src", "cli", "facts.ts"), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: SEED_DIR, DATABASE_URL: "", DATABASE_PATH: "", NO_COLOR: "1" },
        timeout: CLI_TIMEOUT_MS,
        ...as,
      },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}
