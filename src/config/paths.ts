import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder, wherever the process was started from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

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
