import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { shownPath } from "../config/paths.ts";
import type { Engine } from "../engine/engine.ts";
import { jsonPath, type Problem } from "../engine/load.ts";
import type { Dataset } from "../engine/schema.ts";
import { hiddenCharacterProblem } from "../storage/typed-text.ts";

/** The files every source folder (a folder with a source.json) holds, besides its text. */
const SOURCE_FILES = ["entities.json", "events.json", "facts.json"] as const;

/**
 * Source folders that lack one of the record files: the loader reads what is there, so without
 * this a folder missing its facts.json would validate as "0 facts".
 */
export function missingFiles(dir: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === "source.json")) {
      for (const file of SOURCE_FILES) {
        if (!existsSync(join(folder, file))) {
          problems.push({
            file: shownPath(join(folder, file)),
            path: "$",
            message: `${file} is missing: every source folder has ${SOURCE_FILES.join(", ")} (write [] when it has none)`,
          });
        }
      }
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !entry.name.startsWith(".")) visit(join(folder, entry.name));
    }
  };
  // A file where the folder belongs is the loader's to name ("data folder not found").
  if (existsSync(dir) && statSync(dir).isDirectory()) visit(dir);
  return problems;
}

/**
 * Texts in the curated files holding a control character or a direction override, each at its
 * file and JSON path: what `/fact add` and `facts import` refuse, found in data/ before the bot
 * shows it (an escape sequence steers the terminal that prints it, an override reverses a name).
 * Files that do not parse are the loader's to report.
 */
export function hiddenCharacters(dir: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[], file: string): void => {
    if (typeof value === "string") {
      const problem = hiddenCharacterProblem(value);
      if (problem)
        problems.push({ file: shownPath(file), path: jsonPath(path), message: `the text ${problem}` });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...path, i], file);
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], file);
    }
  };
  const visit = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".")) visit(path);
      else if (entry.isFile() && ["source.json", ...SOURCE_FILES].includes(entry.name)) {
        try {
          walk(JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")), [], path);
        } catch {
          // Unreadable or not JSON: the loader names it.
        }
      }
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) visit(dir);
  return problems;
}

/** How one question a curator offers (a fact's `questions`) fares against the whole store. */
export interface QuestionCheck {
  question: string;
  /** The fact that offers it. */
  factId: string;
  answered: boolean;
  /** The facts the answer cites (empty when refused). */
  citedIds: string[];
  /** When refused: the engine's own words and how close it came. */
  why?: string;
}

/** Asks every curator question of the dataset, as a member would, and says why each refusal happened. */
export function checkCuratorQuestions(engine: Engine, dataset: Dataset): QuestionCheck[] {
  const checks: QuestionCheck[] = [];
  for (const fact of dataset.facts.values()) {
    for (const question of fact.questions) {
      const result = engine.answer(question);
      const check: QuestionCheck = {
        question,
        factId: fact.id,
        answered: result.answered,
        citedIds: result.facts.map((f) => f.id),
      };
      if (!result.answered) {
        const closest = result.suggestions[0]
          ? `; the closest question it answers: "${result.suggestions[0]}"`
          : "";
        check.why = `${result.answer} (confidence ${result.confidence.toFixed(2)}${closest})`;
      }
      checks.push(check);
    }
  }
  return checks;
}

/** The report `npm run facts -- validate` prints after the counts: one line, then one per refusal. */
export function formatQuestionReport(checks: QuestionCheck[]): string[] {
  if (checks.length === 0) return ["curator questions: none offered (a fact's `questions`)"];
  const answered = checks.filter((c) => c.answered);
  const lines = [`curator questions: ${answered.length} of ${checks.length} answered`];
  for (const check of checks) {
    if (!check.answered)
      lines.push(`  not answered: "${check.question}" (fact ${check.factId}): ${check.why}`);
    else if (!check.citedIds.includes(check.factId)) {
      lines.push(
        `  answered from another fact: "${check.question}" (offered by ${check.factId}, answered by ${check.citedIds.join(", ")})`,
      );
    }
  }
  return lines;
}
