import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import { Engine } from "../src/engine/engine.ts";
import type { Judgement } from "../src/engine/evidence.ts";
import type { AnswerResult, DialogueTurn } from "../src/engine/schema.ts";

/**
 * The labeled evaluation: questions people ask about the seed article and made-up articles, each
 * with what a right answer must contain or that it must be refused. Both sides count: a right
 * answer, and an honest refusal. Tune on `dev`; `test` (and the held-out articles' questions,
 * written by someone who never saw the engine's code) say how it does on what it was not tuned on.
 */

export const EvalCase = z
  .strictObject({
    id: z.string().min(1),
    family: z.string().min(1),
    article: z.string().min(1),
    q: z.string(),
    /** Earlier questions of the same conversation, asked first. */
    after: z.array(z.string()).optional(),
    /** Groups of alternatives: a right answer contains one string of every group. */
    expect: z
      .array(z.array(z.string().min(1)).min(1))
      .min(1)
      .optional(),
    refuse: z.literal(true).optional(),
    /**
     * A false premise ("why did X sign?" when X did not): right if the answer corrects it with
     * the words of `expect`, or if it is refused; an answer without the correction is wrong.
     */
    refuse_ok: z.literal(true).optional(),
  })
  .refine((c) => (c.expect === undefined) !== (c.refuse === undefined), "exactly one of expect or refuse")
  .refine(
    (c) => c.refuse_ok === undefined || (c.expect !== undefined && c.family === "false-premise"),
    "refuse_ok only with expect, on a false-premise question",
  );
export type EvalCase = z.infer<typeof EvalCase>;

export interface Split {
  name: string;
  /** Each group of questions with the store its labels were written for. */
  groups: { store: readonly string[]; cases: EvalCase[] }[];
}

/**
 * The store questions are asked against: the curated data and the made-up articles together, as
 * their writers saw it (labels such as "the latest meeting" depend on what else the store holds).
 */
export const STORE_PARTS = [
  join(PROJECT_ROOT, "data"),
  join(PROJECT_ROOT, "test", "fixtures", "second-event"),
  join(PROJECT_ROOT, "test", "fixtures", "third-event"),
];
/** Questions about a fourth made-up article (dev only), written with it added. */
export const FOURTH_STORE_PARTS = [...STORE_PARTS, join(PROJECT_ROOT, "test", "fixtures", "fourth-event")];
/** Questions about a fifth made-up article (dev only), written with it added to the four. */
export const FIFTH_STORE_PARTS = [
  ...FOURTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifth-event"),
];
/** Questions about a sixth made-up article (dev only), written with it added to the five. */
export const SIXTH_STORE_PARTS = [
  ...FIFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixth-event"),
];
/** Questions about a seventh made-up article (dev only), written with it added to the six. */
export const SEVENTH_STORE_PARTS = [
  ...SIXTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventh-event"),
];
/** Questions about an eighth made-up article (dev only), written with it added to the seven. */
export const EIGHTH_STORE_PARTS = [
  ...SEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eighth-event"),
];

/** + a ninth made-up article (a five-member Carpathian forest-fire council, Cluj-Napoca). */
export const NINTH_STORE_PARTS = [
  ...EIGHTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "ninth-event"),
];
/** + a tenth (two articles months apart: Kyrgyzstan–Tajikistan glacial-flood warning talks, then the deal). */
export const TENTH_STORE_PARTS = [
  ...NINTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "tenth-event"),
];
/** + an eleventh (three articles over a year: a Malacca Strait oil-spill response plan, talks to the deal). */
export const ELEVENTH_STORE_PARTS = [
  ...TENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eleventh-event"),
];
/** + a twelfth (two articles five months apart: Djibouti–Somalia locust patrols, talks then the pact). */
export const TWELFTH_STORE_PARTS = [
  ...ELEVENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twelfth-event"),
];
/** + a thirteenth (two articles seven months apart: Mauritius–Madagascar seasonal work visas). */
export const THIRTEENTH_STORE_PARTS = [
  ...TWELFTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "thirteenth-event"),
];
/** + a fourteenth (three articles over 2026: Georgia–Armenia summer hydropower exports). */
export const FOURTEENTH_STORE_PARTS = [
  ...THIRTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fourteenth-event"),
];
/** + a fifteenth (three articles over 2026: a Cameroon–Gabon vaccine plant in Kribi). */
export const FIFTEENTH_STORE_PARTS = [
  ...FOURTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "fifteenth-event"),
];
/** + a sixteenth (three articles: the Osogovo park of Bulgaria and North Macedonia, which Serbia joins). */
export const SIXTEENTH_STORE_PARTS = [
  ...FIFTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "sixteenth-event"),
];
/** + a seventeenth (three articles: Sierra Leone–Liberia free roaming, which Côte d'Ivoire joins). */
export const SEVENTEENTH_STORE_PARTS = [
  ...SIXTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "seventeenth-event"),
];
/** + an eighteenth (three articles: the Nepal–Bhutan Himalayan Scholars Exchange; negotiators replaced twice). */
export const EIGHTEENTH_STORE_PARTS = [
  ...SEVENTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "eighteenth-event"),
];
/** + a nineteenth (three articles: the Egypt–Sudan Lake Nasser ferry restored; a minister and a chair replaced). */
export const NINETEENTH_STORE_PARTS = [
  ...EIGHTEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "nineteenth-event"),
];
/** + a twentieth (three articles: the Grenada–Dominica housing fund; a lender's share and a building code disputed). */
export const TWENTIETH_STORE_PARTS = [
  ...NINETEENTH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twentieth-event"),
];
/** + a twenty-first (three articles: the Samoa–Tonga Tasi cable repair; a delay, then the cable restored). */
export const TWENTY_FIRST_STORE_PARTS = [
  ...TWENTIETH_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-first-event"),
];
/** + a twenty-second (three articles: the Saint Kitts–Antigua hurricane warning network; a site dispute). */
export const TWENTY_SECOND_STORE_PARTS = [
  ...TWENTY_FIRST_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-second-event"),
];
/** + a twenty-third (three articles: the Timor-Leste–Cuba dengue vaccine trial; a site cancelled, a cost dispute). */
export const TWENTY_THIRD_STORE_PARTS = [
  ...TWENTY_SECOND_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-third-event"),
];
/** + a twenty-fourth (three articles: the Abidjan–Ouagadougou railway). */
export const TWENTY_FOURTH_STORE_PARTS = [
  ...TWENTY_THIRD_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "twenty-fourth-event"),
];
/** The held-out articles' questions were written with these two articles added. */
export const HELDOUT_STORE_PARTS = [...STORE_PARTS, join(PROJECT_ROOT, "test", "fixtures", "heldout")];
/** A fourth held-out article's questions, written with it added to the held-out store. */
export const HELDOUT_2_STORE_PARTS = [
  ...HELDOUT_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-2"),
];
/** A fifth held-out article's questions, written with it added to the fourth's store. */
export const HELDOUT_3_STORE_PARTS = [
  ...HELDOUT_2_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-3"),
];

/** A sixth held-out article's questions, written with it added to the fifth's store. */
export const HELDOUT_4_STORE_PARTS = [
  ...HELDOUT_3_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-4"),
];

/** A seventh held-out article's questions, written with it added to the sixth's store. */
export const HELDOUT_5_STORE_PARTS = [
  ...HELDOUT_4_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-5"),
];

/** An eighth held-out article's questions (Portugal–Mozambique), written with it added to the seventh's store. */
export const HELDOUT_6_STORE_PARTS = [
  ...HELDOUT_5_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-6"),
];

/** A held-out story in two articles (Gulf coral corridor talks in June, the accord in October). */
export const HELDOUT_7_STORE_PARTS = [
  ...HELDOUT_6_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-7"),
];

/** A held-out story in three articles over a year (a Pacific atoll mobility compact: talks, second round, signing). */
export const HELDOUT_8_STORE_PARTS = [
  ...HELDOUT_7_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-8"),
];

/** A held-out story in two articles (Togo–Benin Mono river bridge: talks, then the deal). */
export const HELDOUT_9_STORE_PARTS = [
  ...HELDOUT_8_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-9"),
];

/** A held-out story in two articles (Uganda–Rwanda border outbreak surveillance: talks, then the pact). */
export const HELDOUT_10_STORE_PARTS = [
  ...HELDOUT_9_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-10"),
];
/** An eleventh held-out story in three articles (Laos–Cambodia wildlife task force). */
export const HELDOUT_11_STORE_PARTS = [
  ...HELDOUT_10_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-11"),
];
/** A twelfth held-out story in three articles (a shared Earth-observation satellite in southern Africa). */
export const HELDOUT_12_STORE_PARTS = [
  ...HELDOUT_11_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-12"),
];
/** A thirteenth held-out story in three articles (a touring exhibition of Roman mosaics; Morocco joins, Lebanon withdraws). */
export const HELDOUT_13_STORE_PARTS = [
  ...HELDOUT_12_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-13"),
];
/** A fourteenth held-out story in three articles (a Cyprus–Malta shared embassy in Bogotá; Iceland joins, then withdraws). */
export const HELDOUT_14_STORE_PARTS = [
  ...HELDOUT_13_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-14"),
];
/** A fifteenth held-out story in two articles (a Belize–Guatemala border hospital accord; a refusal of fees reversed). */
export const HELDOUT_15_STORE_PARTS = [
  ...HELDOUT_14_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-15"),
];
/** A sixteenth held-out story in two articles (Angola–DR Congo border demining; a refusal of mixed teams dropped). */
export const HELDOUT_16_STORE_PARTS = [
  ...HELDOUT_15_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-16"),
];
/** A seventeenth held-out story in two articles (Suriname and France dredge the Maroni; a minister replaced, costs revised). */
export const HELDOUT_17_STORE_PARTS = [
  ...HELDOUT_16_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-17"),
];
/** An eighteenth held-out story in two articles (a Brunei–Philippines ferry: first sailing late, a subsidy revised, a stake sold). */
export const HELDOUT_18_STORE_PARTS = [
  ...HELDOUT_17_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-18"),
];
/** A nineteenth held-out story in three articles (Palau–Micronesia fisheries observers and a patrol boat; a minister replaced). */
export const HELDOUT_19_STORE_PARTS = [
  ...HELDOUT_18_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-19"),
];
/** A twentieth held-out story in two articles (the Nigeria–Niger Kano–Maradi railway; a minister replaced, its cost revised). */
export const HELDOUT_20_STORE_PARTS = [
  ...HELDOUT_19_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-20"),
];
/** A twenty-first held-out story (Peru–Ecuador fisheries on the Napo river). */
export const HELDOUT_21_STORE_PARTS = [
  ...HELDOUT_20_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-21"),
];
/** A twenty-second held-out story (the Uruguay–Paraguay grain terminal at Fray Bentos). */
export const HELDOUT_22_STORE_PARTS = [
  ...HELDOUT_21_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-22"),
];
/** A twenty-third held-out story (the Vanuatu–Papua New Guinea tuna plant). */
export const HELDOUT_23_STORE_PARTS = [
  ...HELDOUT_22_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-23"),
];
/** A twenty-fourth held-out story (the Seychelles–São Tomé research vessel). */
export const HELDOUT_24_STORE_PARTS = [
  ...HELDOUT_23_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-24"),
];
/** A twenty-fifth held-out story (the Algeria–Mali solar wells). */
export const HELDOUT_25_STORE_PARTS = [
  ...HELDOUT_24_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-25"),
];
/** A twenty-sixth held-out story (the Nicaragua–Dominican Republic coffee-rust station). */
export const HELDOUT_26_STORE_PARTS = [
  ...HELDOUT_25_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-26"),
];
/** A twenty-seventh held-out story (the Moldova–Romania Leova bridge over the Prut). */
export const HELDOUT_27_STORE_PARTS = [
  ...HELDOUT_26_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-27"),
];
/** A twenty-eighth held-out story (the Turkmenistan–Uzbekistan Amu Darya water sharing). */
export const HELDOUT_28_STORE_PARTS = [
  ...HELDOUT_27_STORE_PARTS,
  join(PROJECT_ROOT, "test", "fixtures", "heldout-28"),
];

export function loadEvalEngine(parts: readonly string[] = STORE_PARTS): Engine {
  const dir = mkdtempSync(join(tmpdir(), "attache-eval-"));
  try {
    parts.filter(existsSync).forEach((part, i) => {
      cpSync(part, join(dir, `part-${i}`), {
        recursive: true,
        filter: (source) => !source.endsWith(".jsonl") && !source.endsWith(".md"),
      });
    });
    const loaded = Engine.fromDirectory(dir);
    if (!loaded.ok) {
      throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
    }
    return loaded.engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A question set that cannot be read: `npm run eval` says where in one line, not with a stack. */
export class QuestionSetError extends Error {}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new QuestionSetError(`${file}:${i + 1}: not a JSON object`);
      }
      const parsed = EvalCase.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
        throw new QuestionSetError(`${file}:${i + 1}: ${issue?.message}${at}`);
      }
      return [parsed.data];
    });
}

const QUESTIONS = join(PROJECT_ROOT, "eval", "questions");
const HELDOUT = join(PROJECT_ROOT, "test", "fixtures", "heldout");
const HELDOUT_2 = join(PROJECT_ROOT, "test", "fixtures", "heldout-2", "questions.test.jsonl");
const HELDOUT_3 = join(PROJECT_ROOT, "test", "fixtures", "heldout-3", "questions.test.jsonl");
const HELDOUT_4 = join(PROJECT_ROOT, "test", "fixtures", "heldout-4", "questions.test.jsonl");
const HELDOUT_5 = join(PROJECT_ROOT, "test", "fixtures", "heldout-5", "questions.test.jsonl");
const HELDOUT_6 = join(PROJECT_ROOT, "test", "fixtures", "heldout-6", "questions.test.jsonl");
const HELDOUT_7 = join(PROJECT_ROOT, "test", "fixtures", "heldout-7", "questions.test.jsonl");
const HELDOUT_8 = join(PROJECT_ROOT, "test", "fixtures", "heldout-8", "questions.test.jsonl");
const HELDOUT_9 = join(PROJECT_ROOT, "test", "fixtures", "heldout-9", "questions.test.jsonl");
const HELDOUT_10 = join(PROJECT_ROOT, "test", "fixtures", "heldout-10", "questions.test.jsonl");
const HELDOUT_11 = join(PROJECT_ROOT, "test", "fixtures", "heldout-11", "questions.test.jsonl");
const HELDOUT_12 = join(PROJECT_ROOT, "test", "fixtures", "heldout-12", "questions.test.jsonl");
const HELDOUT_13 = join(PROJECT_ROOT, "test", "fixtures", "heldout-13", "questions.test.jsonl");
const HELDOUT_14 = join(PROJECT_ROOT, "test", "fixtures", "heldout-14", "questions.test.jsonl");
const HELDOUT_15 = join(PROJECT_ROOT, "test", "fixtures", "heldout-15", "questions.test.jsonl");
const HELDOUT_16 = join(PROJECT_ROOT, "test", "fixtures", "heldout-16", "questions.test.jsonl");
const HELDOUT_17 = join(PROJECT_ROOT, "test", "fixtures", "heldout-17", "questions.test.jsonl");
const HELDOUT_18 = join(PROJECT_ROOT, "test", "fixtures", "heldout-18", "questions.test.jsonl");
const HELDOUT_19 = join(PROJECT_ROOT, "test", "fixtures", "heldout-19", "questions.test.jsonl");
const HELDOUT_20 = join(PROJECT_ROOT, "test", "fixtures", "heldout-20", "questions.test.jsonl");
const HELDOUT_21 = join(PROJECT_ROOT, "test", "fixtures", "heldout-21", "questions.test.jsonl");
const HELDOUT_22 = join(PROJECT_ROOT, "test", "fixtures", "heldout-22", "questions.test.jsonl");
const HELDOUT_23 = join(PROJECT_ROOT, "test", "fixtures", "heldout-23", "questions.test.jsonl");
const HELDOUT_24 = join(PROJECT_ROOT, "test", "fixtures", "heldout-24", "questions.test.jsonl");
const HELDOUT_25 = join(PROJECT_ROOT, "test", "fixtures", "heldout-25", "questions.test.jsonl");
const HELDOUT_26 = join(PROJECT_ROOT, "test", "fixtures", "heldout-26", "questions.test.jsonl");
const HELDOUT_27 = join(PROJECT_ROOT, "test", "fixtures", "heldout-27", "questions.test.jsonl");
const HELDOUT_28 = join(PROJECT_ROOT, "test", "fixtures", "heldout-28", "questions.test.jsonl");
/** Conversations across every held-out story, written blind. */
const HELDOUT_DIALOGUES = join(
  PROJECT_ROOT,
  "test",
  "fixtures",
  "heldout-8",
  "questions.dialogues.test.jsonl",
);
/** Everyday wordings and conversations across every held-out article, written blind. */
const HELDOUT_PHRASING = join(PROJECT_ROOT, "test", "fixtures", "heldout-6", "questions.phrasing.test.jsonl");

/** dev and test from eval/questions; the held-out articles' questions count as test. */
export function loadSplits(): Split[] {
  const heldout = existsSync(HELDOUT)
    ? readdirSync(HELDOUT)
        .filter((f) => f.endsWith(".jsonl"))
        .flatMap((f) => readCases(join(HELDOUT, f)))
    : [];
  return [
    {
      name: "dev",
      groups: [
        { store: STORE_PARTS, cases: readCases(join(QUESTIONS, "dev.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fourth.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-more.jsonl")) },
        { store: FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues.jsonl")) },
        { store: FIFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifth.jsonl")) },
        { store: SIXTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixth.jsonl")) },
        { store: SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventh.jsonl")) },
        // Everyday wordings, follow-ups and near misses across all seven articles, written blind.
        { store: SEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-phrasing.jsonl")) },
        { store: EIGHTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eighth.jsonl")) },
        { store: NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-ninth.jsonl")) },
        // A second set of everyday wordings and conversations across all nine dev articles, written blind.
        { store: NINTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-phrasing-2.jsonl")) },
        { store: TENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-tenth.jsonl")) },
        { store: ELEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eleventh.jsonl")) },
        // Conversations of two to five turns across the dev stories, written blind.
        { store: ELEVENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues-2.jsonl")) },
        { store: TWELFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twelfth.jsonl")) },
        // Conversations on the three stories told over several articles, written blind.
        { store: TWELFTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-dialogues-3.jsonl")) },
        { store: THIRTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-thirteenth.jsonl")) },
        { store: FOURTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fourteenth.jsonl")) },
        { store: FIFTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-fifteenth.jsonl")) },
        { store: SIXTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-sixteenth.jsonl")) },
        { store: SEVENTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-seventeenth.jsonl")) },
        { store: EIGHTEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-eighteenth.jsonl")) },
        { store: NINETEENTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-nineteenth.jsonl")) },
        { store: TWENTIETH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twentieth.jsonl")) },
        { store: TWENTY_FIRST_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-first.jsonl")) },
        { store: TWENTY_SECOND_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-second.jsonl")) },
        { store: TWENTY_THIRD_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-third.jsonl")) },
        { store: TWENTY_FOURTH_STORE_PARTS, cases: readCases(join(QUESTIONS, "dev-twenty-fourth.jsonl")) },
      ],
    },
    {
      name: "test",
      groups: [
        { store: STORE_PARTS, cases: readCases(join(QUESTIONS, "test.jsonl")) },
        { store: HELDOUT_STORE_PARTS, cases: heldout },
        ...(existsSync(HELDOUT_2) ? [{ store: HELDOUT_2_STORE_PARTS, cases: readCases(HELDOUT_2) }] : []),
        ...(existsSync(HELDOUT_3) ? [{ store: HELDOUT_3_STORE_PARTS, cases: readCases(HELDOUT_3) }] : []),
        ...(existsSync(HELDOUT_4) ? [{ store: HELDOUT_4_STORE_PARTS, cases: readCases(HELDOUT_4) }] : []),
        ...(existsSync(HELDOUT_5) ? [{ store: HELDOUT_5_STORE_PARTS, cases: readCases(HELDOUT_5) }] : []),
        ...(existsSync(HELDOUT_6) ? [{ store: HELDOUT_6_STORE_PARTS, cases: readCases(HELDOUT_6) }] : []),
        ...(existsSync(HELDOUT_PHRASING)
          ? [{ store: HELDOUT_6_STORE_PARTS, cases: readCases(HELDOUT_PHRASING) }]
          : []),
        ...(existsSync(HELDOUT_7) ? [{ store: HELDOUT_7_STORE_PARTS, cases: readCases(HELDOUT_7) }] : []),
        ...(existsSync(HELDOUT_8) ? [{ store: HELDOUT_8_STORE_PARTS, cases: readCases(HELDOUT_8) }] : []),
        ...(existsSync(HELDOUT_DIALOGUES)
          ? [{ store: HELDOUT_8_STORE_PARTS, cases: readCases(HELDOUT_DIALOGUES) }]
          : []),
        ...(existsSync(HELDOUT_9) ? [{ store: HELDOUT_9_STORE_PARTS, cases: readCases(HELDOUT_9) }] : []),
        ...(existsSync(HELDOUT_10) ? [{ store: HELDOUT_10_STORE_PARTS, cases: readCases(HELDOUT_10) }] : []),
        ...(existsSync(HELDOUT_11) ? [{ store: HELDOUT_11_STORE_PARTS, cases: readCases(HELDOUT_11) }] : []),
        ...(existsSync(HELDOUT_12) ? [{ store: HELDOUT_12_STORE_PARTS, cases: readCases(HELDOUT_12) }] : []),
        ...(existsSync(HELDOUT_13) ? [{ store: HELDOUT_13_STORE_PARTS, cases: readCases(HELDOUT_13) }] : []),
        ...(existsSync(HELDOUT_14) ? [{ store: HELDOUT_14_STORE_PARTS, cases: readCases(HELDOUT_14) }] : []),
        ...(existsSync(HELDOUT_15) ? [{ store: HELDOUT_15_STORE_PARTS, cases: readCases(HELDOUT_15) }] : []),
        ...(existsSync(HELDOUT_16) ? [{ store: HELDOUT_16_STORE_PARTS, cases: readCases(HELDOUT_16) }] : []),
        ...(existsSync(HELDOUT_17) ? [{ store: HELDOUT_17_STORE_PARTS, cases: readCases(HELDOUT_17) }] : []),
        ...(existsSync(HELDOUT_18) ? [{ store: HELDOUT_18_STORE_PARTS, cases: readCases(HELDOUT_18) }] : []),
        ...(existsSync(HELDOUT_19) ? [{ store: HELDOUT_19_STORE_PARTS, cases: readCases(HELDOUT_19) }] : []),
        ...(existsSync(HELDOUT_20) ? [{ store: HELDOUT_20_STORE_PARTS, cases: readCases(HELDOUT_20) }] : []),
        ...(existsSync(HELDOUT_21) ? [{ store: HELDOUT_21_STORE_PARTS, cases: readCases(HELDOUT_21) }] : []),
        ...(existsSync(HELDOUT_22) ? [{ store: HELDOUT_22_STORE_PARTS, cases: readCases(HELDOUT_22) }] : []),
        ...(existsSync(HELDOUT_23) ? [{ store: HELDOUT_23_STORE_PARTS, cases: readCases(HELDOUT_23) }] : []),
        ...(existsSync(HELDOUT_24) ? [{ store: HELDOUT_24_STORE_PARTS, cases: readCases(HELDOUT_24) }] : []),
        ...(existsSync(HELDOUT_25) ? [{ store: HELDOUT_25_STORE_PARTS, cases: readCases(HELDOUT_25) }] : []),
        ...(existsSync(HELDOUT_26) ? [{ store: HELDOUT_26_STORE_PARTS, cases: readCases(HELDOUT_26) }] : []),
        ...(existsSync(HELDOUT_27) ? [{ store: HELDOUT_27_STORE_PARTS, cases: readCases(HELDOUT_27) }] : []),
        ...(existsSync(HELDOUT_28) ? [{ store: HELDOUT_28_STORE_PARTS, cases: readCases(HELDOUT_28) }] : []),
      ],
    },
  ];
}

export interface Outcome {
  case: EvalCase;
  result: AnswerResult;
  right: boolean;
  /** The evidence weighed for the answer (the question's last one), if it was a fact's. */
  judgement?: Judgement;
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Whether the result is right for the case: the grader's rule (shared/eval/grade.mjs). */
export function isRight(c: EvalCase, result: AnswerResult): boolean {
  if (c.refuse) return !result.answered;
  // A false premise refused is honest, but no correction: the summary counts it apart.
  if (c.refuse_ok && !result.answered) return true;
  const answer = norm(result.answer);
  return result.answered && (c.expect ?? []).every((group) => group.some((s) => answer.includes(norm(s))));
}

const engines = new Map<readonly string[], Engine>();

/** Every question of a split, each against its own store (loaded once per store). */
export function runSplit(split: Split, shift?: number): Outcome[] {
  return split.groups.flatMap((group) => {
    let engine = engines.get(group.store);
    if (!engine) {
      engine = loadEvalEngine(group.store);
      engines.set(group.store, engine);
    }
    return run(engine, group.cases, shift);
  });
}

/** `shift` moves the answer thresholds (the precision/recall curve); none is the engine as used. */
export function run(engine: Engine, cases: readonly EvalCase[], shift?: number): Outcome[] {
  const options = shift === undefined ? {} : { shift };
  return cases.map((c) => {
    let previous: DialogueTurn | undefined;
    for (const earlier of c.after ?? []) {
      previous = engine.answer(earlier, undefined, { ...options, ...(previous ? { previous } : {}) }).turn;
    }
    let judgement: Judgement | undefined;
    const observe = (seen: Judgement) => {
      judgement = seen;
    };
    const result = engine.answer(c.q, undefined, { ...options, observe, ...(previous ? { previous } : {}) });
    return { case: c, result, right: isRight(c, result), ...(judgement ? { judgement } : {}) };
  });
}

export interface Summary {
  n: number;
  right: number;
  answerable: number;
  answered: number;
  answeredRight: number;
  /** Answered, and not right: answered a question to refuse, or gave a wrong answer. */
  wrong: number;
  refused: number;
  /** Questions to refuse that were refused. */
  honestRefusals: number;
  toRefuse: number;
  /** False premises that may be refused (`refuse_ok`): answered with the correction… */
  corrected: number;
  /** …or refused: right, but a correction missed. */
  refusedPremises: number;
  premises: number;
}

export function summarize(outcomes: readonly Outcome[]): Summary {
  const s: Summary = {
    n: 0,
    right: 0,
    answerable: 0,
    answered: 0,
    answeredRight: 0,
    wrong: 0,
    refused: 0,
    honestRefusals: 0,
    toRefuse: 0,
    corrected: 0,
    refusedPremises: 0,
    premises: 0,
  };
  for (const o of outcomes) {
    s.n++;
    if (o.right) s.right++;
    if (o.case.refuse) s.toRefuse++;
    else s.answerable++;
    if (o.case.refuse_ok) {
      s.premises++;
      if (!o.result.answered) s.refusedPremises++;
      else if (o.right) s.corrected++;
    }
    if (o.result.answered) {
      s.answered++;
      if (o.right) s.answeredRight++;
      else s.wrong++;
    } else {
      s.refused++;
      if (o.case.refuse) s.honestRefusals++;
    }
  }
  return s;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
