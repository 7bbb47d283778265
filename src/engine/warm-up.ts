import { type AnswerOptions, answerQuestion } from "./answer.ts";
import { KnowledgeBase } from "./knowledge.ts";
import { MONTHS } from "./language/time.ts";
import { nameMaker, random } from "./made-up.ts";
import type { Dataset, DialogueTurn, Entity, Event, Fact, Source } from "./schema.ts";

/**
 * Answering's code run once before the first member's question. A process's first questions cost
 * more than their repeats partly because the code has never run: functions compiled on first
 * call, inline caches empty, expressions compiled on first use (about half a first call's excess
 * in session 15's measurements). So at start-up, questions of every common shape are answered on a
 * small store of made-up data generated here, private to the warm-up: its results are thrown
 * away, and the real store is never read nor written. What the process keeps from it is only what
 * is shared by every store and does not depend on one (the word table, stem numbers, WordNet's
 * and the stemmer's memo of words): answers are the same with or without it
 * (`test/warm-up.test.ts`).
 */

const SYLLABLES = "bo ran tel vi sa mor ken du la pri go zel na ur fe tos ga lin".split(" ");
const TOPICS = ["trade", "energy", "water", "health", "security", "transport"];
const ROLES = ["President", "Foreign Minister", "Prime Minister", "Ambassador"];

/** The private store: a few made-up countries, people, bodies and meetings over a few articles. */
export function warmUpDataset(): Dataset {
  const next = random(16);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const word = nameMaker(next, SYLLABLES);
  const dataset: Dataset = { sources: new Map(), entities: new Map(), events: new Map(), facts: new Map() };
  const add = (entity: Entity) => {
    dataset.entities.set(entity.id, entity);
    return entity;
  };
  const countries = Array.from({ length: 4 }, (_, i) =>
    add({ id: `country-${i}`, kind: "country", name: word(3), description: "A country", aliases: [] }),
  );
  const people = countries.flatMap((country, i) =>
    [0, 1].map((j) => {
      const role = ROLES[(i + j * 2) % ROLES.length]!;
      return add({
        id: `person-${i}-${j}`,
        kind: "person",
        name: `${word(2)} ${word(3)}`,
        description: `${role} of ${country.name}`,
        aliases: [],
      });
    }),
  );
  const field = pick(TOPICS);
  const bodyName = `${word(2)} Council for ${field[0]!.toUpperCase()}${field.slice(1)} Cooperation`;
  const abbreviation = bodyName
    .split(" ")
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  const body = add({
    id: "body",
    kind: "organization",
    name: bodyName,
    description: `An intergovernmental body of ${countries.length} countries`,
    aliases: [abbreviation],
  });
  const place = add({ id: "place", kind: "place", name: word(3), description: "A city", aliases: [] });
  const accord = `${word(2)} ${pick(TOPICS)} agreement`;

  // Meetings of one story over several articles: who met whom, where, what was said, signed,
  // pledged, planned; a handover of the body's chair; a figure that changes between articles.
  for (let m = 0; m < 4; m++) {
    const host = people[(m * 2) % people.length]!;
    const guest = people[(m * 2 + 3) % people.length]!;
    const hostCountry = countries[Math.floor((m * 2) / 2) % countries.length]!;
    const guestCountry = countries[Math.floor((m * 2 + 3) / 2) % countries.length]!;
    const topic = TOPICS[m % TOPICS.length]!;
    const month = 3 + m * 2;
    const date = `2025-${String(month).padStart(2, "0")}-${String(10 + m).padStart(2, "0")}`;
    const day = `${10 + m} ${MONTHS[month - 1]} 2025`;
    const city = m % 2 === 0 ? place.name : hostCountry.name;
    const outlet = `${word(2)} Herald`;
    const id = `meeting-${m}`;
    const stations = 3 + m * 2;
    const sentences = [
      `On ${day} ${host.name}, ${host.description}, met ${guest.name}, ${guest.description}, in ${city}.`,
      `The two sides discussed ${topic} and ${TOPICS[(m + 1) % TOPICS.length]} cooperation.`,
      `${host.name.split(" ")[1]} signed the ${accord} with ${guest.name.split(" ")[1]}.`,
      `"We are ready to work together," ${host.name.split(" ")[1]} said, calling the talks constructive.`,
      `${guestCountry.name} will contribute ${2 + m} million euros to the ${abbreviation} fund, more than any other member.`,
      `The agreement plans ${stations} monitoring stations along the border.`,
      `${guest.name.split(" ")[1]} did not sign the customs protocol because talks on it had not ended.`,
      `${hostCountry.name} took over the chair of the ${abbreviation} from ${guestCountry.name} in ${2020 + m}.`,
      `The next round of talks will be held in ${city} in ${MONTHS[(month + 2) % 12]} 2025.`,
    ];
    const source: Source & { text: string } = {
      id: `source-${m}`,
      outlet,
      title: `${host.name.split(" ")[1]} and ${guest.name.split(" ")[1]} meet in ${city}`,
      date,
      textFile: "article.txt",
      text: sentences.join(" "),
    };
    dataset.sources.set(source.id, source);
    const event: Event = {
      id,
      title: `${host.name} meets ${guest.name} in ${city}`,
      date,
      place: city,
      participants: [
        { entity: host.id, role: "host" },
        { entity: guest.id, role: "guest" },
      ],
      summary: sentences.slice(0, 3).join(" "),
      topics: [topic, "cooperation"],
      source: source.id,
    };
    dataset.events.set(id, event);
    const about: string[][] = [
      [host.id, guest.id, hostCountry.id, guestCountry.id],
      [host.id, guest.id],
      [host.id, guest.id],
      [host.id],
      [guestCountry.id, body.id],
      [hostCountry.id, guestCountry.id],
      [guest.id],
      [hostCountry.id, body.id, guestCountry.id],
      [host.id, guest.id],
    ];
    sentences.forEach((statement, f) => {
      const fact: Fact = {
        id: `${id}-fact-${f}`,
        statement,
        entities: about[f]!,
        event: id,
        source: source.id,
        quote: statement,
        keywords: f === 1 ? [topic] : [],
        questions: [],
        ...(f === 8 ? {} : { date }),
      };
      dataset.facts.set(fact.id, fact);
    });
    // Profiles: each person's role as a fact of its own.
    for (const person of [host, guest]) {
      const fact: Fact = {
        id: `${id}-profile-${person.id}`,
        statement: `${person.name} is the ${person.description}.`,
        entities: [person.id],
        event: id,
        source: source.id,
        quote: `${person.name}, ${person.description}`,
        keywords: [],
        questions: [],
      };
      dataset.facts.set(fact.id, fact);
    }
  }
  return dataset;
}

/** A question, and the one before it in its conversation (a follow-up is asked after its answer). */
export interface WarmUpQuestion {
  question: string;
  after?: string;
}

/**
 * Questions of the shapes members ask (see "What you can ask" in the README), over the private
 * store's own names: who, what, when, where, why, how many, profiles, overviews, lists, stories,
 * outlets, vague and chatty wordings, typos, and follow-ups after a first question.
 */
export function warmUpQuestions(dataset: Dataset): WarmUpQuestion[] {
  const people = [...dataset.entities.values()].filter((e) => e.kind === "person");
  const countries = [...dataset.entities.values()].filter((e) => e.kind === "country");
  const body = [...dataset.entities.values()].find((e) => e.kind === "organization")!;
  const place = [...dataset.entities.values()].find((e) => e.kind === "place")!;
  const [event] = [...dataset.events.values()];
  const [source] = [...dataset.sources.values()];
  const [a, , , b] = people;
  const [x, y] = countries;
  const last = (e: Entity) => e.name.split(" ").at(-1)!;
  const role = (e: Entity) => e.description.replace(/ of .*/, "").toLowerCase();
  const topic = event!.topics[0]!;
  const accord = [...dataset.facts.values()]
    .map((f) => /the (\w+ \w+ agreement)/.exec(f.statement)?.[1])
    .find((found) => found !== undefined)!;
  const month = MONTHS[Number(event!.date.slice(5, 7)) - 1]!;
  const slip = (text: string) => `${text.slice(0, 2)}${text[3]}${text[2]}${text.slice(4)}`;
  const plain: string[] = [
    `Who is ${a!.name}?`,
    `who is the ${role(b!)} of ${y!.name}`,
    `Who did ${last(a!)} meet?`,
    `Who signed the ${accord}?`,
    `When did ${a!.name} meet ${b!.name}?`,
    `Where did ${last(a!)} and ${last(b!)} meet?`,
    `What did ${last(a!)} and ${last(b!)} discuss?`,
    `What did ${last(a!)} say about the talks?`,
    `Why did ${last(b!)} not sign the customs protocol?`,
    `How much will ${y!.name} contribute to the fund?`,
    `which country pays the most into the ${body.aliases[0]} fund?`,
    `Who chairs the ${body.aliases[0]}?`,
    `who held the chair of the ${body.name} before ${x!.name}?`,
    `What does ${body.aliases[0]} stand for?`,
    `What happened at the meeting in ${place.name}?`,
    `What happened on ${Number(event!.date.slice(8))} ${month} ${event!.date.slice(0, 4)}?`,
    `Tell me about ${x!.name}`,
    `${a!.name}?`,
    `List all agreements ${last(a!)} signed`,
    `Which countries discussed ${topic}?`,
    `who took part in the talks in ${place.name}?`,
    `Which outlet reported the talks between ${last(a!)} and ${last(b!)}?`,
    `According to the ${source!.outlet}, what did ${last(a!)} say?`,
    `who was quoted in the article?`,
    `what's the latest on the ${accord}?`,
    `recap the ${topic} talks from the start`,
    `how many stations were planned at first and how many now?`,
    `is the ${accord} still on?`,
    `what changed between the first and the latest talks?`,
    `When will the next round of talks be held?`,
    `how long has the ${body.aliases[0]} existed?`,
    `Did ${last(b!)} sign the customs protocol?`,
    `What did the president say about the ${topic} agreement?`,
    `Who met the foreign minister?`,
    `Which agreements were signed?`,
    `who signed?`,
    `${topic}?`,
    `meetings`,
    `hey, can you tell me who ${last(a!)} met? thx`,
    `yo what did ${last(b!)} sign lol`,
    `${slip("When")} did ${slip(last(a!))} meet ${last(b!)}?`,
    `Who ${slip("signed")} the ${slip(accord)}?`,
    `What is the capital of ${x!.name}?`,
  ];
  const followUps: [string, string][] = [
    [`What did ${a!.name} say?`, "what else did he say?"],
    [`Who signed the ${accord}?`, "when was that?"],
    [`Who signed the ${accord}?`, "and the other one?"],
    [`Who is ${b!.name}?`, "who did she meet?"],
    [`When did ${a!.name} meet ${b!.name}?`, "where?"],
    [`What is the ${accord}?`, "who signed it?"],
    [`Tell me about ${x!.name}`, "what else?"],
    [`Who did ${a!.name} meet?`, "why?"],
    [`What happened at the meeting in ${place.name}?`, "and the next one?"],
  ];
  return [
    ...plain.map((question) => ({ question })),
    ...followUps.map(([after, question]) => ({ question, after })),
  ];
}

/** The process's warm-up: under way, done (code is compiled once per process), or not started. */
let underWay: AnsweringWarmUp | undefined;
let warmedUp = false;

/** Whether this process's warm-up is done. */
export function answeringCodeWarmed(): boolean {
  return warmedUp;
}

/**
 * Goes on with the process's warm-up for about `ms` (at least one question), or to the end
 * without `ms`; true once it is done. The first call makes the private store.
 */
export function warmAnsweringCode(ms?: number): boolean {
  if (warmedUp) return true;
  try {
    underWay ??= new AnsweringWarmUp();
    if (ms === undefined) underWay.complete();
    else if (!underWay.runFor(ms)) return false;
  } catch {
    // Only a speed-up: a question of its own that fails must not stop the bot starting (the same
    // question from a member would get the bot's usual error reply).
  }
  warmedUp = true;
  underWay = undefined;
  return true;
}

/**
 * A warm-up: the private store and its questions, answered a few at a time (`runFor`) so that a
 * member's question that comes meanwhile waits for one of them, not all.
 */
export class AnsweringWarmUp {
  private readonly kb: KnowledgeBase;
  private readonly questions: WarmUpQuestion[];
  private next = 0;

  constructor() {
    const dataset = warmUpDataset();
    this.kb = KnowledgeBase.fromDataset(dataset);
    this.questions = warmUpQuestions(dataset);
  }

  get done(): boolean {
    return this.next >= this.questions.length;
  }

  /** Answers questions for about `ms` (at least one); true once every one is answered. */
  runFor(ms: number): boolean {
    const until = performance.now() + ms;
    do {
      if (this.done) return true;
      this.ask(this.questions[this.next++]!);
    } while (performance.now() < until);
    return this.done;
  }

  /** Answers the rest now. */
  complete(): void {
    while (!this.done) this.ask(this.questions[this.next++]!);
  }

  private ask({ question, after }: WarmUpQuestion): void {
    let options: AnswerOptions = {};
    if (after !== undefined) {
      const previous: DialogueTurn | undefined = answerQuestion(after, this.kb).turn;
      if (previous) options = { previous };
    }
    answerQuestion(question, this.kb, options);
  }
}
