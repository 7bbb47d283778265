import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../config/paths.ts";

const PackageJson = z.object({ name: z.string(), version: z.string() });

let cached: string | undefined;

/** The version in package.json, shown by /about and in the start-up log. */
export function appVersion(): string {
  if (cached) return cached;
  try {
    cached = PackageJson.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"))).version;
  } catch {
    // A missing or odd package.json must not stop the bot; the version is only informative.
    cached = "unknown";
  }
  return cached;
}
