import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/**
 * The project's root folder (package.json, data/, migrations/, .env), wherever the process was
 * started from: the nearest folder above this file with a package.json. From the sources that is
 * two levels up; from the compiled build (dist/src/config/) three.
 */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/**
 * The root of the code being run: the project root when running the TypeScript sources, dist/
 * when running the compiled build. The command files are found from here (commands/*.ts or .js).
 */
export const CODE_ROOT = resolve(import.meta.dirname, "..", "..");

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return resolve(start, "..", "..");
  }
}

/** The curated base knowledge; DATA_DIR overrides it (tests, other deployments). Blank is unset. */
export function dataDirectory(override?: string): string {
  return resolve(nonBlank(override) ?? nonBlank(process.env.DATA_DIR) ?? join(PROJECT_ROOT, "data"));
}

/** A setting's value, or undefined when it is missing or only whitespace. */
export function nonBlank(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

/** A path as a person would type it: relative below the working folder, else absolute. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}
