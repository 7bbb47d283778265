/**
 * Follow-up questions, at the engine: a question that leans on the one before ("what else did he
 * say?", "when was that?", "and the other one?") is read against the previous turn, and the answer
 * says how it was read. Without a previous turn such a question gets a hint, never a guess.
 *
 * Most is asked of the seed article alone (the names expected are read from its data files); the
 * rest of the made-up articles that show a case the seed cannot.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveContext, topicOf } from "../src/engine/context.ts";
import type { Engine } from "../src/engine/engine.ts";
import { agrees, genderOf } from "../src/engine/gender.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { AnswerResult, type DialogueTurn, type Entity, type Event, type Fact } from "../src/engine/schema.ts";
import { understand } from "../src/engine/understand.ts";
import {
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  EIGHTH_EVENT_DIR,
  ELEVENTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FIFTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
  FOURTH_EVENT_DIR,
  NINETEENTH_EVENT_DIR,
  NINTH_EVENT_DIR,
  SECOND_EVENT_DIR,
  SEED_DIR,
  SEVENTEENTH_EVENT_DIR,
  SEVENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
  SIXTH_EVENT_DIR,
  TENTH_EVENT_DIR,
  THIRD_EVENT_DIR,
  THIRTEENTH_EVENT_DIR,
  TWELFTH_EVENT_DIR,
} from "./support/engines.ts";

const engine = engineFrom(SEED_DIR);

function seed<T>(file: string): T[] {
  return JSON.parse(readFileSync(join(SEED_DIR, file), "utf8")) as T[];
}
const entities = seed<Entity>("entities.json");
const events = seed<Event>("events.json");
const facts = seed<Fact>("facts.json");

function entity(id: string): Entity {
  const found = entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in the seed data`);
  return found;
}
function fact(id: string): Fact {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id} in the seed data`);
  return found;
}

/** The seed's one meeting, its host (first participant) and its visitor. */
const meeting = events[0]!;
const [host, visitor] = meeting.participants.map((p) => entity(p.entity)) as [Entity, Entity];
const people = entities.filter((e) => e.kind === "person");
/** "17 April 2024", as a reader on either side of the Atlantic reads it. */
const meetingDate = new Date(`${meeting.date}T00:00:00Z`).toLocaleDateString("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** One question of a conversation: the result is checked against the schema before any test sees it. */
function ask(question: string, previous?: DialogueTurn): AnswerResult {
  const result = engine.answer(question, undefined, previous ? { previous } : {});
  return AnswerResult.parse(result);
}

/** A conversation, as an adapter keeps it: each answer's turn is the next question's context. */
function conversation(...questions: string[]): AnswerResult[] {
  const results: AnswerResult[] = [];
  let previous: DialogueTurn | undefined;
  for (const question of questions) {
    const result = ask(question, previous);
    results.push(result);
    if (result.turn) previous = result.turn;
  }
  return results;
}

/** Engines over the seed and one or more made-up articles, built once for the file. */
const withFifth = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));
const withSixth = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
const withThirdAndFourth = engineFrom(combinedDataDir(THIRD_EVENT_DIR, FOURTH_EVENT_DIR));
const withSeventh = engineFrom(combinedDataDir(SEVENTH_EVENT_DIR));
const withSecond = engineFrom(combinedDataDir(SECOND_EVENT_DIR));

/** A question, then a follow-up read against its turn. */
function followUp(store: Engine, question: string, next: string): AnswerResult {
  const first = store.answer(question);
  return AnswerResult.parse(store.answer(next, undefined, first.turn ? { previous: first.turn } : {}));
}

function turnOf(result: AnswerResult): DialogueTurn {
  if (!result.turn) throw new Error(`expected a turn on ${JSON.stringify(result).slice(0, 300)}`);
  return result.turn;
}

const factIds = (result: AnswerResult) => result.facts.map((f) => f.id);

describe('A follow-up with "he" is about the person just discussed, and says so', () => {
  it('reads "he" as the person the previous question asked about', () => {
    const [first, followUp] = conversation("Who is Kairat Sarybay?", "What did he say about COP29?");
    expect(first?.answered).toBe(true);

    expect(followUp?.answered).toBe(true);
    expect(followUp?.reading).toBe(`Taking "he" as ${visitor.name}`);
    // The reading comes first, so a wrong guess is visible before the answer.
    expect(followUp?.answer.startsWith(`Taking "he" as ${visitor.name}.\n`)).toBe(true);
    const cop29Remark = fact("sarybay-congratulated-cop29-hosting");
    expect(followUp?.answer).toContain(cop29Remark.statement);
    expect(factIds(followUp!)).toContain(cop29Remark.id);
    for (const id of factIds(followUp!)) expect(fact(id).entities, id).toContain(visitor.id);
    // The next question sees the rewritten question, not the pronoun.
    expect(turnOf(followUp!).question).toBe(`What did ${visitor.name} say about COP29?`);
  });

  it('reads "he" as the person the previous answer gave, not the one its question named', () => {
    const [first, followUp] = conversation("Who did Aliyev receive?", "What did he say about COP29?");
    expect(first?.answer.startsWith(visitor.name)).toBe(true);
    expect(followUp?.reading).toBe(`Taking "he" as ${visitor.name}`);
    expect(followUp?.answered).toBe(true);
    for (const cited of followUp?.facts ?? []) expect(fact(cited.id).entities).toContain(visitor.id);
  });

  it('reads "his" as the person\'s, in the question it asks again', () => {
    const [, followUp] = conversation("Who did Aliyev receive?", "What is his title?");
    expect(followUp?.reading).toBe(`Taking "his" as ${visitor.name}`);
    expect(turnOf(followUp!).question).toBe(`What is ${visitor.name}'s title?`);
    expect(followUp?.answered).toBe(true);
    expect(followUp?.answer).toContain(visitor.description);
  });

  it("leaves a question alone when it names its own person", () => {
    const question = "What did Aliyev say when he met Sarybay?";
    const [, standalone] = conversation("Who is Kairat Sarybay?", question);
    expect(standalone?.reading).toBeUndefined();
    expect(standalone?.answer).not.toMatch(/^Taking|^Reading it as/);
    expect(turnOf(standalone!).question).toBe(question);
    // Asked with no conversation at all, it is answered the same way.
    expect(ask(question).answer).toBe(standalone?.answer);
  });
});

describe('"What else…?" gives what has not been said yet', () => {
  it("answers with other facts about the same person, none of them already cited", () => {
    const [first, more] = conversation("What did Sarybay say about COP29?", "what else did he say?");
    const alreadyCited = new Set(factIds(first!));
    expect(alreadyCited.size).toBeGreaterThan(0);

    expect(more?.answered).toBe(true);
    expect(more?.reading).toBe(`Taking "he" as ${visitor.name}`);
    expect(more?.facts.length).toBeGreaterThan(0);
    for (const id of factIds(more!)) {
      expect(alreadyCited.has(id), `${id} was already cited`).toBe(false);
      expect(fact(id).entities, `${id} is about ${visitor.name}`).toContain(visitor.id);
    }
    // Every fact it cites is shown in the answer.
    for (const cited of more?.facts ?? []) expect(more?.answer).toContain(cited.statement);
  });

  it('"anything else?" after that leaves out what the previous answer said', () => {
    const [, more, evenMore] = conversation(
      "What did Sarybay say about COP29?",
      "what else did he say?",
      "anything else?",
    );
    expect(evenMore?.reading).toMatch(/leaving out what I already said$/);
    // All Sarybay is reported saying was in the list before: nothing more of his to give, and
    // "Ilham Aliyev thanked Sarybay for the congratulations" is Aliyev's saying, not his.
    expect(evenMore?.answer).not.toMatch(/thanked Sarybay/);
    const justSaid = new Set(factIds(more!));
    for (const id of factIds(evenMore!)) expect(justSaid.has(id), `${id} was just said`).toBe(false);
  });
});

describe('"When was that?" after an answer from the meeting gives the meeting\'s date', () => {
  it("answers with the date of the meeting the previous answer came from", () => {
    const [first, when] = conversation("What did Sarybay say about COP29?", "when was that?");
    expect(fact(first!.facts[0]!.id).event).toBe(meeting.id);

    expect(when?.answered).toBe(true);
    expect(when?.reading).toBe(`Taking "that" as ${meeting.title}`);
    expect(when?.answer).toContain(meetingDate);
    expect(when?.facts.length).toBeGreaterThan(0);
    for (const cited of when?.facts ?? []) expect(fact(cited.id).event).toBe(meeting.id);
  });

  it('"who was there?" names everyone who took part', () => {
    const [, who] = conversation("What did Sarybay say about COP29?", "who was there?");
    expect(who?.answered).toBe(true);
    expect(who?.reading).toBe(`Taking "there" as ${meeting.title}`);
    for (const participant of [host, visitor]) expect(who?.answer).toContain(participant.name);
  });

  it('"where was it?" says the sources do not say, rather than guessing a place', () => {
    expect(meeting.place).toBeUndefined();
    const [, where] = conversation("What did Sarybay say about COP29?", "where was it?");
    expect(where?.answered).toBe(false);
    expect(where?.answer).toContain("don't say where");
  });
});

describe('"And the other one?" asks the same question about the other person', () => {
  it("re-asks the previous question about the other person, and answers only what is true of them", () => {
    const [first, other] = conversation("Who did Aliyev receive?", "and the other one?");
    expect(first?.answer.startsWith(visitor.name)).toBe(true);

    expect(other?.reading).toBe(`Taking "the other one" as ${visitor.name}`);
    expect(other?.answer.startsWith(`Taking "the other one" as ${visitor.name}.\n`)).toBe(true);
    expect(turnOf(other!).question).toBe(`Who did ${visitor.name} receive?`);
    // The seed says whom Aliyev received, not whom Sarybay received: no answer from Aliyev's side.
    expect(other?.answered).toBe(false);
    expect(factIds(other!)).not.toContain("aliyev-received-sarybay");
    expect(other?.suggestions.length).toBeGreaterThan(0);
  });

  it("after a profile, takes the other one from the meeting the person took part in", () => {
    const [, other] = conversation(`Who is ${host.name}?`, "and the other one?");
    expect(other?.reading).toBe(`Taking "the other one" as ${visitor.name}`);
    expect(other?.answer).toContain(visitor.description);
  });

  it("takes the other one at the meeting as the other one: where they met adds no one", () => {
    const [, other] = conversation(`Who is ${host.name}?`, "and the other one at the meeting?");
    expect(other?.reading).toBe(`Taking "the other one" as ${visitor.name}`);
    expect(other?.answer).toContain(visitor.description);
  });

  it('"and Ghana and Japan?" asks the previous question about both, each in the place of one named before', () => {
    const next = followUp(
      withThirdAndFourth,
      "when were diplomatic relations between mongolia and chile established?",
      "and ghana and japan?",
    );
    expect(next.reading).toBe(
      'Reading it as "when were diplomatic relations between Ghana and Japan established?"',
    );
    expect(next.answer).toMatch(/1957/);
  });

  it('"and Sarybay?" asks the previous question about the one it names', () => {
    const [, profile] = conversation("Who is Aliyev?", "and Sarybay?");
    expect(profile?.reading).toBe(`Reading it as "Who is ${visitor.name}?"`);
    expect(profile?.answered).toBe(true);
    expect(profile?.answer).toContain(visitor.description);
    expect(profile?.answer).not.toContain(host.description);
  });
});

describe('"And <person>?" after a question about a body asks about the person', () => {
  it("does not put the person in the body's place ('the secretary general of Aliyev')", () => {
    const [, next] = conversation("who is the secretary general of cica?", "and what about aliyev?");
    expect(next?.answered).toBe(true);
    expect(next?.answer).toContain(`${host.name}: ${host.description}.`);
    expect(next?.answer).not.toMatch(/secretary general of Ilham/i);
  });
});

describe('"And <person>?" after "what did X say about Y?" is what the other one said', () => {
  it("drops what the saying was about when the newly named one said nothing of it", () => {
    const next = followUp(
      engineFrom(combinedDataDir(EIGHTH_EVENT_DIR)),
      "what did ozolins say about the truck toll?",
      "and kalnina?",
    );
    expect(next.reading).toBe('Reading it as "what did Inese Kalniņa say?"');
    expect(next.answer).toMatch(/ambulance/);
    expect(next.answer).not.toMatch(/tear up a contract/);
  });

  it("drops the town the saying was set in, as it drops a meeting, when she said nothing there", () => {
    const next = followUp(
      engineFrom(combinedDataDir(EIGHTH_EVENT_DIR)),
      "what did ozolins say in riga?",
      "and kalnina?",
    );
    expect(next.reading).toBe('Reading it as "what did Inese Kalniņa say?"');
    expect(next.answer).toMatch(/ambulance/);
  });
});

describe('"Which city?" re-asked stays on what was being discussed', () => {
  it("does not answer with another article's city when the accord's talks name only a country", () => {
    const next = followUp(
      engineFrom(combinedDataDir(SECOND_EVENT_DIR, FOURTH_EVENT_DIR)),
      "where is the next round of accord talks?",
      "what city?",
    );
    expect(next.reading).toBe('Reading it as "what city: where is the next round of accord talks?"');
    expect(next.answered).toBe(false);
    expect(next.answer).not.toMatch(/Tokyo/);
  });
});

describe('"And the other minister who was quoted?" is someone else quoted at the same meeting', () => {
  it("gives another minister's words from that meeting, not the same one's nor another article's", () => {
    const next = followUp(
      engineFrom(combinedDataDir(EIGHTH_EVENT_DIR)),
      "what did ozolins say about the contract?",
      "and the other minister who was quoted?",
    );
    expect(next.reading).toMatch(/^Taking it as the others at .+, not Kārlis Ozoliņš$/);
    expect(next.answer).toContain("Inese Kalniņa, said");
    expect(next.answer).not.toMatch(/tear up a contract/);
    // Quoted in another article: not "the other" of this conversation.
    expect(next.answer).not.toMatch(/Sarr/);
  });
});

describe('"There" in a question about what is to come is the meeting to come', () => {
  it("reads 'there' as the next consultations the answer named, not the series nor a minister", () => {
    const next = followUp(
      engineFrom(combinedDataDir(EIGHTH_EVENT_DIR)),
      "where are the next lithuanian-latvian consultations going to take place?",
      "what are they going to do there?",
    );
    expect(next.reading).toBe(
      'Taking "there" as Lithuanian–Latvian intergovernmental consultations, Riga, October 2027',
    );
    expect(next.answer).toMatch(/toll question again/);
  });
});

describe('A bare "when?" after a question about a past meeting is that meeting\'s date', () => {
  it("gives the talks' date when the question asked again with 'when' finds nothing", () => {
    const next = followUp(withFifth, "where were the talks on the waterway toll held?", "so when?");
    expect(next.reading).toMatch(/^(?:Taking it as|Reading it as) .*talks/);
    expect(next.answer).toMatch(/12 May 2025/);
  });

  it("but not for 'until when?', which asks for an end", () => {
    const next = followUp(withFifth, "where were the talks on the waterway toll held?", "until when?");
    expect(next.answer).not.toMatch(/12 May 2025/);
  });

  it("nor after a question about what someone announced: the meeting's place is not where that is", () => {
    const kb = withSixth.knowledge();
    const announced = withSixth.answer("what did gambia announce?").turn;
    expect(announced?.event).toBeDefined();
    const readings = resolveContext(understand("and where?", kb), announced, kb);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.some((r) => r.kind === "read" && r.event !== undefined)).toBe(false);
  });
});

describe('"Have they signed anything else?" asks what else they signed', () => {
  it("names the other thing they signed, not a yes-or-no about what they did not sign", () => {
    const next = followUp(
      withThirdAndFourth,
      "which memorandum did ghana and japan sign?",
      "have they signed anything else?",
    );
    expect(next.reading).toBe('Taking "they" as Ghana and Japan');
    expect(next.answer).toMatch(/exchange of notes/);
    expect(next.answer).not.toMatch(/did not sign/);
  });
});

describe('"Anything more on it?" is more about the thing, not only more answers to the last question', () => {
  it("gives other facts about the border post, without the cost just given", () => {
    const next = followUp(
      withSeventh,
      "how much will the paso canoas border post cost?",
      "anything more on it?",
    );
    expect(next.reading).toBe(
      'Taking "it" as Paso Canoas Integrated Border Post, leaving out what I already said',
    );
    expect(next.answered).toBe(true);
    expect(next.answer).toMatch(/single building/);
    expect(next.answer).not.toMatch(/62 million/);
  });
});

describe('"What about the president?" asks the previous question of the one in that role', () => {
  it("puts the role in the place of the last person named, not a list of every president", () => {
    const first = withThirdAndFourth.answer("where did asakawa hold talks with mensah-boateng?");
    // What is weighed first for the reading, however sure the refitted model is of it.
    const next = withThirdAndFourth.answer("what about the president?", undefined, {
      previous: turnOf(first),
      shift: -1,
    });
    expect(next.reading).toBe('Reading it as "where did asakawa hold talks with the president?"');
    expect(next.answer).toMatch(/Jubilee House/);
    expect(next.answer).not.toMatch(/Ganbold Dorj/);
  });
});

describe('"Were they" after a question about the talks is the talks, not their people', () => {
  it("answers 'where were they held?' with the meeting's own place, not the next round's", () => {
    const next = followUp(
      withThirdAndFourth,
      "which outlet covered the ghana japan talks?",
      "where were they held?",
    );
    expect(next.reading).toBe('Taking "they" as Ghanaian and Japanese foreign ministers hold talks in Accra');
    expect(next.answer).toMatch(/Accra/);
    expect(next.answer).not.toMatch(/Tokyo/);
  });
});

describe('"It" is the thing the previous question asked about, before what its answer brought up', () => {
  it("reads 'it' as the panel just asked about, not the agreement its answer cites", () => {
    const next = followUp(withFifth, "What will the technical panel do?", "when is it due to report?");
    expect(next.reading).toMatch(/"it" as PPWC technical panel/);
    expect(next.answer).toContain("30 September 2025");
  });
});

describe('"That country" is the country just discussed, the one the answer gave', () => {
  it('reads "that country" as the country that answered "which country hosts COP29?"', () => {
    const [first, next] = conversation("Which country hosts COP29?", "who leads that country?");
    expect(first?.answer).toContain("Azerbaijan");
    expect(next?.reading).toBe('Taking "that country" as Azerbaijan');
    expect(next?.answered).toBe(true);
    expect(next?.answer).toContain(host.name);
  });
});

describe('"And the two countries?" asks the previous question of the other countries, together', () => {
  it("asks what the donor was asked of the two countries its answer named beside it", () => {
    const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const result = followUp(
      tenth,
      "how much will Switzerland contribute to the glacial lake warning system?",
      "what about both countries?",
    );
    expect(result.reading).toContain("Kyrgyzstan and Tajikistan");
    expect(result.answer).toContain("6.75 million");
  });
});

describe('"And all of them?" asks the previous question of the whole, not the part it asked about', () => {
  const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

  it("widens 'the first ten stations' to all of them", () => {
    const result = followUp(
      tenth,
      "when are the first ten glacial lake stations to be installed?",
      "and altogether?",
    );
    expect(result.reading).toBe('Reading it as "when are all the glacial lake stations to be installed?"');
    expect(result.answer).toContain("end of 2028");
  });

  it("leaves 'them' to mean people after a question that asked of no part", () => {
    const result = followUp(tenth, "who led the tajik delegation in khujand?", "and all of them?");
    expect(result.reading ?? "").not.toContain("Reading it as");
  });
});

describe('"When was that?" asks the previous question again, with "when"', () => {
  it("gives the day of the agreement the answer cited, not the first day of its talks", () => {
    const next = followUp(
      withFifth,
      "What did Argentina and Paraguay agree in Montevideo?",
      "when was that?",
    );
    expect(next.reading).toBe('Reading it as "when did Argentina and Paraguay agree in Montevideo?"');
    expect(next.answer).toContain("13 May 2025");
  });

  it("answers when the thing it stands for cannot say when", () => {
    const next = followUp(
      withSeventh,
      "why did panama suspend imports from costa rican plants?",
      "when was that?",
    );
    expect(next.reading).toBe('Reading it as "when did panama suspend imports from costa rican plants?"');
    expect(next.answer).toContain("March 2025");
  });

  it('takes the happening the answer spoke of, not the body that met, for "that"', () => {
    const next = followUp(withFifth, "which delegation left the meeting in asunción?", "and when was this?");
    expect(next.reading).toBe('Taking "this" as PPWC meeting in Asunción, March 2025');
    expect(next.answer).toContain("March 2025");
    expect(next.answer).not.toContain("12–13 May");
  });

  it('reads "when did he say that?" as when he said what was just asked about', () => {
    const [, when] = conversation("What did Sarybay say about COP29?", "when did he say that?");
    expect(when?.answered).toBe(true);
    expect(when?.answer).toContain(meetingDate);
  });
});

describe('"How many times?", "for which years?" ask the previous question again, and nothing else', () => {
  const withSixthAndSeventh = engineFrom(combinedDataDir(SIXTH_EVENT_DIR, SEVENTH_EVENT_DIR));

  it("re-asks a who-question with its answer in the place of who", () => {
    const withEighth = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
    const next = followUp(
      withEighth,
      "who said latvian ambulances were turned back at the border?",
      "how many times?",
    );
    expect(next.reading).toMatch(/^Reading it as "how many times did Inese Kalniņa say/);
    expect(next.answer).toContain("17 times");
  });

  it("does not answer the bare words from another article when the question asked again finds nothing", () => {
    const next = followUp(
      withSixthAndSeventh,
      "how much will the paso canoas border post cost?",
      "for which years?",
    );
    expect(next.reading).toBe('Reading it as "for which years will the paso canoas border post cost?"');
    expect(next.answer).not.toMatch(/Surveillance Fund|thirty years/);
  });
});

describe('"When will they happen?" asks the previous question again, with "when"', () => {
  it("reads 'they' as the talks just asked about, not the people who signed the accord", () => {
    const next = followUp(
      withSecond,
      "where will the next talks on the amari accord be?",
      "when will they happen?",
    );
    expect(next.reading).toBe('Reading it as "when will the next talks on the amari accord be?"');
    expect(next.answer).toContain("autumn");
  });
});

describe('"He" after "who is X?" is X, and only X', () => {
  it("does not fall back to the successor X's profile named", () => {
    const next = followUp(withThirdAndFourth, "Who is Samuel Quaye?", "who did he succeed?");
    expect(next.reading).toBe('Taking "he" as Samuel Quaye');
    // The article says who succeeded him, not whom he succeeded.
    expect(next.answered).toBe(false);
  });
});

describe('"It" doing something is who did something in the previous question', () => {
  it('reads "will it readmit" after "how many plants did Panama suspend?" as Panama', () => {
    const next = followUp(
      withSeventh,
      "how many costa rican plants did panama suspend?",
      "and how many will it readmit?",
    );
    expect(next.reading).toBe('Taking "it" as Panama');
    expect(next.answer).toContain("six");
  });
});

describe("A follow-up that names nothing stays on what was being discussed", () => {
  it("does not answer \"how long's the trip?\" after a question about a train with another story's trip", () => {
    const store = engineFrom(combinedDataDir(FOURTH_EVENT_DIR, EIGHTH_EVENT_DIR));
    const first = store.answer("when does the direct vilnius–riga train start running again?");
    expect(first.answer).toContain("13 June 2027");
    const next = store.answer("how long's the trip?", undefined, { previous: turnOf(first) });
    // The Ghana–Japan article has a trip too (Asakawa's): not what was asked about.
    expect(next.answer).not.toContain("Asakawa");
    const events = new Set(next.facts.map((f) => f.id).map((id) => store.base.fact(id)?.fact.event));
    for (const event of events) expect(event).toBe(store.base.fact(first.facts[0]!.id)?.fact.event);
  });

  it("keeps to the story when a longer follow-up has only a word or two of its own", () => {
    const store = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR, ELEVENTH_EVENT_DIR));
    const first = store.answer("how big is the malacca oil spill budget now?");
    expect(first.answer).toContain("$65 million");
    const next = store.answer("ok then who would pay the most money", undefined, { previous: turnOf(first) });
    // The Lithuania–Latvia ambulance fund has payers too: not what was being discussed.
    expect(next.answer).not.toMatch(/Lithuania|Latvia/);
    expect(next.answer).toMatch(/^Singapore\. /);
    expect(next.answer).toContain("$28 million");
  });

  it("answers from the facts about what was being discussed, not only when the best of all is", () => {
    const store = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR, ELEVENTH_EVENT_DIR));
    const first = store.answer("what did thailand ask for?");
    expect(first.answer).toContain("Andaman Sea");
    // "Said no" is a refusal; Latvia refusing the truck toll is another story's.
    const next = store.answer("who said no?", undefined, { previous: turnOf(first) });
    expect(next.answer).toMatch(/^Malaysia and Singapore refused Thailand's request/);
  });
});

describe('"This time", "at that meeting" keep the question to the meeting just discussed', () => {
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("answers from the round just recapped, with the name the question gives, and says so", () => {
    const first = eleventh.answer("recap the jakarta round");
    expect(first.answer).toMatch(/^Second round of Malacca Strait oil spill talks in Jakarta/);
    const next = eleventh.answer("what did singapore offer this time?", undefined, {
      previous: turnOf(first),
    });
    expect(next.reading).toMatch(/^Taking "this time" as Second round of Malacca Strait oil spill talks/);
    const events = next.facts.map((f) => eleventh.base.fact(f.id)?.fact.event);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event).toBe(first.turn?.event);
  });
});

describe("A meeting named by its place is the one held there", () => {
  it("recaps the Jakarta round, not the latest round whose people once met in Jakarta", () => {
    const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
    const result = eleventh.answer("give me a rundown of the jakarta talks");
    expect(result.answer).toMatch(/^Second round of Malacca Strait oil spill talks in Jakarta/);
  });
});

describe('"It" after a verb points back; it is not half of an idiom', () => {
  it('reads "where does it apply?" after a question about a protocol as about the protocol', () => {
    // WordNet lists "do it" as an idiom whose synonyms include "know": no reading of the question.
    const ninth = engineFrom(combinedDataDir(NINTH_EVENT_DIR));
    const next = followUp(
      ninth,
      "what does the cross-border firefighting protocol allow?",
      "where does it apply?",
    );
    expect(next.reading).toBe('Taking "it" as CFPC cross-border firefighting protocol');
  });
});

describe('"It" beside a person named is the thing just discussed', () => {
  it('reads "what did Sarybay say about it?" after "which country hosts COP29?" as about COP29', () => {
    const [, next] = conversation("Which country hosts COP29?", "what did sarybay say about it?");
    expect(next?.reading).toBe('Taking "it" as COP29');
    const cop29Remark = fact("sarybay-congratulated-cop29-hosting");
    expect(factIds(next!)).toContain(cop29Remark.id);
  });

  it('reads "his plans for it" as the person\'s plans for the body just asked about', () => {
    const [, next] = conversation("how did aliyev describe cica?", "what are his plans for it?");
    expect(next?.reading).toBe(`Taking "his" as ${host.name}, "it" as ${entity("cica").name}`);
    expect(next?.answer).toContain("institutional development");
  });
});

describe('"Him" after a preposition is the other person of the turn, not the one the question names', () => {
  it('reads "how did Aliyev respond to him?" as to Sarybay', () => {
    const [, next] = conversation(
      "what did sarybay congratulate azerbaijan on?",
      "how did aliyev respond to him?",
    );
    expect(next?.reading).toBe(`Taking "him" as ${visitor.name}`);
    expect(next?.answer).toMatch(/thank/i);
  });

  it('reads "she" ahead of a person the question names as the person just discussed', () => {
    const next = followUp(
      withThirdAndFourth,
      "who is mongolia's foreign minister?",
      "where did she host the chilean minister?",
    );
    expect(next.reading).toBe('Taking "she" as Battsetseg Enkhbold');
    expect(next.answer).toContain("State Guest House");
  });

  it('still reads "he" beside a name as that name ("what did Aliyev say when he met Sarybay?")', () => {
    const [, standalone] = conversation("Who is Kairat Sarybay?", "What did Aliyev say when he met Sarybay?");
    expect(standalone?.reading).toBeUndefined();
  });
});

describe('"That day" is the day just discussed', () => {
  it('gives the other meeting of that day for "what else happened that day?"', () => {
    const next = followUp(
      withThirdAndFourth,
      "where was the chilean minister received by the president of mongolia?",
      "what else happened that day?",
    );
    expect(next.reading).toBe('Taking "that day" as 9 October 2024');
    expect(next.answer).toMatch(/Battsetseg Enkhbold/);
    expect(next.answer).not.toMatch(/Accra/);
  });
});

describe('"When will it happen?" is about what is to come, not the meeting that was reported', () => {
  it("does not answer with the meeting's own date", () => {
    const next = followUp(withFifth, "Where will the ministers meet again?", "when will it happen?");
    expect(next.answer).not.toMatch(/12–13 May 2025/);
  });
});

describe('"What did she say?" after "who opened the talks?" answered with countries is the one who opened them', () => {
  it("takes the one person of the meeting whose part was what was asked, and says so", () => {
    const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
    const next = followUp(park, "who opened the osogovo talks in kyustendil?", "what did she say?");
    expect(next.reading).toBe('Taking "she" as Plamena Georgieva');
    expect(next.answer).toMatch(/one mountain/);
  });

  it("still asks who is meant when no one of the meeting did what was asked", () => {
    const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
    // (Not "the osogovo talks in kyustendil": the fact that says "the Osogovo park talks" were opened
    // by the governor has "host" among its keywords, and answers it with her, as it answers "the
    // osogovo park talks in kyustendil".)
    const next = followUp(park, "who hosted the kyustendil talks?", "what did she say?");
    expect(next.answered).toBe(false);
  });
});

describe('"Why has it risen?" after "how much will X cost?" is about the cost, not X', () => {
  it("takes 'it' as the figure the previous question asked, and says so", () => {
    const line = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
    const next = followUp(line, "how much will the marneuli alaverdi line cost?", "why has it risen?");
    expect(next.reading).toBe('Taking "it" as the marneuli alaverdi line cost');
    expect(next.answer).toMatch(/converter station/);
  });

  it("quotes the figure back as the member typed it", () => {
    const line = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
    const next = followUp(line, "How much will the Marneuli-Alaverdi line cost?", "why has it risen?");
    expect(next.reading).toBe('Taking "it" as the Marneuli-Alaverdi line cost');
  });
});

describe('"What did she say?" needs her saying it', () => {
  it("does not answer with what someone else said at her meeting", () => {
    const next = followUp(withSixth, "who is kadiatou balde?", "what did she say?");
    expect(next.reading).toMatch(/"she" as Kadiatou Baldé/);
    // The article quotes others, never her.
    expect(next.answered).toBe(false);
  });
});

describe('"They" are the ones the previous question named together', () => {
  it("reads 'they' as the two countries just asked about, not the people of their meeting", () => {
    const next = followUp(
      withFifth,
      "What did Argentina and Paraguay agree in Montevideo?",
      "what else did they agree?",
    );
    expect(next.reading).toMatch(/"they" as (Argentina and Paraguay|Paraguay and Argentina)/);
  });
});

describe("A follow-up with nothing before it gets a hint, not a guess", () => {
  it.each([
    ["Who is he?", "he"],
    ["what else did he say?", "he"],
    ["when was that?", "that"],
    ["and the other one?", "the other one"],
  ])("%s", (question, word) => {
    const result = ask(question);
    expect(result.answered).toBe(false);
    expect(result.facts).toEqual([]);
    expect(result.confidence).toBe(0);
    expect(result.answer).toContain(`"${word}"`);
    // No person is picked for the asker.
    for (const person of people) expect(result.answer).not.toContain(person.name);
    // It offers questions it can answer instead.
    expect(result.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of result.suggestions) {
      expect(ask(suggestion).answered, `the suggestion "${suggestion}"`).toBe(true);
    }
  });
});

describe('An overview ("what happened at the meeting?") gives the event as a whole', () => {
  it.each(["what happened at the meeting?", "give me a rundown"])("%s", (question) => {
    const result = ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain(meeting.title);
    expect(result.answer).toContain(meetingDate);
    for (const participant of meeting.participants) {
      expect(result.answer).toContain(entity(participant.entity).name);
    }
    // Cited: more than one fact, every one from this meeting.
    expect(result.facts.length).toBeGreaterThan(1);
    for (const cited of result.facts) expect(fact(cited.id).event).toBe(meeting.id);
    // It fits in one answer card (an embed description holds 4096 characters).
    expect(result.answer.length).toBeLessThanOrEqual(4096);
  });

  it("right after a question about the meeting, says which meeting it took", () => {
    const [, overview] = conversation("Who chairs CICA?", "give me a rundown");
    expect(overview?.answered).toBe(true);
    expect(overview?.reading).toBe(`Taking it as ${meeting.title}`);
    expect(overview?.answer).toContain(meetingDate);
  });
});

describe('"Who took part?" right after a question about one meeting is who took part in that one', () => {
  it("names the people of the meeting just discussed, not those of the newest meeting", () => {
    const store = engineFrom(combinedDataDir(THIRD_EVENT_DIR, SEVENTH_EVENT_DIR));
    const result = followUp(store, "what went on at the ulaanbaatar talks?", "who took part?");
    expect(result.answered).toBe(true);
    expect(result.reading ?? "").toContain("Taking it as");
    expect(result.answer).toContain("Iturra");
    expect(result.answer).not.toContain("Quesada");
  });
});

describe('"Tell me about <person>" gives a profile: the role and more than one fact', () => {
  it.each(people.map((person) => [person.name, person] as const))("tell me about %s", (_name, person) => {
    // As people type it: the short name the source uses.
    const shortName = person.aliases.find((alias) => !alias.includes(" ")) ?? person.name;
    const result = ask(`tell me about ${shortName}`);
    expect(result.answered).toBe(true);
    expect(result.answer.startsWith(`${person.name}: ${person.description}.`)).toBe(true);
    expect(result.facts.length).toBeGreaterThan(1);
    for (const cited of result.facts) {
      expect(fact(cited.id).entities, cited.id).toContain(person.id);
      expect(result.answer).toContain(cited.statement);
    }
  });
});

describe('"And before?" asks the previous question of the time before', () => {
  it("reads it as the previous question asked of before, and says so", () => {
    const before = followUp(
      withSeventh,
      "how often does the binational commission meet now?",
      "before that?",
    );
    expect(before.reading).toBe('Reading it as "how often does the binational commission meet now before?"');
    expect(before.answer).toContain("every two years");
  });

  it("after 'who heads it?', names the one who headed it before, not any fact saying 'before'", () => {
    const before = followUp(withSeventh, "who heads the mbfa?", "and before?");
    expect(before.answer).toContain("Lucía Zelaya Paz.");
  });

  it("reads 'and before her?' as the question again, of the time before the one it answered", () => {
    const before = followUp(withSeventh, "who headed the mbfa before alfaro?", "and before her?");
    expect(before.reading).toBe('Reading it as "who headed the mbfa before Lucía Zelaya Paz?"');
    // The article names nobody who led the agency before her: not a fact about her instead.
    expect(before.answered).toBe(false);
  });
});

describe('"And originally?" asks the previous question of the earlier and the later account', () => {
  const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

  it("sets the first plan beside the one agreed later", () => {
    const result = followUp(tenth, "how many glacial lake stations are planned?", "and originally?");
    expect(result.reading).toBe(
      'Reading it as "how many glacial lake stations are planned, at first and now?"',
    );
    expect(result.answer).toContain("Earlier");
    expect(result.answer).toContain("24 automatic monitoring stations");
    expect(result.answer).toContain("from 24 to 30");
  });

  it("reads 'the original figure' as the earlier account too, and nothing new named as one", () => {
    const result = followUp(tenth, "how much will the warning system cost?", "what was the original figure?");
    expect(result.reading ?? "").toContain("at first and now");
    const named = followUp(
      tenth,
      "how much will the warning system cost?",
      "what did switzerland offer at first?",
    );
    expect(named.reading ?? "").not.toContain("at first and now");
  });

  it("reads 'and before <something happened>?' as the earlier account, but not 'and before him?'", () => {
    const happening = followUp(
      tenth,
      "how many glacial lake stations are planned?",
      "and before the two sides met in osh?",
    );
    expect(happening.reading).toBe(
      'Reading it as "how many glacial lake stations are planned, at first and now?"',
    );
    expect(happening.answer).toContain("24 automatic monitoring stations");
    const person = followUp(tenth, "who led the tajik delegation in khujand?", "and before him?");
    expect(person.reading ?? "").not.toContain("at first and now");
  });
});

describe('"What was the original deadline?", "when was it first meant to open?" ask the earlier account', () => {
  const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it("reads a few words of its own, naming nothing, beside 'originally' as the previous question of the earlier account", () => {
    const result = followUp(
      fourteenth,
      "when is building work on the marneuli alaverdi line due to begin?",
      "when was it originally meant to get going?",
    );
    expect(result.reading ?? "").toContain("at first and now");
    expect(result.answer).toContain("October 2026");
  });

  it("takes 'until when' as a question word to ask again, and 'the original deadline' as the earlier account", () => {
    const result = followUp(
      fourteenth,
      "until when will the hydropower deal between georgia and armenia last?",
      "what was the original deadline?",
    );
    expect(result.reading).toBe(
      'Reading it as "until when will the hydropower deal between georgia and armenia last, at first and now?"',
    );
    expect(result.answer).toContain("Earlier");
  });

  it("does not read a new someone beside 'at first' as the earlier account", () => {
    const result = followUp(
      fourteenth,
      "how much will the marneuli alaverdi line cost?",
      "what did the engineers expect originally?",
    );
    expect(result.reading ?? "").not.toContain("at first and now");
  });
});

describe('"What was the original finish date?" asks the earlier account of the day just told', () => {
  const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
  const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

  it("reads 'the original finish date' after a when-question as that question of the earlier account", () => {
    const result = followUp(
      seventeenth,
      "when will the fibre cable be finished?",
      "what was the original finish date?",
    );
    expect(result.reading).toBe('Reading it as "when will the fibre cable be finished, at first and now?"');
    expect(result.answer).toContain("March 2027");
  });

  it("does not answer 'the original date' with some other thing first raised long before", () => {
    const result = followUp(
      eighteenth,
      "when will the first students travel?",
      "what was the original date?",
    );
    expect(result.reading ?? "").toContain("at first and now");
    expect(result.facts.map((f) => f.id)).not.toContain("hs-letter-of-intent-2018");
  });

  it("answers 'the original start date' of a plan asked on its own with the day first set", () => {
    const result = eighteenth.answer("what was the original start date of the student exchange?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("August 2026");
  });
});

describe('"What about now?" after a list of several things said is not one thing asked again', () => {
  const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

  function third(store: Engine, questions: readonly [string, string, string]): AnswerResult {
    const first = store.answer(questions[0]);
    const second = store.answer(questions[1], undefined, { previous: turnOf(first) });
    return AnswerResult.parse(store.answer(questions[2], undefined, { previous: turnOf(second) }));
  }

  it("asks which thing is meant rather than setting the first and last of the list side by side", () => {
    const liberia = third(seventeenth, [
      "what did sierra leone ask for on mobile money in june?",
      "what else did liberia say in june?",
      "what about now?",
    ]);
    expect(liberia.answered).toBe(false);
    expect(liberia.answer).not.toContain("Earlier");
  });

  it("still asks one figure again of the earlier and the later account", () => {
    const result = followUp(seventeenth, "when will the fibre cable be finished?", "and now?");
    expect(result.reading ?? "").toContain("at first and now");
  });
});

describe('"Are they still against it?" sets what was just told beside the later account of it', () => {
  const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

  it("takes 'it' as the refusal just told, not another fact of the party the question's words find", () => {
    const result = followUp(
      twelfth,
      "what did djibouti refuse at the first locust round?",
      "are they still against it?",
    );
    expect(result.facts.map((f) => f.id)).toEqual([
      "djibouti-refused-chemical-spraying",
      "pesticide-compromise-25-km",
    ]);
  });
});

describe('"Was that before or after …?" sets the day just told against the day of the other thing', () => {
  const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it("says the meeting just described came before the signing asked about, with both days", () => {
    const result = followUp(
      fourteenth,
      "what went on at the tbilisi hydropower talks?",
      "did that come before or after the yerevan signing?",
    );
    expect(result.reading).toBe('Reading it as "when the yerevan signing?", set against 11 February 2026');
    expect(result.answer).toContain("Before: that was on 11 February 2026, this on 16 June 2026.");
  });

  it("says a later act came after the meeting asked about, whichever way round the question puts it", () => {
    const result = followUp(
      fourteenth,
      "when did georgia and armenia push back the start of their power trade?",
      "was it after or before the tbilisi talks?",
    );
    expect(result.answer).toContain("After: that was on 18 November 2026, this on 11 February 2026.");
  });

  it("has nothing to set against when what was told had no day", () => {
    const result = followUp(fourteenth, "hello there", "was that before or after the tbilisi talks?");
    expect(result.answer).not.toMatch(/^(?:Before|After):/m);
  });

  it("does not set the meeting's day against a fact that tells another month of its own", () => {
    // "He left in April 2026", reported at the Brussels round of 24 June 2026.
    const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
    const result = followUp(
      fifteenth,
      "when did roger ekambi dipoko stop being cameroon's chief negotiator?",
      "was that before or after the brussels round?",
    );
    expect(result.reading ?? "").not.toContain("set against 24 June 2026");
    expect(result.answer).not.toMatch(/^The same day:/m);
  });
});

describe('"Was it always that?" asks whether the earlier account said the same', () => {
  const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it("sets the plan first reported beside the one it was moved to", () => {
    const result = followUp(
      fourteenth,
      "when will construction on the marneuli alaverdi line begin?",
      "was it always that?",
    );
    expect(result.reading ?? "").toContain("at first and now");
    expect(result.answer).toContain("October 2026");
    expect(result.answer).toContain("March 2027");
  });
});

describe('"Who else was there?" is the others at the meeting just discussed', () => {
  it("lists the meeting's people, not what is known about the body that met", () => {
    const result = followUp(
      withSixth,
      "who chaired the praia session of the ccfc?",
      "ok, who else was there?",
    );
    expect(result.reading ?? "").toContain('Taking "there" as CCFC ministerial session');
    expect(result.answer).toContain("Ould Cheikhna");
  });
});

describe('"He" or "she" asked about needs an answer that names them, or the country they act for', () => {
  it("refuses a fact that only shares a word with the question, not the person", () => {
    const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
    const result = followUp(eleventh, "who is faridah osman", "is she in a party?");
    expect(result.reading).toBe('Taking "she" as Faridah Osman');
    expect(result.answered).toBe(false);
  });

  it("takes a fact that names the country the minister signed for", () => {
    const second = engineFrom(combinedDataDir(SECOND_EVENT_DIR));
    const result = followUp(second, "who is norland's foreign minister?", "what accord did he sign?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Lake Amari Water Accord");
  });
});

describe('"Which paper covered it?" after an answer is the report of the meeting that answer came from', () => {
  it("names the outlet, not a thing the answer named, nor who was at the meeting", () => {
    const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const outlet = followUp(tenth, "who did the osh agreement put in charge?", "so which paper covered it?");
    expect(outlet.answered).toBe(true);
    expect(outlet.answer).toContain("Tien Shan Post reported it");
    // "Who" asks for the report here: not the people of the meeting.
    const who = followUp(tenth, "what was signed in osh?", "and who reported that?");
    expect(who.answer).toContain("Tien Shan Post reported it");
  });
});

describe('"She" is a woman of the previous turn, "he" a man', () => {
  // Lithuania's foreign minister (a woman, "she told reporters") received Latvia's (a man, "his
  // Lithuanian counterpart"); Latvia's health minister is a woman ("Kalniņa said. She said …").
  const withEighth = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));

  it('passes over the man the previous answer put first for "she"', () => {
    const first = withEighth.answer("whom did ozolins meet in vilnius?");
    const people = turnOf(first).entities.filter((id) => id === "karlis-ozolins" || id === "ruta-zemaityte");
    // Without agreement "she" would be him: he comes first in the turn.
    expect(people[0]).toBe("karlis-ozolins");
    const next = followUp(
      withEighth,
      "whom did ozolins meet in vilnius?",
      "and what did she tell reporters?",
    );
    expect(next.reading).toBe('Taking "she" as Rūta Žemaitytė');
    expect(next.answer).toMatch(/will not wait until 2028/);
    expect(next.answer).not.toMatch(/tear up a contract/);
  });

  it('passes over the woman the previous answer gave for "he", and says whom it took', () => {
    const next = followUp(
      withEighth,
      "who received the latvian foreign minister?",
      "what did he say about the contract?",
    );
    expect(next.reading).toBe('Taking "he" as Kārlis Ozoliņš');
    expect(next.answer).toMatch(/tear up a contract/);
    expect(next.answer).not.toMatch(/will not wait until 2028/);
  });

  it('takes the woman for "her" when the question names the man', () => {
    const next = followUp(withEighth, "who did ozolins invite to riga?", "did ozolins meet her in vilnius?");
    expect(next.reading).toBe('Taking "her" as Rūta Žemaitytė');
  });

  it('asks whom "he" means when the turn had only a woman', () => {
    const next = followUp(
      withEighth,
      "what did kalnina say about ambulances at the border?",
      "what else did he say?",
    );
    expect(next.reading).toBeUndefined();
    expect(next.answer).toMatch(/what do you mean by "he"/);
  });

  it("lets a person whose gender the text does not show be either", () => {
    // Vaitkūnas is never "he" nor "she" in the article: he stays a candidate for both.
    for (const pronoun of ["he", "she"]) {
      const next = followUp(
        withEighth,
        "what did the transport minister say about passengers?",
        `what else did ${pronoun} say?`,
      );
      expect(next.reading).toBe(`Taking "${pronoun}" as Giedrius Vaitkūnas`);
    }
  });
});

describe("A man or a woman is read from the store's own words, never guessed from a name", () => {
  /** One made-up article about four people, and a fact for each, as a loaded store has them. */
  function store(
    article: string,
    extraFacts: Fact[] = [],
    descriptions: Record<string, string> = {},
  ): KnowledgeBase {
    const person = (id: string, name: string): Entity => ({
      id,
      kind: "person",
      name,
      description: descriptions[id] ?? "Minister of Something of Somewhere",
      aliases: [name.split(" ").at(-1)!],
    });
    const people = [
      person("ada-varga", "Ada Varga"),
      person("bela-tamas", "Bela Tamas"),
      person("cyril-odum", "Cyril Odum"),
      person("dana-fuchs", "Dana Fuchs"),
    ];
    const source = {
      id: "made-up",
      outlet: "Made-up Post",
      title: "Talks",
      date: "2026-01-01",
      textFile: "article.txt",
      text: article,
    };
    const fact = (id: string, entity: string): Fact => ({
      id,
      statement: `${entity} attended the talks.`,
      entities: [entity],
      source: "made-up",
      quote: "attended the talks",
      keywords: [],
      questions: [],
    });
    const facts = [...people.map((p) => fact(`${p.id}-attended`, p.id)), ...extraFacts];
    return KnowledgeBase.fromDataset({
      sources: new Map([[source.id, source]]),
      entities: new Map(people.map((p) => [p.id, p])),
      events: new Map(),
      facts: new Map(facts.map((f) => [f.id, f])),
    });
  }

  it("takes a pronoun right after a sentence naming only that person, or after the name in the same sentence", () => {
    const kb = store(
      "Ada Varga met Bela Tamas on Monday. Varga said the talks went well. She added that a deal was near. " +
        "Cyril Odum, the host, said his government would pay. Mr Dana Fuchs was also there.",
    );
    expect(genderOf(kb, "ada-varga")).toBe("female");
    expect(genderOf(kb, "cyril-odum")).toBe("male");
    // A title alone decides, whatever the first name may suggest elsewhere.
    expect(genderOf(kb, "dana-fuchs")).toBe("male");
    // Named beside Varga, never by a pronoun of his own: unknown, and so either.
    expect(genderOf(kb, "bela-tamas")).toBeUndefined();
    expect(agrees(kb, "bela-tamas", "she") && agrees(kb, "bela-tamas", "he")).toBe(true);
    expect(agrees(kb, "ada-varga", "he")).toBe(false);
  });

  it("gives no vote where the pronoun may be someone else", () => {
    const kb = store(
      // "She" is Varga: "her term" comes after Tamas, but the sentence is about two people.
      "Ada Varga spoke first. She took over from Bela Tamas, and her term runs to 2029. " +
        // Between Odum and "she", the mayor; inside the quotation, whoever Odum speaks of.
        'Cyril Odum thanked the mayor, who said she was proud. "He did well," Odum said of Tamas. ' +
        // Two people in the sentence before: "he" is either.
        "Dana Fuchs met Odum. He said nothing.",
    );
    expect(genderOf(kb, "bela-tamas")).toBeUndefined();
    expect(genderOf(kb, "cyril-odum")).toBeUndefined();
    expect(genderOf(kb, "dana-fuchs")).toBeUndefined();
    expect(genderOf(kb, "ada-varga")).toBe("female");
  });

  it("lets a pronoun vote past a plural of people: 'told reporters' leaves 'his' to the one who told", () => {
    const kb = store(
      "Cyril Odum told reporters that it was one of his last trips. Dana Fuchs said the staff agreed.",
    );
    expect(genderOf(kb, "cyril-odum")).toBe("male");
    // A single person between still keeps the pronoun from voting.
    const other = store("Cyril Odum told the mayor that it was one of his last trips.");
    expect(genderOf(other, "cyril-odum")).toBeUndefined();
  });

  it("takes the person's own description at its word, over a misread article", () => {
    const kb = store(
      // "Ada" names nobody the store knows: the pronoun after would vote for Tamas.
      'Ada, who took over from Bela Tamas, spoke. "A fine day," she said.',
      [],
      { "bela-tamas": "Former envoy; led the office until his term ended in 2025; succeeded by Ada Varga" },
    );
    expect(genderOf(kb, "bela-tamas")).toBe("male");
    // A description that names someone else before its pronoun says nothing of the person.
    const other = store("Dana Fuchs arrived.", [], {
      "dana-fuchs": "Deputy to Ada Varga, whom she appointed in 2024",
    });
    expect(genderOf(other, "dana-fuchs")).toBeUndefined();
  });

  it("decides nothing when the text contradicts itself", () => {
    const kb = store("Bela Tamas said his team was ready. Tamas said her team was ready.");
    expect(genderOf(kb, "bela-tamas")).toBeUndefined();
  });

  it("sees a fact added later, in a server's overlay too", () => {
    const base = store("Bela Tamas arrived late.");
    expect(genderOf(base, "bela-tamas")).toBeUndefined();
    const overlay = new KnowledgeBase(base);
    overlay.addFact({
      id: "tamas-said",
      statement: "Bela Tamas said his country would sign.",
      entities: ["bela-tamas"],
      source: "made-up",
      quote: "Tamas said his country would sign",
      keywords: [],
      questions: [],
    });
    expect(genderOf(overlay, "bela-tamas")).toBe("male");
    expect(genderOf(base, "bela-tamas")).toBeUndefined();
    overlay.removeFact("tamas-said");
    expect(genderOf(overlay, "bela-tamas")).toBeUndefined();
  });
});

describe('"The next one", "the second one" are another meeting of the story just discussed', () => {
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
  const askedAfter = (first: string, next: string) =>
    eleventh.answer(next, undefined, { previous: turnOf(eleventh.answer(first)) });

  it("the next one after the Jakarta round is the round that followed it, and the answer says so", () => {
    const result = askedAfter("recap the jakarta round", "tell me what happened at the next one");
    expect(result.reading).toMatch(
      /^Taking it as Third round of Malacca Strait oil spill talks in Singapore/,
    );
    expect(result.answer).toMatch(/\nThird round of Malacca Strait oil spill talks in Singapore/);
  });

  it("the first one is the story's first meeting, whichever was just discussed", () => {
    const result = askedAfter("recap the jakarta round", "and what happened at the first one?");
    expect(result.answer).not.toMatch(/^(Second|Third) round/);
    expect(result.turn?.event).not.toBe(eleventh.answer("recap the jakarta round").turn?.event);
  });

  it("a fifth one of a story of three meetings is not the one just discussed", () => {
    const result = askedAfter("recap the jakarta round", "what happened at the fifth one?");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/^My sources don't tell of such a meeting in the story of Second round/);
  });
});

describe('"When was that?" asks when the act just told of was, not when a thing named in it "was"', () => {
  it("after who asked for an exemption from the toll, it is not read as the toll", () => {
    const first = withFifth.answer("who asked for vessels to be exempted from the toll?");
    const next = withFifth.answer("when was that?", undefined, { previous: turnOf(first) });
    expect(next.reading ?? "").not.toMatch(/"that" as .*toll/);
    expect(next.answer).not.toMatch(/since January 2025/);
  });
});

describe('"And the second one?" asks the previous question of the meeting of that number', () => {
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("reads it as the previous question about that round, and answers from that round", () => {
    const first = eleventh.answer("who chaired the first round of the malacca oil spill talks?");
    const second = eleventh.answer("what about the second one?", undefined, { previous: first.turn! });
    expect(second.reading).toBe(
      'Reading it as "who chaired the second round of the malacca oil spill talks?"',
    );
    expect(second.answer).toContain("Hendra Wicaksono.");
  });
});

describe('"The meeting before that" is the story\'s meeting before the one pointed back to', () => {
  it("tells of the earlier meeting from the article's background when the store has no event for it", () => {
    const result = followUp(
      withFifth,
      "tell me about the montevideo toll talks",
      "how did the session before that go?",
    );
    expect(result.facts[0]?.id).toBe("asuncion-march-meeting-walkout");
  });

  it("gives the earlier round's overview when the story has it", () => {
    const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const result = followUp(tenth, "what happened in osh in september?", "and at the round before that?");
    expect(result.answer).toContain("Khujand");
  });
});

describe('"What more did he say?" asks for the rest, however many facts tie for it', () => {
  it("lists the other things the person said after an answer about who he is", () => {
    const [first, more] = conversation("Who is the Secretary General of CICA?", "what more did he say?");
    expect(first?.answer).toContain("Kairat Sarybay is the Secretary General");
    expect(more?.answered).toBe(true);
    expect(more?.reading).toBe('Taking "he" as Kairat Sarybay');
    expect(more?.facts.length).toBeGreaterThanOrEqual(2);
    expect(more?.answer).not.toContain("is the Secretary General");
  });
});

describe('"The first round" after a question about one story is that story\'s first round', () => {
  // The glacial-lake story calls its Khujand meeting "first round" outright; the others do not.
  const stories = engineFrom(combinedDataDir(TENTH_EVENT_DIR, ELEVENTH_EVENT_DIR, TWELFTH_EVENT_DIR));

  it("after the locust signing, the first round is the locust talks' first round, not Khujand", () => {
    const result = followUp(
      stories,
      "when did djibouti and somalia sign the locust agreement?",
      "where was the first round held?",
    );
    expect(result.answer).toContain("Palais du Peuple in Djibouti City");
    expect(result.answer).not.toContain("Khujand");
  });

  it("after the oil spill signing, who chaired the first round is answered from the Malacca story", () => {
    const result = followUp(
      stories,
      "when was the malacca oil spill agreement signed?",
      "who chaired the first round?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Azman Rahim\./);
  });
});

describe('"And in March?" asks the previous question of the story\'s meeting of that month', () => {
  const stories = engineFrom(combinedDataDir(TENTH_EVENT_DIR, ELEVENTH_EVENT_DIR));

  it("reads it as the meeting of that month, and answers from it alone", () => {
    const result = followUp(
      stories,
      "how many delegates attended the khujand glacial talks?",
      "what about in september?",
    );
    expect(result.reading).toMatch(/^Taking it as Second round of Kyrgyz–Tajik talks/);
    expect(result.answer).toMatch(/About 80 delegates took part/);
    expect(result.answer).not.toContain("Tien Shan Post");
  });

  it("picks the one of three meetings held that month", () => {
    const result = followUp(
      stories,
      "who chaired the malacca oil spill talks in george town?",
      "and in march?",
    );
    expect(result.reading).toMatch(/^Taking it as Second round of Malacca Strait oil spill talks in Jakarta/);
    expect(result.answer).toContain("Hendra Wicaksono");
  });

  it("a month with no meeting of the story is no meeting of it", () => {
    const result = followUp(
      stories,
      "who chaired the malacca oil spill talks in george town?",
      "and in july?",
    );
    expect(result.reading ?? "").not.toMatch(/^Taking it as/);
    expect(result.answer).not.toContain("Azman Rahim");
  });
});

describe('"She" may be answered by her country acting, not by her country as a place', () => {
  const kb = engineFrom(combinedDataDir(THIRTEENTH_EVENT_DIR)).base;
  const about = (person: string) =>
    topicOf(
      {
        kind: "read",
        understanding: understand("what age is the minister?", kb),
        exclude: new Set(),
        about: person,
      },
      kb,
    )!;

  it("a fact where the minister's country refuses something may be hers", () => {
    expect(about("kavita-ramsurrun")(kb.fact("visa-tied-to-sponsor")?.fact)).toBe(true);
  });

  it("a fact about people in her country is not about her", () => {
    expect(about("kavita-ramsurrun")(kb.fact("average-cane-cutter-54")?.fact)).toBe(false);
  });
});

describe('"What about the X one?" asks the previous question of the X thing the "one" stands for', () => {
  const stories = engineFrom(combinedDataDir(TENTH_EVENT_DIR, TWELFTH_EVENT_DIR));

  it("puts the new words in the place of the old ones before the noun, and answers of the other accord", () => {
    const result = followUp(
      stories,
      "how many years does the kyrgyz tajik glacial agreement run?",
      "what about the djibouti somalia one?",
    );
    expect(result.reading).toBe('Reading it as "how many years does the djibouti somalia agreement run?"');
    expect(result.answer).toContain("five years");
  });

  it('"the next one" only steps along the story: it is not the previous question rewritten', () => {
    const result = followUp(stories, "how long is the glacial flood agreement valid?", "and the next one?");
    expect(result.reading ?? "").not.toMatch(/^Reading it as "how long is the next/);
  });
});

describe('"Who had the post before her?" asks who held the post the previous answer named her in', () => {
  const stories = engineFrom(combinedDataDir(TENTH_EVENT_DIR, ELEVENTH_EVENT_DIR, TWELFTH_EVENT_DIR));

  it("asks the previous question again, of the time before the one it answered", () => {
    const result = followUp(
      stories,
      "who is the smsc's executive director now?",
      "who had the post before her?",
    );
    expect(result.reading).toBe(
      'Reading it as "who is the smsc\'s executive director before Siti Rahmawati?"',
    );
    expect(result.answer).toMatch(/^Reading[^\n]*\nTan Boon Kiat\./);
  });

  it("reads 'who had it before?' with no pronoun as before the one answered as holding it now", () => {
    const result = followUp(stories, "who is the smsc's executive director now?", "and who had it before?");
    expect(result.reading).toBe(
      'Reading it as "who is the smsc\'s executive director before Siti Rahmawati?"',
    );
  });

  it("leaves 'who had it before?' after a holder still to come to the chair as it stands", () => {
    const sixth = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
    const result = followUp(sixth, "who will chair the ccfc in 2026", "and who had it before?");
    expect(result.reading ?? "").not.toMatch(/^Reading it as "who will chair/);
  });

  it("is about her own post when the previous question named her", () => {
    const result = followUp(stories, "who is siti rahmawati?", "who had the post before her?");
    expect(result.reading ?? "").not.toMatch(/before Siti Rahmawati\?"$/);
  });

  it("'he' after 'who led it before him?' is the one the answer led with, not the one the question named", () => {
    const result = followUp(
      stories,
      "who was in charge of tajikistan's emergencies committee before nazarov took over?",
      "since when had he held it?",
    );
    expect(result.reading).toMatch(/^Taking "he" as Saidali Karimov/);
  });

  it("'who succeeded X as <post>?' is answered by the post's new holder, not the post's country", () => {
    const result = stories.answer("who succeeded warsame as somalia's minister of agriculture?");
    expect(result.answer).toMatch(/^Deqa Yusuf Farah /);
    expect(result.turn?.entities[0]).toBe("deqa-yusuf-farah");
  });
});

describe('"They" after a question that named one country is that country', () => {
  const stories = engineFrom(combinedDataDir(SIXTH_EVENT_DIR, THIRTEENTH_EVENT_DIR));

  it("reads 'they' as the one country the previous question named, not everyone at its meeting", () => {
    const result = followUp(
      stories,
      "what did senegal object to in the praia protocol?",
      "so what do they want instead?",
    );
    expect(result.reading).toBe('Taking "they" as Senegal');
  });

  it("'it' after 'what did X ask for?' is what was asked for, not the meeting it was asked at", () => {
    const first = stories.answer("what did comoros ask for at the port louis talks?");
    expect(first.answered).toBe(true);
    const next = stories.answer("and did they get it?", undefined, { previous: first.turn! });
    expect(next.reading).toBe('Taking "they" as Comoros');
    expect(next.answer).toMatch(/did not send anyone|sent no one/);
  });

  it("a country named by its adjective ('the Mauritian employers') is not who 'they' are", () => {
    const result = followUp(
      stories,
      "what pay did the mauritian employers put on the table in march?",
      "who spoke for them?",
    );
    expect(result.reading ?? "").not.toMatch(/"them" as Mauritius/);
  });
});

describe('"When?" after an answer that already says when, and "and originally?" of one earlier account', () => {
  const glacial = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

  it("answers 'when?' from the fact just given when it says when, not from another fact's words", () => {
    const result = followUp(
      glacial,
      "where will the kyrgyz and tajik sides meet next over the glacial lakes?",
      "when?",
    );
    expect(result.answer).toContain("March 2027");
  });

  it("gives the earlier account when only it was asked for, and a later article tells the story on", () => {
    const question = "how many of the glacial lakes in the border mountains are dangerous?";
    expect(followUp(glacial, question, "and originally?").answer).toContain("85");
    // "And now?" wants the later account too: the later article's survey count, set beside the first.
    const now = followUp(glacial, question, "and now?");
    expect(now.answer).toContain("85");
    expect(now.answer).toContain("112");
  });
});

describe("A follow-up about the person's own post, dates or nationality is answered from their description", () => {
  const stories = engineFrom(combinedDataDir(TENTH_EVENT_DIR, ELEVENTH_EVENT_DIR, TWELFTH_EVENT_DIR));

  it("gives the end of a term the description dates", () => {
    const result = followUp(stories, "who is tan boon kiat?", "when was the end of his term?");
    expect(result.reading).toBe('Taking "his" as Tan Boon Kiat');
    expect(result.answer).toContain("31 December 2025");
  });

  it("gives where someone works, and whether they still hold the post, from what they are", () => {
    expect(followUp(stories, "who is amina abdi nour?", "where does she work, then?").answer).toContain(
      "Somali National University",
    );
    expect(followUp(stories, "who is farrukh nazarov?", "is he still in the post?").answer).toContain(
      "Chairman of Tajikistan's Committee",
    );
  });

  it("puts the description against a nationality or office put to confirm", () => {
    expect(followUp(stories, "who is amina abdi nour?", "she is djiboutian, right?").answer).toContain(
      "Somali",
    );
    expect(followUp(stories, "who is rustam khojaev?", "he's the kyrgyz governor, right?").answer).toContain(
      "Sughd",
    );
  });

  it("refuses what the description does not say: where she studied, when he took office", () => {
    expect(followUp(stories, "who is amina abdi nour?", "where did she study?").answered).toBe(false);
    expect(followUp(stories, "who is rustam khojaev?", "when did he become governor?").answered).toBe(false);
  });
});

describe('"It" is not the place the previous question set its question in', () => {
  const hydro = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it("does not read 'it' as the city a turn with no answer named as where it happened", () => {
    const kb = hydro.knowledge();
    // A turn that found nothing: only what its own question named is left to point back to.
    const unanswered: DialogueTurn = {
      question: "what tariff was fixed in yerevan?",
      mentions: [{ entity: "yerevan", text: "yerevan" }],
      entities: ["yerevan"],
      facts: [],
    };
    const readings = resolveContext(understand("how often is it reviewed?", kb), unanswered, kb);
    expect(readings.some((r) => r.kind === "read" && /"it" as Yerevan/.test(r.reading ?? ""))).toBe(false);
  });
});

describe('"Who had the job then?" asks who held the post the previous question asked about', () => {
  const malacca = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("puts the post asked about in the place of 'the job' or 'that position'", () => {
    const result = followUp(
      malacca,
      "who is the executive director of the smsc?",
      "who held that position before?",
    );
    expect(result.reading).toBe('Reading it as "who was executive director of the smsc before?"');
    expect(result.answer).toContain("Tan Boon Kiat");
  });

  it("leaves a question that names someone, or follows no question of a post, as it was", () => {
    const kb = malacca.knowledge();
    const turn = turnOf(malacca.answer("what will the smsc do under the oil spill agreement?"));
    const readings = resolveContext(understand("who held the post before?", kb), turn, kb);
    expect(readings.some((r) => r.kind === "read" && /Reading it as "who was/.test(r.reading ?? ""))).toBe(
      false,
    );
  });
});

describe('"Which hall?" after a question about a meeting is where that meeting was held', () => {
  const malacca = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("gives the venue of the meeting just discussed, for a noun of a place or one its venue is named by", () => {
    const question = "who chaired the jakarta round of the oil spill talks?";
    for (const next of ["in which hall?", "what venue exactly?"]) {
      const result = followUp(malacca, question, next);
      expect(result.reading).toMatch(/^Taking it as the venue of Second round of Malacca/);
      expect(result.answer).toContain("Sunda Kelapa Maritime Hall");
    }
  });
});

describe('"At the signing", "the next round" are the meetings of the story being discussed', () => {
  const locust = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

  it("keeps 'what did he say at the signing?' to the meeting of the story whose title has the signing", () => {
    const result = followUp(
      locust,
      "what did pieter de graaf sign in bosaso?",
      "what did he say at the signing?",
    );
    expect(result.reading).toMatch(
      /^Taking "he" as Pieter de Graaf, "the signing" as Second round of Djibouti/,
    );
    expect(result.answer).toContain("In April I said");
  });

  it("reads 'the next round' after a question about the first as the story's second, found among its facts", () => {
    const result = followUp(
      locust,
      "who opened the djibouti city locust talks?",
      "who chaired the next round?",
    );
    expect(result.reading).toMatch(/^Taking "the next round" as Second round of Djibouti/);
    expect(result.answer).toMatch(/Deqa Yusuf Farah/);
  });

  it("steps to the next round even where 'next round' is also a name of a meeting still to come", () => {
    // The glacial story's facts call its planned Dushanbe meeting "the next round"; asked after
    // the Khujand talks, it is the round that followed them.
    const glacial = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const result = followUp(
      glacial,
      "which official opened the talks in khujand?",
      "who co-chaired the next round then?",
    );
    expect(result.reading).toMatch(/^Taking "the next round" as Second round of Kyrgyz/);
    expect(result.answer).toContain("Abdyrakhmanova");
    expect(result.answer).toContain("Nazarov");
  });
});

describe("a follow-up's pronoun is taken even when its auxiliary is joined to it", () => {
  const hydro = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it('reads "they\'ve" as "they have", taking "they" as the parties just discussed', () => {
    const next = followUp(
      hydro,
      "where was the georgia armenia hydropower agreement signed?",
      "list every city they've met in so far",
    );
    expect(next.answered).toBe(true);
    expect(next.answer).toMatch(/Taking "they" as Georgia and Armenia/);
    expect(next.answer).not.toMatch(/Armenia've/);
    for (const city of ["Tbilisi", "Yerevan", "Batumi"]) expect(next.answer).toContain(city);
  });
});

describe('"Who replaced her?", "who had it before her?": the handover before or after the one the answer named', () => {
  const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));

  it("asks who came after her, answered by the handover that names her successor, not her own post", () => {
    const result = followUp(park, "who replaced rosen tsvetkov?", "and who replaced her?");
    expect(result.reading).toBe('Taking "her" as Daniela Marinova');
    expect(result.answer).toMatch(/Kalin Yordanov has been Bulgaria's Minister of Environment and Water/);
  });

  it("asks the previous question of the time before the one its answer named, and refuses when no one is told", () => {
    const result = followUp(park, "who was bulgaria's minister before tsvetkov?", "who had it before her?");
    expect(result.reading).toBe('Reading it as "who was bulgaria\'s minister before Galina Doneva?"');
    expect(result.answered).toBe(false);
  });
});

describe('"Who took over from her?" is answered by the handover from her, however the fact words it', () => {
  const hydro = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
  const exchange = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

  it("reads 'took over from' as asking for her successor, met by 'replacing her'", () => {
    const result = followUp(hydro, "who is tamar gelashvili?", "who took over from her?");
    expect(result.reading).toBe('Taking "her" as Tamar Gelashvili');
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Levan Chkhaidze became Georgia's Minister of Energy and Water/);
  });

  it("takes 'since 4 May 2026, replacing her' as done: the month is no 'may' of what might be", () => {
    const result = followUp(
      exchange,
      "who was bhutan's chief negotiator at the thimphu talks?",
      "who replaced her?",
    );
    expect(result.reading).toBe('Taking "her" as Sonam Choden');
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(
      /Ugyen Dorji has led Bhutan's delegation as chief negotiator since 4 May 2026/,
    );
  });

  it("reads 'succeeded', a word the store never uses, as the handover it asks for", () => {
    const result = exchange.answer("who succeeded sonam choden as chief negotiator?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Ugyen Dorji has led Bhutan's delegation/);
  });
});

describe('"Until when?" after what was put off is answered by the meeting it was put off until', () => {
  const fisheries = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
  const forests = engineFrom(combinedDataDir(NINTH_EVENT_DIR));

  it("takes 'until the CCFC's next session' as the end asked for", () => {
    const result = followUp(fisheries, "what did the ccfc session put off?", "until when?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/postponed until the CCFC's next session/);
  });

  it("takes 'until its next meeting' as the end asked for, in another story", () => {
    const result = followUp(forests, "what did the cfpc postpone?", "until when?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/until its next meeting/);
  });
});

describe('"What did she do before?" is what the person was earlier, however the fact says it', () => {
  const vaccines = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
  const housing = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twentieth-event")));
  const exchange = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

  it("is met by 'a former director of the port', without the word 'before'", () => {
    const result = followUp(vaccines, "who is paul-henri abessolo nkodo?", "what did he do before?");
    expect(result.reading).toBe('Taking "he" as Paul-Henri Abessolo Nkodo');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("a former director of the port of Kribi");
  });

  it("is met by a post held until a year ('ran the Public Works Corporation from 2018 until 2025')", () => {
    const result = housing.answer("what did verna sorhaindo do before?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("ran Dominica's Public Works Corporation from 2018 until 2025");
  });

  it("is not read so of a thing: 'what was it before?' after the allowance is no earlier state of the exchange", () => {
    const result = followUp(
      exchange,
      "how much is the monthly allowance for the nepal bhutan exchange students now?",
      "what was it before",
    );
    expect(result.answer).not.toMatch(/Colleges may still sign up/);
  });
});

describe('"How long had he been in the job?" of the one handed over from is answered by his own "who had been minister since"', () => {
  const vaccines = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

  it("reads 'from Jean-Baptiste Mouity, who had been minister since 2020' as when he began", () => {
    const first = vaccines.answer("who did pauline nzé ondo take over from?");
    const result = AnswerResult.parse(
      vaccines.answer(
        "how long had he been in the job?",
        undefined,
        first.turn ? { previous: first.turn } : {},
      ),
    );
    expect(result.reading).toBe('Taking "he" as Jean-Baptiste Mouity');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("who had been minister since 2020");
  });
});

describe('"And back in February?", "and now?" steer the previous question to that account of the story', () => {
  const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
  const line = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));

  it("asks a question about now again of the month's meeting, without the 'now'", () => {
    const result = followUp(park, "how much does the osogovo park cost now?", "and back in february?");
    expect(result.answer).toMatch(/expected to cost 14\.5 million euros/);
  });

  it("drops the month that held the previous question to the first account, and gives the figure taken on since", () => {
    const visas = engineFrom(combinedDataDir(THIRTEENTH_EVENT_DIR));
    const result = followUp(visas, "how many seasonal visas were planned in march?", "and now?");
    expect(result.reading).toBe('Reading it as "how many seasonal visas were planned, at first and now?"');
    expect(result.answer).toMatch(/Later \([^\n]*cut from 3,000 to 2,500/);
  });

  it("gives the newest figure as 'now', when a third article takes the second's on", () => {
    const result = followUp(
      line,
      "what was the marneuli alaverdi line's estimated cost in february?",
      "and now?",
    );
    expect(result.answer).toMatch(/Earlier \(Kura Valley Courier[^\n]*240 million/);
    expect(result.answer).toMatch(/Later \(Batumi Coastal Gazette[^\n]*to 320 million euros/);
  });
});

describe('"What about Vranje?", "who\'s the mayor there?": a town after a question about a meeting or a place', () => {
  const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));

  it("asks the previous question of the story's meeting in that town, not who the town is", () => {
    let previous: DialogueTurn | undefined;
    const asked = [
      "who led north macedonia at the kyustendil talks?",
      "what did she say at the signing?",
      "what about vranje?",
    ].map((question) => {
      const result = AnswerResult.parse(park.answer(question, undefined, previous ? { previous } : {}));
      previous = result.turn;
      return result;
    });
    const result = asked.at(-1)!;
    expect(result.reading).toMatch(
      /^Taking it as First board meeting of the Osogovo Transboundary Park in Vranje/,
    );
    expect(result.answer).toMatch(/a compromise we can live with/);
  });

  it("reads 'there' after a where-question as the town its answer gave, with its preposition", () => {
    const result = followUp(
      park,
      "where did bulgaria and north macedonia sign the park agreement?",
      "who's the mayor there?",
    );
    expect(result.reading).toBe('Taking "there" as Kriva Palanka');
    expect(result.answer).toMatch(/Zoran Mitevski, the mayor of Kriva Palanka/);
  });

  it("does not take 'there' as a meeting the previous answer named in passing, nor a happening", () => {
    const result = followUp(
      park,
      "why did serbia refuse an immediate hunting ban in the osogovo park?",
      "so when does hunting have to stop there?",
    );
    expect(result.reading ?? "").not.toMatch(/board meeting/);
  });
});

describe('"Is it still only an observer?": what holds a role is a country or a body, not an occasion', () => {
  const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));

  it("reads 'it' before a noun of people as the country the previous turn was about", () => {
    const result = followUp(
      park,
      "was serbia at the kriva palanka signing?",
      "is it still only an observer?",
    );
    expect(result.reading).toBe('Taking "it" as Serbia');
  });
});

describe('"What did they disagree about?" after a meeting of delegations is about the countries', () => {
  const glacial = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

  it("reads 'they' doing something as the meeting's countries, not its delegates one by one", () => {
    const result = followUp(glacial, "who was at the khujand talks?", "what did they disagree about?");
    expect(result.reading).toMatch(/^Taking "they" as (?:Tajikistan|Kyrgyzstan)/);
    expect(result.answer).toMatch(/could not agree on where the warning centre/);
  });

  it("takes the countries from the meeting's facts when the answer listed only its delegates", () => {
    const result = followUp(withSixth, "who was at the praia session?", "did they sign the other agreement?");
    expect(result.reading).toMatch(/^Taking "they" as (?:[A-Z][\p{L} -]+, )+[^"]*Mauritania/u);
    expect(result.answer).toMatch(/signed by all six CCFC members/);
  });

  it("keeps 'they' that are only named, not doing anything, out of it", () => {
    const result = followUp(glacial, "who was at the khujand talks?", "what kind of experts are they?");
    expect(result.reading ?? "").not.toMatch(/Tajikistan|Kyrgyzstan/);
  });
});

describe('"What did he say about it?" after "what did they refuse?" is about what was refused', () => {
  const locusts = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

  it("does not read 'it' as the meeting where it was refused", () => {
    const result = followUp(
      locusts,
      "what did djibouti refuse at the djibouti city talks?",
      "what did houmed say about it?",
    );
    expect(result.reading ?? "").not.toMatch(/talks|round/i);
    expect(result.answer).toMatch(/We will not poison the sea/);
  });
});

describe('"Where did it happen?" after a question about a happening is about that happening', () => {
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("takes the spill asked about, not the talks whose report told of it", () => {
    const result = followUp(eleventh, "tell me about the orchid star spill", "where did it happen");
    expect(result.answer).toContain("Port Dickson");
    expect(result.answer).not.toMatch(/George Town/);
  });
});

describe('"It" doing something after "which country did it?" is the country the answer gave', () => {
  const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

  it("takes the country that asked to join, not the project it asked to join", () => {
    const result = followUp(
      fifteenth,
      "which country asked to join the kribi vaccine project in november?",
      "how big a share does it want?",
    );
    expect(result.answer).toMatch(/^Taking "it" as Central African Republic/);
  });
});

describe('"She" after "who replaced X?" is the one who replaced X, whatever is found of her', () => {
  const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

  it("does not fall back on the one replaced when nothing answers of the successor", () => {
    const result = followUp(
      tenth,
      "who replaced asanaliev as kyrgyz emergencies minister?",
      "what did she do before that?",
    );
    expect(result.answer).toMatch(/^Taking "she" as Gulnara Abdyrakhmanova/);
  });
});

describe('"And after that?" after where or when one act was done asks which, rather than asking of it again', () => {
  const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

  it("does not give the signing's place again as its place after", () => {
    const result = followUp(
      twelfth,
      "where was the djibouti somalia locust agreement signed?",
      "and after that?",
    );
    expect(result.answered).toBe(false);
  });
});

describe('"And at the signing?" asks the previous question again, set at that place or meeting instead', () => {
  const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));
  const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

  it("puts the new occasion in the place of the meeting the previous question named", () => {
    const result = followUp(
      twelfth,
      "what did houmed say at the djibouti city talks?",
      "and at the signing?",
    );
    expect(result.answer).toMatch(/^Reading it as "what did houmed say at the signing\?"/);
    expect(result.answer).toContain("sea stays clean");
  });

  it("puts a meeting named in full in the place of a town and its occasion", () => {
    const result = followUp(
      fifteenth,
      "what did vandaele say at the brussels signing?",
      "and at the kribi board meeting?",
    );
    expect(result.answer).toMatch(/^Reading it as "what did vandaele say at the kribi board meeting\?"/);
  });

  it("replaces every word of the old setting, the building and its town", () => {
    const result = followUp(
      withThirdAndFourth,
      "who held talks with asakawa at the foreign ministry in accra?",
      "and at jubilee house?",
    );
    expect(result.answer).toMatch(/^Reading it as "who held talks with asakawa at jubilee house\?"/);
    expect(result.answer).toContain("Owusu-Ansah");
  });
});

describe('"And <a meeting>?" after asking which outlet reported one asks who reported that one', () => {
  it("names the other meeting's outlet, not what its facts say", () => {
    const next = followUp(
      withThirdAndFourth,
      "which outlet reported the mongolia-chile talks?",
      "and the talks in accra?",
    );
    expect(next.reading).toBe('Reading it as "which outlet reported the talks in accra?"');
    expect(next.answer).toMatch(/^Reading it as .*\nMeridian Wire reported it, on 18 June 2024/);
  });

  it("does not take a detail of the meeting for another meeting", () => {
    const next = followUp(
      withThirdAndFourth,
      "which outlet reported the mongolia-chile talks?",
      "and the talks date?",
    );
    expect(next.reading ?? "").not.toContain("which outlet reported the talks date");
  });
});

describe("A reading quotes the question with the user's own punctuation", () => {
  const tenth = engineFrom(TENTH_EVENT_DIR);

  it('keeps the en dash of "Kyrgyz–Tajik" in the reading, though it matches on the hyphen', () => {
    const next = followUp(
      tenth,
      "who chaired the first round of the Kyrgyz–Tajik glacial lake talks?",
      "and the second round?",
    );
    expect(next.reading).toBe(
      'Reading it as "who chaired the second round of the Kyrgyz–Tajik glacial lake talks?"',
    );
  });

  it("keeps a curly apostrophe in a reading shown in lower case", () => {
    const next = followUp(
      tenth,
      "what did Kyrgyzstan’s minister say at the Osh talks?",
      "and at the signing?",
    );
    expect(next.reading).toMatch(/^Reading it as "what did kyrgyzstan’s minister say at the signing\?"/);
  });

  it("answers the same as when the question was typed with a hyphen", () => {
    const dashed = followUp(
      tenth,
      "who chaired the first round of the Kyrgyz–Tajik glacial lake talks?",
      "and the second round?",
    );
    const hyphened = followUp(
      tenth,
      "who chaired the first round of the Kyrgyz-Tajik glacial lake talks?",
      "and the second round?",
    );
    expect(dashed.answer.replace(/–/g, "-")).toBe(hyphened.answer.replace(/–/g, "-"));
    expect(dashed.facts).toEqual(hyphened.facts);
  });
});

describe('"How big is that?", "where did it happen?": when no name of the turn answers, the fact just told does', () => {
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
  const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

  it("gives the area the answer just told when asked how big it is", () => {
    const result = followUp(twelfth, "what area will the locust patrols cover?", "how big is that?");
    expect(result.answer).toMatch(/^Taking "that" as what was just said\./);
    expect(result.answer).toContain("42,000 square kilometres");
  });

  it("gives the place the profile just told when asked where it happened", () => {
    const result = followUp(eleventh, "tell me about the orchid star spill", "where did it happen?");
    expect(result.answer).toMatch(/^Taking "it" as what was just said\./);
  });

  it("does not answer a word the store does not know from the fact told", () => {
    const result = followUp(
      engine,
      "What will the joint commission on Lake Amari monitor?",
      "who will sit on it?",
    );
    expect(result.answered).toBe(false);
  });
});

describe('"How far is it?" after a question that went unanswered stays on what that question was about', () => {
  const fourth = engineFrom(combinedDataDir(FOURTH_EVENT_DIR));
  // Beside a story where Japan's minister says the Gulf of Guinea is "not far".
  const nineteenth = engineFrom(combinedDataDir(FOURTH_EVENT_DIR, NINETEENTH_EVENT_DIR));

  it("answers of the ferry the unanswered question asked about", () => {
    const result = followUp(nineteenth, "how long does the ferry crossing take?", "and how far is it?");
    expect(result.answer).toContain("350 kilometres");
  });

  it("does not answer with another story's distance when the store has nothing on the ride", () => {
    const result = followUp(fourth, "how long is the boat ride?", "how far is it?");
    expect(result.answered).toBe(false);
  });
});

describe('"How did the Chadian minister react?" is the other party\'s reply to what was just told', () => {
  const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

  it("answers with what the one named said about the same thing at that meeting", () => {
    const result = followUp(
      fifteenth,
      "what did the kribi board refuse chad?",
      "how did the chadian minister react?",
    );
    expect(result.answer).toMatch(/^Reading it as "what did Haoua Abdelkerim Tahir say\?" in reply\./);
    expect(result.answer).toContain("not a luxury");
  });

  it("answers the seed's reply to a congratulation with the thanks", () => {
    const result = followUp(engine, "What did Sarybay say about COP29?", "and how did aliyev respond?");
    expect(result.answer).toMatch(/thanked Sarybay/);
  });

  it("refuses, rather than telling what else is known of them, when they said nothing of it", () => {
    const result = followUp(fifteenth, "what did the kribi board refuse chad?", "how did gabon react?");
    expect(result.answered).toBe(false);
    expect(result.answer).toContain("in reply");
  });
});

describe('"Which city did Grenada want?" asks the previous question of the other party', () => {
  const twentieth = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twentieth-event")));

  it("reads it as the previous question with the party swapped, and does not answer with the other party's city", () => {
    const result = followUp(
      twentieth,
      "where did dominica want the housing fund headquarters?",
      "which city did grenada want?",
    );
    expect(result.answer).toMatch(/^Reading it as "where did grenada want the housing fund headquarters\?"/);
    expect(result.answer).not.toMatch(/^Roseau/m);
  });
});

describe('"Who said that?" after a question that went unanswered asks which "that" is meant', () => {
  const nineteenth = engineFrom(combinedDataDir(FOURTH_EVENT_DIR, NINETEENTH_EVENT_DIR));
  const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

  it('does not take "that" as a country the unanswered question named', () => {
    const result = followUp(
      nineteenth,
      "why did sudan accept egyptian customs officers in the end?",
      "who said that?",
    );
    expect(result.answered).toBe(false);
    expect(result.answer).toContain('"that"');
  });

  it('does not take "after that" as the thing the unanswered question was about', () => {
    const result = followUp(
      fifteenth,
      "what was agreed in brussels about the kribi plant?",
      "and at the board meeting after that?",
    );
    expect(result.answered).toBe(false);
  });

  it('still reads "that" against a turn answered from a meeting\'s record, with no fact cited', () => {
    const kb = nineteenth.knowledge();
    const [meeting] = kb.eventsByDate(false);
    const told: DialogueTurn = {
      question: "where was the meeting held?",
      mentions: [],
      entities: [],
      event: meeting!.id,
      facts: [],
    };
    const readings = resolveContext(understand("when was that?", kb), told, kb);
    expect(readings[0]?.kind).toBe("read");
  });

  it('still reads "that" against a question that was answered', () => {
    const result = followUp(
      nineteenth,
      "how long is the aswan wadi halfa ferry crossing?",
      "when was that agreed?",
    );
    expect(result.answered).toBe(true);
  });
});

describe('"It" after "what\'s the retrofit dispute?" is the dispute, in the question\'s own words', () => {
  const twentieth = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twentieth-event")));
  const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

  it("takes it as the dispute the question asked about, not the building code its answer named", () => {
    const result = followUp(
      twentieth,
      "what's the retrofit dispute between grenada and dominica?",
      "when will they talk about it again?",
    );
    expect(result.answer).toContain('"it" as the retrofit dispute');
    expect(result.answer).not.toContain("Twin Isles Building Code");
  });

  it("does not answer the cost of the stockpile with the whole agreement's budget", () => {
    const result = followUp(
      eleventh,
      "what happened to the dumai stockpile",
      "how much was it going to cost?",
    );
    expect(result.answer).toContain('"it" as the dumai stockpile');
    expect(result.answer).not.toMatch(/budget/);
  });

  it("still takes it as what a country announced, not as the words before the verb", () => {
    const sixth = engineFrom(combinedDataDir(SIXTH_EVENT_DIR));
    const result = followUp(
      sixth,
      "what did the gambia announce at the praia session?",
      "when will it happen?",
    );
    expect(result.answer).not.toContain('"it" as the gambia');
  });
});
