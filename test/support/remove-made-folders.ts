/** Setup file of every project: runs for each spec file, isolated or not. */
import { afterAll } from "vitest";
import { removeMadeFolders } from "./made-folders.ts";

afterAll(removeMadeFolders);
