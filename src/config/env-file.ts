import { join } from "node:path";
import { config as loadDotenv } from "dotenv";
import { PROJECT_ROOT, shownPath } from "./paths.ts";

/** The project's `.env`: the bot and every command line tool read the same one. */
export const ENV_FILE = join(PROJECT_ROOT, ".env");

/**
 * Fills in from `.env` what the environment does not set (values already set win, so a deployment
 * overrides the file), for the bot and its command line tools alike: `npm run facts -- import` with
 * DATABASE_PATH in `.env` writes into the bot's database, not a new ./data/attache.db beside it, and
 * `npm run ask` answers from the bot's DATA_DIR. No `.env` is fine; one that is there but cannot be
 * read (its owner changed, a folder of that name) is a problem line, not a silent "no token".
 */
export function loadEnvFile(
  env: NodeJS.ProcessEnv = process.env,
  file: string = ENV_FILE,
): string | undefined {
  const { error } = loadDotenv({ path: file, quiet: true, processEnv: env as Record<string, string> });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!error || code === "ENOENT") return undefined;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "EISDIR"
        ? "it is a folder, not a file"
        : error.message;
  return `cannot read ${shownPath(file)} (${reason}): fix it, or set the variables in the environment instead`;
}
