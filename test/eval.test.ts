/**
 * The labeled evaluation's quick specs: the question sets, the scoring and the fit's report. The
 * evaluation's minutes are in three files of their own, run side by side on the two workers: the
 * floors of the dev and test splits (test/eval-dev-floor.test.ts, test/eval-test-floor.test.ts)
 * and the refit of the evidence model (test/eval-model-is-refit.test.ts).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EvalCase,
  isRight,
  loadEvalEngine,
  loadSplits,
  type Outcome,
  QuestionSetError,
  readCases,
  run,
  summarize,
} from "../eval/evaluate.ts";
import { heldApartReport } from "../eval/fit.ts";
import { candidateFloor, LOWEST_FLOOR } from "../src/engine/evidence.ts";
import { EVIDENCE_MODEL } from "../src/engine/evidence-model.ts";
import { ANSWER_THRESHOLD } from "../src/engine/score.ts";

/** The workspace's shared question sample, beside the repository (absent from a clean clone). */
const SHARED_SAMPLE = join(import.meta.dirname, "..", "..", "shared", "eval", "questions.dev.jsonl");

describe("the shared question sample is answered in full", () => {
  it.skipIf(!existsSync(SHARED_SAMPLE))("every shared sample question is right against the seed", () => {
    // The sample's lines carry no family or article: they are all about the seed.
    const cases = readFileSync(SHARED_SAMPLE, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => EvalCase.parse({ family: "sample", article: "seed", ...JSON.parse(line) }));
    const seed = loadEvalEngine([join(import.meta.dirname, "..", "data")]);
    const wrong = run(seed, cases)
      .filter((outcome) => !outcome.right)
      .map((outcome) => outcome.case.id);
    expect(wrong).toEqual([]);
  });
});

describe("the question sets are labeled consistently", () => {
  it("ids are unique across dev and test, and both splits mix answerable and refusable questions", () => {
    const cases = loadSplits().flatMap((split) => split.groups.flatMap((group) => group.cases));
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const split of loadSplits()) {
      const all = split.groups.flatMap((group) => group.cases);
      expect(all.filter((c) => c.refuse).length).toBeGreaterThan(all.length / 5);
      expect(all.filter((c) => c.expect).length).toBeGreaterThan(all.length / 2);
    }
  });
});

describe("a question set that cannot be read is named with its line, in one line", () => {
  const setWith = (lines: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), "attache-set-")), "questions.jsonl");
    writeFileSync(file, lines.join("\n"));
    return file;
  };
  const good = JSON.stringify({ id: "x-who-001", family: "who", article: "x", q: "Who?", expect: [["Ana"]] });
  it("a line that is not JSON: its file and line number (blank lines counted)", () => {
    const file = setWith([good, "", "{not json"]);
    expect(() => readCases(file)).toThrow(QuestionSetError);
    expect(() => readCases(file)).toThrow(`${file}:3: not a JSON object`);
  });
  it("an expectation group given as a string instead of a list: where in the object", () => {
    const file = setWith([
      good,
      JSON.stringify({ id: "x-who-002", family: "who", article: "x", q: "Who?", expect: ["Ana"] }),
    ]);
    expect(() => readCases(file)).toThrow(/:2: .* \(at expect\.0\)$/);
  });
});

describe("a false premise is right corrected or refused, and the summary tells the two apart", () => {
  const premise = {
    id: "x-false-premise-001",
    family: "false-premise",
    article: "x",
    q: "why did eritrea sign the pact?",
    expect: [["did not sign", "not sign"]],
    refuse_ok: true,
  } as const;
  const result = (answered: boolean, answer: string) => ({
    answered,
    answer,
    confidence: answered ? 0.9 : 0,
    facts: [],
    suggestions: [],
  });
  const corrected = result(true, "Eritrea did not sign the pact.");
  const refused = result(false, "I don't have a fact about that.");
  const other = result(true, "Djibouti and Somalia signed the pact in Bosaso.");

  it("takes refuse_ok only beside expect, on a false premise, and never expect with refuse", () => {
    expect(EvalCase.safeParse(premise).success).toBe(true);
    const { expect: _, ...bare } = premise;
    expect(EvalCase.safeParse(bare).success).toBe(false);
    expect(EvalCase.safeParse({ ...bare, refuse: true }).success).toBe(false);
    expect(EvalCase.safeParse({ ...premise, family: "near-miss" }).success).toBe(false);
    expect(EvalCase.safeParse({ ...premise, refuse: true }).success).toBe(false);
    expect(EvalCase.safeParse({ ...premise, refuse_ok: false }).success).toBe(false);
  });

  it("is right answered with the correction or refused, wrong answered without it", () => {
    const c = EvalCase.parse(premise);
    expect(isRight(c, corrected)).toBe(true);
    expect(isRight(c, refused)).toBe(true);
    expect(isRight(c, other)).toBe(false);
    // Without refuse_ok a refusal of the same question is a miss, as before.
    const { refuse_ok: _, ...strict } = premise;
    expect(isRight(EvalCase.parse(strict), refused)).toBe(false);
  });

  it("counts corrections and refusals apart: a refusal is right but no correction", () => {
    const c = EvalCase.parse(premise);
    const outcomes: Outcome[] = [corrected, refused, refused, other].map((r) => ({
      case: c,
      result: r,
      right: isRight(c, r),
    }));
    const s = summarize(outcomes);
    expect(s).toMatchObject({ n: 4, right: 3, premises: 4, corrected: 1, refusedPremises: 2 });
    // Counted with the answerable: the refusals show as answers missed, not as honest refusals.
    expect(s).toMatchObject({ answerable: 4, answeredRight: 1, wrong: 1, toRefuse: 0, honestRefusals: 0 });
  });
});

describe("retrieval reads only as far as an answer could come from", () => {
  const model = { ...EVIDENCE_MODEL };
  it("stops at the answer threshold when the model admits nothing below it", () => {
    expect(candidateFloor(0, { ...model, admit: 1 })).toBe(ANSWER_THRESHOLD);
  });
  it("goes down to the lowest weighed coverage when the model may admit less covering facts", () => {
    expect(candidateFloor(0, { ...model, admit: 0.8 })).toBe(LOWEST_FLOOR);
    // The evaluation's curve moves the thresholds down: then it must read that far too.
    expect(candidateFloor(-0.3, { ...model, admit: 1 })).toBe(LOWEST_FLOOR);
  });
});

describe("the fit is judged on answers whose article its weights never saw", () => {
  const at = (likelihood: number, right: boolean, kind = "who") => ({
    x: Math.log(likelihood / (1 - likelihood)),
    y: right ? 1 : 0,
    kind,
  });
  it("counts right answers less twice the wrong ones, and calibration in the evaluation's bands", () => {
    const [objective, bands] = heldApartReport([
      at(0.7, true),
      at(0.7, false),
      at(0.85, true),
      at(0.97, true),
      at(0.97, true),
      at(0.999999, false),
    ]);
    expect(objective).toContain("4 − 2 × 2 = 0");
    expect(bands).toContain("0.00–0.80: 2 (50.0% right)");
    expect(bands).toContain("0.80–0.90: 1 (100.0% right)");
    expect(bands).toContain("0.90–0.95: 0 (– right)");
    // The most confident answers are counted too, however close to 1.
    expect(bands).toContain("0.95–1.00: 3 (66.7% right)");
  });
  it("tells which kind of question the model over-states: its share right against its mean likelihood", () => {
    const [, , kinds] = heldApartReport([
      at(0.9, true, "who"),
      at(0.9, true, "who"),
      at(0.9, true, "yesno"),
      at(0.9, false, "yesno"),
    ]);
    expect(kinds).toBe("held-apart by kind: who 2 (100.0% right at 90.0%) · yesno 2 (50.0% right at 90.0%)");
  });
});
