import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import { type EvidenceModel, FEATURE_NAMES, likelihoodOf } from "../src/engine/evidence.ts";
import { ANSWER_THRESHOLD } from "../src/engine/score.ts";
import { FIFTH_STORE_PARTS, loadEvalEngine, loadSplits, type Outcome, runSplit } from "./evaluate.ts";

/**
 * `npm run eval -- --fit`: fits the evidence weights (logistic regression with an L2 penalty) on
 * the dev questions only, and the threshold where dev answered precision reaches its target,
 * both judged on held-apart articles (each fold one article) so that the numbers printed are not
 * the fit's own. Test is never read here: `npm run eval` reports it afterwards.
 */

/** Shifts every threshold out of reach of nothing: each weighed answer is given, to be labeled. */
const ANSWER_ALL = -10;
/**
 * How many right answers one wrong answer undoes, in choosing the thresholds. A wrong answer costs
 * askers more than a refusal: 2. With 1 (the evaluation's own count) the dev questions of
 * everyday wordings (dev-phrasing) pulled the thresholds down: dev 1,194 right and 72 wrong, against
 * 1,192 right and 65 wrong with 2.
 */
const WRONG_ANSWER_COST = 2;
/**
 * Session 18 tried, judged by the held-apart objective (1,573 for these 23 features, penalty 1;
 * 1,574 when the penalty and veto are also chosen without the held-out article) and log loss
 * (0.2737): offsets per kind of question (0.2742, 1,574), a yes/no offset alone (0.2726, 1,572;
 * refit, dev 3 more right and 2 more wrong), kind × coverage (0.2757), squares of coverage and
 * margin, log of rivals and terms, a refit weighting answers near the veto, and a veto to the
 * thousandth: none moved the objective past ±6, noise at 2,235 answers. Folds by question file
 * (whole batches of wordings held out) calibrate as articles do (slope 1.04): dev shows none of
 * the over-confidence test does (≥ 0.95: 98% right on dev, 93.5% on test).
 * Dropping 3% of the answers at random moves the veto's exact point by ±0.004 (it stays 0.68) and
 * flips 2–11 answers through the weights alone: that churn is the answers near 0.68, not the veto.
 */
const PENALTIES = [0.3, 1, 3, 10, 30, 100];
/**
 * The likelihood a fact covering less than the answer threshold needs to be answered: only 1
 * (never). Admitting such facts makes every question read postings down to coverage 0.7: on the
 * 1,571 dev questions of session 6 `admit` 0.75 answered 4 more right and 1 fewer wrong, and made
 * who/when/where questions 2–3 times slower at 10k facts (p50 0.42 → 1.12 ms for who).
 */
const ADMIT = 1;
const MODEL_FILE = join(PROJECT_ROOT, "src", "engine", "evidence-model.ts");

export interface Sample {
  x: number[];
  y: number;
  /** Which question it came from. */
  id: string;
  /**
   * The article it is about: folds hold out whole articles, so the thresholds are chosen on
   * likelihoods for articles the weights never saw, as the product meets every new article.
   */
  article: string;
  /** The kind of question (who, yesno, …), for the held-apart report. */
  kind?: string;
  /** Which dev question set it came from, in the order the sets joined (none: a curator's question). */
  story?: number;
}

/** The dev answers to learn from, each with its likelihood from weights fitted without its article. */
export interface HeldApartSamples {
  samples: Sample[];
  heldApart: number[];
  penalty: number;
  /** How many dev question sets there are: the last ones joined most recently. */
  stories: number;
}

/** Labels every weighed dev answer and fits, fold by fold, the likelihoods the thresholds are chosen on. */
export function heldApartSamples(print: (line: string) => void): HeldApartSamples {
  const dev = loadSplits().find((s) => s.name === "dev")!;
  // Every weighed answer, given: what the model must learn to tell apart.
  const bySet = dev.groups.map((group) => runSplit({ ...dev, groups: [group] }, ANSWER_ALL));
  const outcomes = bySet.flat();
  const samples: Sample[] = bySet.flatMap((set, story) =>
    set
      .filter(
        (o): o is Outcome & { judgement: NonNullable<Outcome["judgement"]> } =>
          o.result.answered && !!o.judgement,
      )
      .map((o) => ({
        x: o.judgement.features,
        y: o.right ? 1 : 0,
        id: o.case.id,
        article: o.case.article,
        kind: o.judgement.kind,
        story,
      })),
  );
  const unweighed = outcomes.filter((o) => !o.judgement || !o.result.answered);
  print(
    `dev: ${outcomes.length} questions, ${samples.length} weighed answers (${samples.filter((s) => s.y).length} right); ${unweighed.length} decided otherwise`,
  );
  const curated = curatorSamples();
  print(
    `curators' questions (each answered by its own fact): ${curated.length} weighed answers (${curated.filter((s) => s.y).length} right)`,
  );
  samples.push(...curated);

  const articles = [...new Set(samples.map((s) => s.article))].sort();
  const folds = samples.map((s) => articles.indexOf(s.article));
  const foldCount = articles.length;
  let best: { penalty: number; loss: number } | undefined;
  for (const penalty of PENALTIES) {
    let loss = 0;
    for (let k = 0; k < foldCount; k++) {
      const model = train(
        samples.filter((_, i) => folds[i] !== k),
        penalty,
      );
      for (const [i, s] of samples.entries()) {
        if (folds[i] !== k) continue;
        const p = Math.min(1 - 1e-6, Math.max(1e-6, likelihoodOf(s.x, model)));
        loss -= s.y * Math.log(p) + (1 - s.y) * Math.log(1 - p);
      }
    }
    print(`  penalty ${penalty}: held-apart log loss ${(loss / samples.length).toFixed(4)}`);
    if (!best || loss < best.loss) best = { penalty, loss };
  }
  // Held-apart likelihoods choose the threshold: in-sample ones would flatter it.
  const heldApart = samples.map(() => 0);
  for (let k = 0; k < foldCount; k++) {
    const model = train(
      samples.filter((_, i) => folds[i] !== k),
      best!.penalty,
    );
    for (const [i, s] of samples.entries()) if (folds[i] === k) heldApart[i] = likelihoodOf(s.x, model);
  }
  return { samples, heldApart, penalty: best!.penalty, stories: dev.groups.length };
}

/** Fits the model on dev; writes it into the engine unless `write` is false (the CI check). */
export function fitEvidenceModel(print: (line: string) => void, write = true): EvidenceModel {
  const { samples, heldApart, penalty, stories } = heldApartSamples(print);
  const thresholds = chooseThresholds(samples, heldApart, print);
  const unseen = calibrateOnRecentStories(samples, heldApart, stories, print);
  const model = rounded({ ...train(samples, penalty), ...thresholds, unseen });
  if (write) writeModel(model);
  print(
    `penalty ${penalty}, veto ${thresholds.veto}, admit ${thresholds.admit}; weights (per standard deviation):`,
  );
  const order = FEATURE_NAMES.map((name, i) => [name, model.weights[i]!] as const).sort(
    (a, b) => Math.abs(b[1]) - Math.abs(a[1]),
  );
  for (const [name, w] of order) print(`  ${name.padEnd(16)} ${w >= 0 ? "+" : ""}${w.toFixed(3)}`);
  if (write) print(`model written to ${MODEL_FILE.slice(PROJECT_ROOT.length + 1)}`);
  return model;
}

/**
 * The questions curators wrote beside the dev stores' facts ("Which outlet reported the talks?"):
 * labeled too, each rightly answered by citing its own fact. Only the dev stores: the held-out
 * articles' questions stay unseen.
 */
function curatorSamples(): Sample[] {
  const engine = loadEvalEngine(FIFTH_STORE_PARTS);
  const samples: Sample[] = [];
  for (const indexed of engine.base.allFacts()) {
    for (const question of indexed.fact.questions) {
      let judgement: { features: number[]; kind: string } | undefined;
      const result = engine.answer(question, undefined, {
        shift: ANSWER_ALL,
        observe: (seen) => {
          judgement = seen;
        },
      });
      if (!result.answered || !judgement) continue;
      const right = result.facts.some((f) => f.id === indexed.fact.id);
      samples.push({
        x: judgement.features,
        y: right ? 1 : 0,
        id: `${indexed.fact.id}:${question}`,
        article: `curated:${indexed.fact.event ?? indexed.fact.source}`,
        kind: judgement.kind,
      });
    }
  }
  return samples;
}

/**
 * The veto that serves askers best: a covering answer is given when the chance it is right is at
 * least WRONG_ANSWER_COST / (1 + WRONG_ANSWER_COST) (two in three: one right answer given is worth
 * it if a wrong one costs two). That chance is read from the held-apart likelihoods by a logistic
 * fit of right and wrong on them (Platt scaling), which uses every answer, not only those near the
 * threshold. Until session 11 the veto was the best point of the count of right minus twice the
 * wrong answers (the most cautious within one standard error, then the median over resamples): that
 * count is flat near its best, so the point moved by 0.05–0.15 when a handful of dev answers
 * changed (0.63, 0.68, 0.71 over three states of this session); this reading moved by 0.005.
 */
export function chooseThresholds(
  samples: readonly Sample[],
  likelihoods: readonly number[],
  print: (line: string) => void,
): Pick<EvidenceModel, "veto" | "admit"> {
  // Only covering answers meet the veto; the others meet `ADMIT`, out of reach.
  const covering = samples.flatMap((s, i) =>
    s.x[0]! > ANSWER_THRESHOLD + 1e-9
      ? [{ x: logit(likelihoods[i]!), y: s.y, kind: s.kind ?? "unknown" }]
      : [],
  );
  const { slope, intercept } = calibration(covering);
  const breakEven = WRONG_ANSWER_COST / (1 + WRONG_ANSWER_COST);
  const exact = 1 / (1 + Math.exp(-(logit(breakEven) - intercept) / slope));
  // Up to the next hundredth: rounded to the nearest, the veto could sit below the point where an
  // answer is right two times in three, and give answers a wrong one costs more than they earn.
  const veto = Math.ceil(Math.min(0.95, Math.max(0, exact)) * 100 - 1e-9) / 100;
  const given = covering.filter((c) => c.x >= logit(veto));
  const right = given.filter((c) => c.y === 1).length;
  print(
    `  held apart: right ≈ σ(${slope.toFixed(3)} · logit(likelihood) ${intercept >= 0 ? "+" : "−"} ${Math.abs(intercept).toFixed(3)}); two in three right at ${exact.toFixed(3)}, veto ${veto}: ${given.length} of ${covering.length} covering answers given, ${((100 * right) / Math.max(1, given.length)).toFixed(1)}% right`,
  );
  for (const line of heldApartReport(given)) print(`  ${line}`);
  return { veto, admit: ADMIT };
}

/**
 * How many of the latest dev stories the shown confidence is calibrated on. Each dev story is
 * tuned on from the session it joins: the older ones answer better than a story never seen (at
 * held-apart likelihood 0.95 and above, 97.8% of dev answers were right and 91.7% of test's at the
 * start of session 48). Chosen on dev alone: calibrated on the K stories before them, the two
 * stories just joined (written blind, never tuned on) were best predicted with K = 6 to 10 (log loss
 * 0.414–0.416; 0.439 with 4, 0.456 with 30, 0.491 with 60). Reported on test: the calibration error
 * of the confidence given with answers fell from 0.080 to 0.011 (in the four bands of `npm run eval`).
 */
export const RECENT_STORIES = 8;

/**
 * The map from likelihood to the confidence shown: a logistic calibration (Platt scaling) of the
 * held-apart likelihoods of covering answers against right and wrong, on the `RECENT_STORIES`
 * latest dev question sets only.
 */
export function calibrateOnRecentStories(
  samples: readonly Sample[],
  likelihoods: readonly number[],
  stories: number,
  print: (line: string) => void,
): EvidenceModel["unseen"] {
  const recent = samples.flatMap((s, i) =>
    s.story !== undefined && s.story >= stories - RECENT_STORIES && s.x[0]! > ANSWER_THRESHOLD + 1e-9
      ? [{ x: logit(likelihoods[i]!), y: s.y }]
      : [],
  );
  const { slope, intercept } = calibration(recent);
  const right = recent.filter((r) => r.y === 1).length;
  print(
    `  the ${RECENT_STORIES} latest dev stories: ${recent.length} covering answers, ${((100 * right) / Math.max(1, recent.length)).toFixed(1)}% right; confidence shown = σ(${slope.toFixed(3)} · logit(likelihood) ${intercept >= 0 ? "+" : "−"} ${Math.abs(intercept).toFixed(3)}): 0.95 shown as ${(1 / (1 + Math.exp(-(slope * logit(0.95) + intercept)))).toFixed(3)}`,
  );
  return { slope, intercept };
}

/** The likelihood bands `npm run eval` prints its calibration in. */
const BANDS: readonly (readonly [number, number])[] = [
  [0, 0.8],
  [0.8, 0.9],
  [0.9, 0.95],
  [0.95, 1.01],
];

/**
 * What a change to the features or the fitting is judged by: the asker's count (right answers
 * less WRONG_ANSWER_COST times the wrong ones) and calibration on likelihoods from weights that
 * never saw the answer's article. In-sample figures flatter the model: on the dev of session 18
 * in-sample answers at 0.95 and above were 98% right, and test ones 93.5%.
 */
export function heldApartReport(given: readonly { x: number; y: number; kind: string }[]): string[] {
  const right = given.filter((c) => c.y === 1).length;
  const wrong = given.length - right;
  const bands = BANDS.map(([lo, hi]) => {
    const band = given.filter((c) => {
      const likelihood = 1 / (1 + Math.exp(-c.x));
      return likelihood >= lo && likelihood < hi;
    });
    const share = band.length
      ? `${((100 * band.filter((c) => c.y === 1).length) / band.length).toFixed(1)}%`
      : "–";
    return `${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}: ${band.length} (${share} right)`;
  });
  // Per kind of question, the share right against the mean likelihood: a kind far below its
  // likelihood (yes/no on the dev of session 18: 84% right at 92%) is over-stated by the model.
  const kinds = [...new Set(given.map((c) => c.kind))].sort().map((kind) => {
    const of = given.filter((c) => c.kind === kind);
    const mean = of.reduce((sum, c) => sum + 1 / (1 + Math.exp(-c.x)), 0) / of.length;
    const share = of.filter((c) => c.y === 1).length / of.length;
    return `${kind} ${of.length} (${(100 * share).toFixed(1)}% right at ${(100 * mean).toFixed(1)}%)`;
  });
  return [
    `held-apart objective (right − ${WRONG_ANSWER_COST} × wrong): ${right} − ${WRONG_ANSWER_COST} × ${wrong} = ${right - WRONG_ANSWER_COST * wrong}`,
    `held-apart calibration: ${bands.join(" · ")}`,
    `held-apart by kind: ${kinds.join(" · ")}`,
  ];
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

/** Right or wrong against one number, by Newton's method: the slope and intercept of the logistic fit. */
function calibration(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  let slope = 1;
  let intercept = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradSlope = 0;
    let gradIntercept = 0;
    let hss = 0;
    let hsi = 0;
    let hii = 1e-9;
    for (const { x, y } of points) {
      const p = 1 / (1 + Math.exp(-(slope * x + intercept)));
      const w = p * (1 - p);
      gradSlope += (p - y) * x;
      gradIntercept += p - y;
      hss += w * x * x;
      hsi += w * x;
      hii += w;
    }
    const det = hss * hii - hsi * hsi || 1e-12;
    const stepSlope = (hii * gradSlope - hsi * gradIntercept) / det;
    const stepIntercept = (hss * gradIntercept - hsi * gradSlope) / det;
    slope -= stepSlope;
    intercept -= stepIntercept;
    if (Math.abs(stepSlope) + Math.abs(stepIntercept) < 1e-10) break;
  }
  return { slope, intercept };
}

/** Logistic regression on standardised features, by Newton's method (a few dozen features). */
function train(
  samples: readonly Sample[],
  penalty: number,
): Omit<EvidenceModel, "veto" | "admit" | "unseen"> {
  const d = FEATURE_NAMES.length;
  const mean = Array.from(
    { length: d },
    (_, j) => samples.reduce((sum, s) => sum + s.x[j]!, 0) / samples.length,
  );
  const spread = Array.from({ length: d }, (_, j) => {
    const variance = samples.reduce((sum, s) => sum + (s.x[j]! - mean[j]!) ** 2, 0) / samples.length;
    return Math.sqrt(variance) || 1;
  });
  const rows = samples.map((s) => [1, ...s.x.map((v, j) => (v - mean[j]!) / spread[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const [n, row] of rows.entries()) {
      const z = row.reduce((sum, v, j) => sum + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        gradient[j]! += (p - samples[n]!.y) * row[j]!;
        for (let k = 0; k <= d; k++) hessian[j]![k]! += w * row[j]! * row[k]!;
      }
    }
    // The penalty keeps rare features (a family seen a few times) from deciding alone; not on the bias.
    for (let j = 1; j <= d; j++) {
      gradient[j]! += penalty * samples.length * 0.01 * beta[j]!;
      hessian[j]![j]! += penalty * samples.length * 0.01;
    }
    for (let j = 0; j <= d; j++) hessian[j]![j]! += 1e-9;
    const step = solve(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  return { mean, spread, weights: beta.slice(1), bias: beta[0]! };
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const head = a[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / head;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / (row[i] || 1e-12));
}

/** Six decimals: what the model file holds, so a refit compares equal to it. */
function rounded(model: EvidenceModel): EvidenceModel {
  const round = (v: number) => Number(v.toFixed(6));
  return {
    ...model,
    mean: model.mean.map(round),
    spread: model.spread.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    unseen: { slope: round(model.unseen.slope), intercept: round(model.unseen.intercept) },
  };
}

function writeModel(model: EvidenceModel): void {
  const numbers = (values: readonly number[]) => `[${values.join(", ")}]`;
  writeFileSync(
    MODEL_FILE,
    `import type { EvidenceModel } from "./evidence.ts";

/** Written by \`npm run eval -- --fit\` (fitted on the dev questions only); do not edit by hand. */
export const EVIDENCE_MODEL: EvidenceModel = {
  mean: ${numbers(model.mean)},
  spread: ${numbers(model.spread)},
  weights: ${numbers(model.weights)},
  bias: ${model.bias},
  veto: ${model.veto},
  admit: ${model.admit},
  unseen: { slope: ${model.unseen.slope}, intercept: ${model.unseen.intercept} },
};
`,
  );
  // The repository's formatter lays the arrays out as it wants them, so lint stays clean.
  execFileSync(join(PROJECT_ROOT, "node_modules", ".bin", "biome"), ["format", "--write", MODEL_FILE], {
    stdio: "ignore",
  });
}
