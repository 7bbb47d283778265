import { join } from "node:path";
import { afterAll } from "vitest";
import { tempDirs } from "../fixtures/storage/support.ts";
import { twoProcessesOnOneDatabase } from "./two-processes.ts";

/** SQLite: both processes open the same file (WAL) and look for changes twice a second. */
const dirs = tempDirs();
afterAll(() => dirs.cleanup());
twoProcessesOnOneDatabase(() => join(dirs.make(), "attache.db"));
