import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Engine } from "../src/engine/engine.ts";
import type { Dataset, DialogueTurn } from "../src/engine/schema.ts";
import { mayReferBack } from "../src/engine/understand.ts";
import { random } from "./synthetic.ts";

/**
 * Questions worded the way people ask them, generated over a synthetic store: templates filled
 * with the store's own people, countries, accords and topics, a seeded RNG choosing the fillers
 * and injecting typos. The same store and seed give the same questions on every run and machine.
 *
 * The bench's own generated questions each name a rare made-up entity, which lets retrieval start
 * from a short posting list; people also ask vague, chatty, misspelt questions and questions made
 * only of common words, which is where a large store is slow.
 */
export interface Family {
  name: string;
  /** What the family stands for, one line, for the report. */
  about: string;
  questions: string[];
  /**
   * For follow-ups: the question asked just before each of `questions` (same index), whose answer
   * is the conversation the follow-up is asked in (see `conversationsOf`).
   */
  after?: string[];
}

/** One fact of the synthetic store, read back from its statement. */
interface Claim {
  host: string;
  guest: string;
  country: string;
  verb: string;
  accord: string;
  topic: string;
}

const STATEMENT = /^(\S+ \S+) (\w+) the (\w+) (\w+) accord with (\S+ \S+) and (\w+)\.$/;
const BASE_VERB: Record<string, string> = {
  signed: "sign",
  discussed: "discuss",
  welcomed: "welcome",
  proposed: "propose",
  endorsed: "endorse",
  reviewed: "review",
  launched: "launch",
  criticised: "criticise",
};

/**
 * The shared sample of real questions (shared/eval/questions.dev.jsonl beside the checkout, or in a
 * folder above it): read at run time, never copied into the repository. ATTACHE_SHARED_SAMPLE names
 * another file.
 */
export function sharedSamplePath(): string | undefined {
  const named = process.env.ATTACHE_SHARED_SAMPLE;
  if (named) return existsSync(named) ? named : undefined;
  for (let dir = dirname(import.meta.dirname); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "eval", "questions.dev.jsonl");
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The questions of a JSONL file of `{"q": ...}` lines. */
export function readSample(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/**
 * The families, `perFamily` distinct questions each (fewer where the templates run out, as for the
 * vague ones). `sharedSample` is a JSONL file of `{"q": ...}` lines; its family is left out when
 * the file is absent.
 */
export function questionFamilies(
  dataset: Dataset,
  options: { perFamily?: number; seed?: number; sharedSample?: string } = {},
): Family[] {
  const perFamily = options.perFamily ?? 200;
  const next = random(options.seed ?? 9);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  const claims: Claim[] = [];
  const facts = [...dataset.facts.values()];
  // A sample of the store's facts, spread over the whole store (not only its first articles).
  for (let i = 0; i < Math.min(2_000, facts.length); i++) {
    const match = STATEMENT.exec(pick(facts).statement);
    if (!match) continue;
    const [, host, verb, accord, topic, guest, country] = match;
    claims.push({
      host: host!,
      verb: verb!,
      accord: accord!,
      topic: topic!,
      guest: guest!,
      country: country!,
    });
  }
  if (claims.length === 0) throw new Error("questionFamilies: the store's statements are not synthetic ones");
  const people = [...dataset.entities.values()].filter((e) => e.kind === "person");
  const topics = [...new Set(claims.map((c) => c.topic))];
  const roleOf = (name: string) => {
    const person = people.find((p) => p.name === name);
    return person?.description.replace(/ of .*/, "") ?? "President";
  };

  /** Distinct questions from templates over random claims, until `count` or the templates run dry. */
  const generate = (templates: readonly ((c: Claim) => string)[], count = perFamily): string[] => {
    const out = new Set<string>();
    for (let tries = 0; out.size < count && tries < count * 20; tries++) {
      out.add(pick(templates)(pick(claims)));
    }
    return [...out];
  };
  const last = (name: string) => name.split(" ")[1]!;
  const first = (name: string) => name.split(" ")[0]!;
  const base = (c: Claim) => BASE_VERB[c.verb] ?? c.verb;

  const who = [
    (c: Claim) => `Who ${c.verb} the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `Who did ${c.host} meet?`,
    (c: Claim) => `Who is ${c.guest}?`,
    (c: Claim) => `who is the ${roleOf(c.host).toLowerCase()} of ${c.country}`,
    (c: Claim) => `Who did ${last(c.host)} ${base(c)} the ${c.topic} accord with?`,
    (c: Claim) => `Who ${c.verb} the ${c.topic} accord with ${c.country}?`,
  ];
  const what = [
    (c: Claim) => `What did ${c.host} ${base(c)}?`,
    (c: Claim) => `What did ${last(c.host)} and ${last(c.guest)} discuss?`,
    (c: Claim) => `What is the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `What was ${c.verb} with ${c.country}?`,
    (c: Claim) => `What did ${c.host} do with ${c.guest}?`,
    (c: Claim) => `what accord did ${last(c.host)} ${base(c)} with ${c.country}`,
  ];
  const when = [
    (c: Claim) => `When did ${c.host} meet ${c.guest}?`,
    (c: Claim) => `When was the ${c.accord} ${c.topic} accord ${c.verb}?`,
    (c: Claim) => `when did ${c.country} ${base(c)} the ${c.topic} accord`,
    (c: Claim) => `What date did ${last(c.host)} ${base(c)} the ${c.accord} accord?`,
  ];
  const where = [
    (c: Claim) => `Where did ${c.host} meet ${c.guest}?`,
    (c: Claim) => `Where was the ${c.accord} ${c.topic} accord ${c.verb}?`,
    (c: Claim) => `where did ${last(c.host)} ${base(c)} the ${c.topic} accord`,
    (c: Claim) => `In which country did ${c.host} and ${c.guest} meet?`,
  ];
  const why = [
    (c: Claim) => `Why did ${c.host} ${base(c)} the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `Why did ${last(c.host)} meet ${last(c.guest)}?`,
    (c: Claim) => `why was the ${c.topic} accord ${c.verb} with ${c.country}`,
    (c: Claim) => `What was the reason ${c.country} ${c.verb} the ${c.accord} accord?`,
  ];
  const overview = [
    (c: Claim) => `Tell me about ${c.country}`,
    (c: Claim) => `What do you know about ${c.host}?`,
    (c: Claim) => `Give me an overview of ${c.country}'s ${c.topic} accords`,
    (c: Claim) => `Summarise the meeting between ${last(c.host)} and ${last(c.guest)}`,
    (c: Claim) => `What happened with the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `${c.host}?`,
  ];
  const list = [
    (c: Claim) => `List all accords ${c.host} ${c.verb}`,
    (c: Claim) => `Which accords did ${last(c.host)} ${base(c)}?`,
    (c: Claim) => `all ${c.topic} accords with ${c.country}`,
    (c: Claim) => `Which countries ${c.verb} the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `Name every person ${c.host} met`,
    (c: Claim) => `list the ${c.topic} agreements ${c.country} ${c.verb}`,
  ];
  const chatty = [
    (c: Claim) => `hey, can you tell me who ${c.verb} the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `yo what did ${last(c.host)} ${base(c)} lol`,
    (c: Claim) => `hi! quick question: when did ${c.host} meet ${c.guest}?`,
    (c: Claim) => `I was wondering what the ${c.accord} accord is about, thanks`,
    (c: Claim) => `hello bot, do you know anything abt ${c.country} and ${c.topic}??`,
    (c: Claim) => `@Attaché pls who did ${first(c.host)} ${last(c.host)} meet with`,
    (c: Claim) => `ok so what happened between ${c.country} and ${last(c.guest)}? thx`,
    // Greetings over and over: a regex that tried every split of them once froze the bot.
    (c: Claim) => `${"please, ".repeat(20)}when did ${c.host} meet ${c.guest}?`,
    (c: Claim) => `${"hey, hi, ok so ".repeat(8)}what did ${last(c.host)} ${base(c)}`,
  ];
  const common = [
    "What did the president say about the trade agreement?",
    "Who is the foreign minister?",
    "What was signed at the meeting?",
    "Which countries discussed energy and security?",
    "What did they agree on?",
    "Who met the prime minister?",
    "What did the ambassador discuss?",
    "Which accords were signed with the president?",
    "What did the envoy propose?",
    "Who criticised the climate accord?",
    "What was said about water?",
    "When was the trade accord signed?",
    "Where did the leaders meet?",
    "Why did the minister welcome the accord?",
    "What is the secretary general doing?",
    "Who reviewed the health accord and the customs accord?",
    "What did the two sides launch?",
    "Did the president sign the energy accord?",
    "What happened at the meeting with the foreign minister?",
    "How many accords were signed?",
  ];
  // Mostly finished words, a few chatty forms: combinations of common words over the topics.
  const commonGenerated = generate(
    [
      (c) => `What did the ${roleOf(c.host).toLowerCase()} ${base(c)}?`,
      (c) => `Who ${c.verb} the ${c.topic} accord?`,
      (c) => `Which ${c.topic} accords were ${c.verb}?`,
      (c) => `What was ${c.verb} about ${c.topic} and ${pick(topics)}?`,
      (c) => `who ${c.verb} the ${c.topic} deal with the ${roleOf(c.guest).toLowerCase()}`,
    ],
    perFamily - common.length,
  );
  const vague = [
    "Which countries?",
    "who met?",
    "what was discussed",
    "list all agreements",
    "accords?",
    "who signed",
    "meetings",
    "presidents",
    "when?",
    "why?",
    "what happened",
    "tell me everything",
    "agreements",
    "who",
    "what",
    "news?",
    "latest",
    "any updates?",
    "who is the president",
    "foreign ministers",
    "what was signed",
    "list countries",
    "all accords",
    "who discussed what",
    "summary",
    "overview",
    ...topics.flatMap((t) => [`${t}?`, `${t} accords`, `${t} deals`, `who ${t}`]),
    ...Object.keys(BASE_VERB).flatMap((v) => [`who ${v}`, `what ${v}`]),
  ];

  // A story told over several articles: how it stands now, the whole of it, how it changed.
  const countryOf = (name: string) =>
    people.find((p) => p.name === name)?.description.replace(/^.* of /, "") ?? "";
  const story = [
    (c: Claim) => `what's the latest on the ${c.accord} ${c.topic} accord?`,
    (c: Claim) => `whats the latest on ${c.country} and the ${c.topic} accord`,
    (c: Claim) => `what's the latest on the ${c.topic} talks between ${last(c.host)} and ${last(c.guest)}?`,
    (c: Claim) => `recap the whole ${c.accord} ${c.topic} accord saga from the start`,
    (c: Claim) => `recap the talks between ${last(c.host)} and ${last(c.guest)} from the start`,
    (c: Claim) => `quick recap of the ${c.topic} talks with ${c.country}?`,
    (c: Claim) => `how many ${c.topic} accords did ${c.country} have at first and how many now?`,
    (c: Claim) => `how many accords had ${c.host} ${c.verb} at first, and how many now?`,
    (c: Claim) => `what was the ${c.accord} accord at first and what is it now?`,
    (c: Claim) => `what changed between the ${countryOf(c.host)} and ${countryOf(c.guest)} talks?`,
    (c: Claim) => `what changed between the first and the latest ${last(c.host)}–${last(c.guest)} talks?`,
    (c: Claim) => `is the ${c.accord} ${c.topic} accord still on?`,
  ];
  // A first question and what people ask next about its answer, without naming it again.
  const conversations: ((c: Claim) => [string, string])[] = [
    (c) => [`What did ${c.host} ${base(c)}?`, "what else did he say?"],
    (c) => [`What did ${c.host} say about the ${c.topic} accord?`, "when was that?"],
    (c) => [`Who ${c.verb} the ${c.accord} ${c.topic} accord?`, "when was that?"],
    (c) => [`Who ${c.verb} the ${c.accord} ${c.topic} accord?`, "and the other one?"],
    (c) => [`Who is ${c.guest}?`, "who did she meet?"],
    (c) => [`What did ${last(c.host)} and ${last(c.guest)} discuss?`, "and the other one?"],
    (c) => [`When did ${c.host} meet ${c.guest}?`, "what did they sign?"],
    (c) => [`When did ${c.host} meet ${c.guest}?`, "where?"],
    (c) => [`What is the ${c.accord} ${c.topic} accord?`, "who signed it?"],
    (c) => [`Tell me about ${c.country}`, "what else?"],
    (c) => [`Who did ${c.host} meet?`, "why?"],
    (c) => [`What did ${c.host} ${base(c)} with ${c.country}?`, "and what did they agree on?"],
  ];
  /** Distinct pairs (the same follow-up after different first answers counts again). */
  const followUps = (): { questions: string[]; after: string[] } => {
    const pairs = new Map<string, [string, string]>();
    for (let tries = 0; pairs.size < perFamily && tries < perFamily * 20; tries++) {
      const pair = pick(conversations)(pick(claims));
      pairs.set(pair.join("\u0000"), pair);
    }
    return {
      after: [...pairs.values()].map(([first]) => first),
      questions: [...pairs.values()].map(([, then]) => then),
    };
  };

  const families: Family[] = [
    { name: "who", about: "who did it, who is someone", questions: generate(who) },
    { name: "what", about: "what someone did, what an accord is", questions: generate(what) },
    { name: "when", about: "when something happened", questions: generate(when) },
    {
      name: "where",
      about: "where something happened (the store has no places)",
      questions: generate(where),
    },
    { name: "why", about: "why (the store gives no reasons)", questions: generate(why) },
    { name: "overview", about: "tell me about X, a bare name", questions: generate(overview) },
    { name: "list", about: "list all, which ... (plural)", questions: generate(list) },
    { name: "chatty", about: "greetings, shorthand, @mentions, thanks", questions: generate(chatty) },
    {
      name: "typos",
      about: "who/what/when/where with 1–2 slips per question, names too",
      questions: [...generate([...who, ...what, ...when, ...where])].map((q) => withTypos(q, next)),
    },
    { name: "vague", about: "one- and two-word questions", questions: vague },
    {
      name: "common words",
      about: "no name at all: roles, topics, verbs",
      questions: [...common, ...commonGenerated],
    },
    // Last: their random draws come after the families above, which stay as they were.
    {
      name: "story",
      about: "the latest on, recap from the start, at first and now, what changed between",
      questions: generate(story),
    },
    {
      name: "follow-up",
      about: "asked with the previous answer's context: what else, when was that, the other one",
      ...followUps(),
    },
  ];
  const sample = options.sharedSample ?? sharedSamplePath();
  if (sample) {
    families.push({
      name: "shared sample",
      about: `the real wordings of ${sample}, verbatim`,
      questions: readSample(sample),
    });
  }
  return families;
}

/**
 * The conversation each question of a family is asked in, as a member's question is
 * (src/discord/ask-flow.ts): for a follow-up, the turn of the answer to the question before it,
 * kept when that answer answered or named someone, and passed when the follow-up may refer back.
 * Undefined for a question asked as it stands. Asks the first questions on `engine` (untimed).
 */
export function conversationsOf(engine: Engine, family: Family): (DialogueTurn | undefined)[] {
  return family.questions.map((question, i) => {
    const first = family.after?.[i];
    if (first === undefined || !mayReferBack(question)) return undefined;
    const { answered, turn } = engine.answer(first);
    return turn && (answered || turn.entities.length > 0) ? turn : undefined;
  });
}

const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** A key next to `letter` on a QWERTY keyboard (the slip of a finger). */
function neighbour(letter: string, next: () => number): string {
  for (const row of KEYBOARD_ROWS) {
    const at = row.indexOf(letter);
    if (at < 0) continue;
    const options = [row[at - 1], row[at + 1]].filter((c): c is string => c !== undefined);
    return options[Math.floor(next() * options.length)]!;
  }
  return letter;
}

/**
 * One or two slips people make: two letters swapped, one dropped, one doubled, a neighbouring key,
 * in a word of four letters or more (names included).
 */
export function withTypos(question: string, next: () => number): string {
  const words = question.split(" ");
  const slips = next() < 0.6 ? 1 : 2;
  for (let s = 0; s < slips; s++) {
    const candidates = words.map((w, i) => (/^[A-Za-z]{4,}/.test(w) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) break;
    const i = candidates[Math.floor(next() * candidates.length)]!;
    const word = words[i]!;
    const at = 1 + Math.floor(next() * (word.replace(/[^A-Za-z]+$/, "").length - 2));
    const kind = Math.floor(next() * 4);
    words[i] =
      kind === 0
        ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
        : kind === 1
          ? word.slice(0, at) + word.slice(at + 1)
          : kind === 2
            ? word.slice(0, at) + word[at]! + word.slice(at)
            : word.slice(0, at) + neighbour(word[at]!.toLowerCase(), next) + word.slice(at + 1);
  }
  return words.join(" ");
}
