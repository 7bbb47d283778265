/**
 * A temporary folder for specs about what the user may not read: copies of the seed article's data
 * folder, files, and `close`, which takes every permission from a file or folder made there. What
 * was closed is opened again before the folder is removed after the spec file (only root could
 * empty a folder without permissions). A closed path is not closed to root: run what must meet it
 * as `nobody` (`runFacts(…, { unprivileged: true })`).
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { SEED_DIR } from "./engines.ts";

export interface UnreadablePaths {
  /** The temporary folder; `nobody` may enter it, and write to it if its mode allows. */
  readonly root: string;
  /** Takes every permission from `path`; returns it. */
  close(path: string): string;
  /** A copy of the seed article's data folder at `root/name`. */
  seedCopy(name: string): string;
  /** A new folder `locked` in `folder`, closed; returns it. */
  lockedFolderIn(folder: string): string;
}

export function unreadablePaths(name: string, mode = 0o755): UnreadablePaths {
  const root = mkdtempSync(join(tmpdir(), `attache-${name}-`));
  chmodSync(root, mode);
  const closed: string[] = [];
  afterAll(() => {
    for (const path of closed.splice(0).reverse()) chmodSync(path, 0o700);
    rmSync(root, { recursive: true, force: true });
  });
  const close = (path: string) => {
    statSync(path);
    chmodSync(path, 0o000);
    closed.push(path);
    return path;
  };
  return {
    root,
    close,
    seedCopy(folder) {
      const copy = join(root, folder);
      cpSync(SEED_DIR, copy, { recursive: true });
      return copy;
    },
    lockedFolderIn(folder) {
      const locked = join(folder, "locked");
      mkdirSync(locked);
      return close(locked);
    },
  };
}
