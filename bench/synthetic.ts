import { nameMaker, random } from "../src/engine/made-up.ts";
import type { Dataset, Entity, Event, Fact, Source } from "../src/engine/schema.ts";

export { random };

const SYLLABLES =
  "ka ro ven tal mir sun dor lek va ni sho bar tem ul qes zan fi got rei mal pon tra ske lor".split(" ");
const VERBS = [
  ["signed", "sign"],
  ["discussed", "discuss"],
  ["welcomed", "welcome"],
  ["proposed", "propose"],
  ["endorsed", "endorse"],
  ["reviewed", "review"],
  ["launched", "launch"],
  ["criticised", "criticise"],
] as const;
const TOPICS = [
  "trade",
  "energy",
  "water",
  "climate",
  "security",
  "transport",
  "health",
  "fisheries",
  "customs",
  "tourism",
];
const ROLES = ["Foreign Minister", "President", "Prime Minister", "Ambassador", "Secretary General", "Envoy"];

/**
 * A deterministic store of `factCount` facts about made-up countries, people and accords,
 * shaped like curated data: each source has one event and ten facts with quotes from its text.
 */
export function syntheticDataset(factCount: number, seed = 42): { dataset: Dataset; questions: string[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** A fresh pronounceable name; collisions grow it by a syllable, so any store size terminates. */
  const name = nameMaker(next, SYLLABLES);

  const dataset: Dataset = { sources: new Map(), entities: new Map(), events: new Map(), facts: new Map() };
  const countries: Entity[] = [];
  const people: Entity[] = [];
  const entityCount = Math.max(20, Math.floor(factCount / 8));
  for (let i = 0; i < entityCount; i++) {
    const country: Entity = {
      id: `country-${i}`,
      kind: "country",
      name: name(3),
      description: "A made-up country",
      aliases: [],
    };
    countries.push(country);
    dataset.entities.set(country.id, country);
    const role = pick(ROLES);
    const person: Entity = {
      id: `person-${i}`,
      kind: "person",
      name: `${name(2)} ${name(3)}`,
      description: `${role} of ${country.name}`,
      aliases: [],
    };
    people.push(person);
    dataset.entities.set(person.id, person);
  }

  // Vocabulary grows slower than the text (Heaps' law): accords recur across articles.
  const accords = Array.from({ length: Math.max(50, Math.floor(factCount / 4)) }, () => name(2));
  const questions: string[] = [];
  const sourceCount = Math.ceil(factCount / 10);
  for (let s = 0; s < sourceCount && dataset.facts.size < factCount; s++) {
    const date = `20${10 + (s % 15)}-${String(1 + (s % 12)).padStart(2, "0")}-${String(1 + (s % 28)).padStart(2, "0")}`;
    const host = people[Math.floor(next() * people.length)]!;
    const guest = people[Math.floor(next() * people.length)]!;
    const sentences: string[] = [];
    const facts: Fact[] = [];
    for (let f = 0; f < 10 && dataset.facts.size + facts.length < factCount; f++) {
      const [verb, base] = pick(VERBS);
      const topic = pick(TOPICS);
      const accord = `${pick(accords)} ${topic} accord`;
      const country = pick(countries);
      const sentence = `${host.name} ${verb} the ${accord} with ${guest.name} and ${country.name}.`;
      sentences.push(sentence);
      facts.push({
        id: `fact-${s}-${f}`,
        statement: sentence,
        entities: [host.id, guest.id, country.id],
        event: `event-${s}`,
        source: `source-${s}`,
        quote: sentence,
        keywords: [topic],
        questions: [`What did ${host.name.split(" ")[1]} ${base}?`.slice(0, 100)],
      });
      if (questions.length < 2_000) {
        questions.push(`What did ${host.name} ${base} with ${guest.name}?`);
        questions.push(`who ${verb} the ${accord.toLowerCase()}`);
      }
    }
    const source: Source & { text: string } = {
      id: `source-${s}`,
      outlet: `${name(2)} Times`,
      title: `${host.name} meets ${guest.name}`,
      date,
      textFile: "article.txt",
      text: sentences.join(" "),
    };
    const event: Event = {
      id: `event-${s}`,
      title: `${host.name} meets ${guest.name}`,
      date,
      participants: [{ entity: host.id }, { entity: guest.id }],
      summary: sentences.join(" "),
      topics: [],
      source: source.id,
    };
    dataset.sources.set(source.id, source);
    dataset.events.set(event.id, event);
    for (const fact of facts) dataset.facts.set(fact.id, fact);
  }
  // Questions the store cannot answer, so refusal speed is measured too.
  for (let i = 0; i < 200; i++) questions.push(`Who chairs the ${name(3)} council on ${pick(TOPICS)}?`);
  return { dataset, questions };
}
