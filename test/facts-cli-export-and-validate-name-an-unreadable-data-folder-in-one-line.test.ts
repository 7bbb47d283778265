/**
 * `npm run facts -- export` and `validate` on a data folder the user may not read (another user's
 * `chmod 700` folder, a folder inside it that cannot be listed) printed Node's own error
 * (`error: EACCES: permission denied, scandir '…'`), which names neither the setting nor what to
 * do. Like `npm run ask` and the bot, they now print one line naming the data folder, the folder
 * that cannot be read and what to do, and exit 1.
 */
import { describe, expect, it } from "vitest";
import { runFacts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";
import { unreadablePaths } from "./support/unreadable-paths.ts";

const paths = unreadablePaths("unreadable-data");
const facts = (args: string[]) => runFacts(args, { unprivileged: true });

const line = (data: string, unreadable: string) =>
  `error: the data folder ${data} cannot be read: ${unreadable}: permission denied (fix its permissions, or check DATA_DIR or --data)`;

describe("facts export and validate on a data folder that cannot be read", { timeout: TIMEOUT_MS }, () => {
  it("are one line naming the folder and what to do, exit code 1", async () => {
    const closed = paths.close(paths.seedCopy("closed"));
    const open = paths.seedCopy("open");
    const locked = paths.lockedFolderIn(open);
    for (const [data, unreadable] of [
      [closed, closed],
      [open, locked],
    ] as const) {
      for (const args of [
        ["export", "--data", data],
        ["validate", "--data", data],
        ["validate", data],
      ]) {
        const run = await facts(args);
        expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
          args,
          code: 1,
          stdout: "",
          stderr: `${line(data, unreadable)}\n`,
        });
      }
    }
  });
});
