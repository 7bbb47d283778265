/**
 * An operator's setting that is far too long (a value pasted twice, a path built by a script gone
 * wrong) stops the bot with one line that names the setting, like any other bad value: never a
 * system error such as "ENAMETOOLONG: name too long, lstat …" thrown from inside the storage, or
 * "getaddrinfo EINVAL" for the metrics address.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/env.ts";
import { openStore } from "../src/storage/database.ts";
import { tempDirs } from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("DATABASE_PATH whose file name is longer than the file system allows", () => {
  it("is one line naming DATABASE_PATH, and nothing is created", () => {
    const folder = dirs.make();
    const file = join(folder, `${"attache".repeat(50)}.db`);
    const opened = openStore(file);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.message).toMatch(/^database .*: the file name is too long .*DATABASE_PATH/);
    expect(opened.error.message).not.toMatch(/ENAMETOOLONG|lstat/);
    expect(opened.error.message.split("\n")).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("METRICS_HOST that cannot be an address", () => {
  it.each([
    ["a name longer than 253 characters", `${"metrics.".repeat(40)}example`],
    ["a label longer than 63 characters", `${"m".repeat(64)}.example`],
  ])("%s is refused at start-up, naming METRICS_HOST", (_, host) => {
    const result = loadConfig({ METRICS_PORT: "9100", METRICS_HOST: host });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.stringMatching(/^METRICS_HOST must be an address/)]);
  });

  it("still takes an ordinary host name or address", () => {
    for (const host of ["127.0.0.1", "0.0.0.0", "::", "metrics.internal.example"]) {
      const result = loadConfig({ METRICS_PORT: "9100", METRICS_HOST: host });
      expect(result.ok && result.config.metrics?.host).toBe(host);
    }
  });
});
