import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import {
  forgetEngines,
  loadSplits,
  type Outcome,
  QuestionSetError,
  ratio,
  runSplit,
  type Summary,
  summarize,
} from "./evaluate.ts";
import { fitEvidenceModel } from "./fit.ts";

/**
 * `npm run eval`: per split and per family, accuracy, answered precision, wrong answers and
 * refusal rate; the precision/recall curve over answer thresholds; and a check against the floor
 * (eval/floor.json), which only rises (`--raise-floor` after an improvement).
 */

const USAGE = "usage: npm run eval -- [--verbose] [--split dev|test] [--raise-floor] [--fit] [--help]";
const SPLIT_NAMES: readonly string[] = ["dev", "test"];
const FLOOR_FILE = join(PROJECT_ROOT, "eval", "floor.json");
const CURVE = [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3];
const CONFIDENCE_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.8],
  [0.8, 0.9],
  [0.9, 0.95],
  [0.95, 1.01],
];

function main(): void {
  let values: { verbose: boolean; split?: string; "raise-floor": boolean; fit: boolean; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        verbose: { type: "boolean", default: false },
        split: { type: "string" },
        "raise-floor": { type: "boolean", default: false },
        fit: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    print(USAGE);
    return;
  }
  // (A misspelt split would otherwise run nothing and exit 0, which reads as a passing run.)
  if (values.split !== undefined && !SPLIT_NAMES.includes(values.split)) {
    process.stderr.write(
      `error: no split "${values.split}" (the splits are ${SPLIT_NAMES.join(" and ")})\n${USAGE}\n`,
    );
    process.exit(2);
  }
  if (values.fit) {
    // The engine imports the model it was started with: report with a fresh `npm run eval`.
    fitEvidenceModel(print);
    print("run `npm run eval` to see the splits with the new model");
    return;
  }
  const splits = loadSplits().filter((s) => !values.split || s.name === values.split);
  const floors = readFloor();
  let belowFloor = false;
  const reached: Record<string, { accuracy: number; precision: number }> = {};
  for (const split of splits) {
    forgetEngines();
    const outcomes = runSplit(split);
    const total = summarize(outcomes);
    print(`\n## ${split.name}: ${outcomes.length} questions (the fitted answer thresholds)\n`);
    print(familyTable(outcomes));
    print("");
    print(summaryLine(total));
    if (total.premises > 0) print(premiseLine(total));
    const accuracy = ratio(total.right, total.n);
    const precision = ratio(total.answeredRight, total.answered);
    reached[split.name] = { accuracy: round(accuracy), precision: round(precision) };
    const floor = floors[split.name];
    if (floor && (accuracy + 1e-9 < floor.accuracy || precision + 1e-9 < floor.precision)) {
      belowFloor = true;
      print(
        `BELOW FLOOR: accuracy ${pct(accuracy)} (floor ${pct(floor.accuracy)}), precision ${pct(precision)} (floor ${pct(floor.precision)})`,
      );
    }
    print(
      "\nPrecision/recall as the fitted thresholds move (answered precision; recall = right answers / answerable):\n",
    );
    print(
      "| thresholds moved by | answered | precision | recall | wrong answers |\n|---:|---:|---:|---:|---:|",
    );
    for (const shift of CURVE) {
      const s = summarize(runSplit(split, shift));
      const mark = shift === 0 ? " ←" : "";
      print(
        `| ${shift >= 0 ? "+" : ""}${shift.toFixed(1)}${mark} | ${s.answered} | ${pct(ratio(s.answeredRight, s.answered))} | ${pct(ratio(s.answeredRight, s.answerable))} | ${s.wrong} |`,
      );
    }
    print("\nCalibration: the confidence given with answers against the share that were right:\n");
    print("| confidence | answers | mean confidence | right |\n|---|---:|---:|---:|");
    let calibrationError = 0;
    const answered = outcomes.filter((o) => o.result.answered);
    for (const [lo, hi] of CONFIDENCE_BANDS) {
      const band = answered.filter((o) => o.result.confidence >= lo && o.result.confidence < hi);
      const right = band.filter((o) => o.right).length;
      const mean = band.reduce((sum, o) => sum + o.result.confidence, 0) / Math.max(1, band.length);
      calibrationError += Math.abs(right - mean * band.length);
      print(
        `| ${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)} | ${band.length} | ${band.length ? pct(mean) : "–"} | ${band.length ? pct(right / band.length) : "–"} |`,
      );
    }
    // How far the confidence given is from the share right, over every answer (0: it means what it says).
    print(`\ncalibration error: ${(calibrationError / Math.max(1, answered.length)).toFixed(3)}`);
    if (values.verbose) {
      print("\nNot right:");
      for (const o of outcomes.filter((x) => !x.right)) print(failureLine(o));
    }
  }
  if (values["raise-floor"]) {
    const next = { ...floors };
    for (const [name, value] of Object.entries(reached)) {
      const old = floors[name];
      next[name] = {
        accuracy: Math.max(old?.accuracy ?? 0, value.accuracy),
        precision: Math.max(old?.precision ?? 0, value.precision),
      };
    }
    writeFileSync(FLOOR_FILE, `${JSON.stringify(next, null, 2)}\n`);
    print(`\nfloor written to eval/floor.json`);
  }
  if (belowFloor) process.exit(1);
}

function familyTable(outcomes: readonly Outcome[]): string {
  const families = new Map<string, Outcome[]>();
  for (const o of outcomes) families.set(o.case.family, [...(families.get(o.case.family) ?? []), o]);
  const rows = [...families]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, list]) => {
      const s = summarize(list);
      return `| ${family} | ${s.n} | ${pct(ratio(s.right, s.n))} | ${pct(ratio(s.answeredRight, s.answered))} | ${s.wrong} | ${pct(ratio(s.refused, s.n))} |`;
    });
  return [
    "| family | n | right | answered precision | wrong answers | refused |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

function summaryLine(s: Summary): string {
  return [
    `right ${s.right}/${s.n} (${pct(ratio(s.right, s.n))})`,
    `answered precision ${s.answeredRight}/${s.answered} (${pct(ratio(s.answeredRight, s.answered))})`,
    `wrong answers ${s.wrong}`,
    `answerable answered right ${s.answeredRight}/${s.answerable}`,
    `refusals ${s.honestRefusals}/${s.toRefuse} honest`,
    `refusal rate ${pct(ratio(s.refused, s.n))}`,
  ].join(" · ");
}

/** False premises graded right either way: a refusal is honest but shows here as a missed correction. */
function premiseLine(s: Summary): string {
  const wrong = s.premises - s.corrected - s.refusedPremises;
  return [
    `false premises (correct or refuse) ${s.premises}`,
    `CORRECTED ${s.corrected} (${pct(ratio(s.corrected, s.premises))})`,
    `REFUSED ${s.refusedPremises} (right, correction missed)`,
    `wrong ${wrong}`,
  ].join(" · ");
}

function failureLine(o: Outcome): string {
  const correction = o.case.refuse_ok ? " or refuse" : "";
  const expected = o.case.refuse ? "refuse" : `${JSON.stringify(o.case.expect)}${correction}`;
  const got = o.result.answered ? o.result.answer.replace(/\s+/g, " ").slice(0, 160) : "(refused)";
  const after = o.case.after ? ` after ${JSON.stringify(o.case.after)}` : "";
  return `- ${o.case.id} [${o.case.family}] ${JSON.stringify(o.case.q)}${after} → ${got} (expected ${expected})`;
}

function readFloor(): Record<string, { accuracy: number; precision: number }> {
  try {
    return JSON.parse(readFileSync(FLOOR_FILE, "utf8")) as Record<
      string,
      { accuracy: number; precision: number }
    >;
  } catch {
    return {};
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const round = (x: number) => Math.floor(x * 1000) / 1000;
const print = (line: string) => process.stdout.write(`${line}\n`);

try {
  main();
} catch (error) {
  if (!(error instanceof QuestionSetError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(2);
}
