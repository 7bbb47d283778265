import { rmSync } from "node:fs";

/**
 * Temporary folders the support files made for the spec file running now. They go when its specs
 * are done (test/support/remove-made-folders.ts, a setup file), also where spec files share one
 * module graph and these support files are imported only once per worker.
 */
const made: string[] = [];

/** `dir`, to be removed once the current spec file's specs are done. */
export function removeWhenDone(dir: string): string {
  made.push(dir);
  return dir;
}

export function removeMadeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
