import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { THIRD_EVENT_DIR } from "./support/engines.ts";
import { CLI_TIMEOUT_MS, runFacts } from "./support/facts-cli.ts";

/** A copy of an article's data folder, world-readable so `nobody` can read all but what a test locks. */
function copyOfArticle(): { root: string; article: string } {
  const root = mkdtempSync(join(tmpdir(), "attache-unreadable-"));
  cpSync(THIRD_EVENT_DIR, root, { recursive: true });
  const [folder] = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const article = join(root, folder!.name);
  chmodSync(root, 0o755);
  return { root, article };
}

describe("a data file that cannot be read is one clear problem, not a cascade of unknown names", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it(
    "says a folder stands where entities.json should be, and nothing about the facts naming its entities",
    async () => {
      const { root, article } = copyOfArticle();
      made.push(root);
      rmSync(join(article, "entities.json"));
      mkdirSync(join(article, "entities.json"));
      const run = await runFacts(["validate", root, "--data-only"]);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain(
        "entities.json $: cannot read it: it is a folder, not a file",
      );
      expect(run.stdout + run.stderr).not.toContain("unknown entity");
      expect(run.stdout + run.stderr).toContain("has 1 problem");
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "says permission is denied, in words, for a file the bot's user may not read",
    async () => {
      const { root, article } = copyOfArticle();
      made.push(root);
      for (const entry of readdirSync(article)) chmodSync(join(article, entry), 0o644);
      chmodSync(article, 0o755);
      chmodSync(join(article, "events.json"), 0o000);
      const run = await runFacts(["validate", root, "--data-only"], { unprivileged: true });
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain("events.json $: cannot read it: permission denied");
      expect(run.stdout + run.stderr).not.toMatch(/EACCES|unknown event/);
    },
    CLI_TIMEOUT_MS,
  );
});
