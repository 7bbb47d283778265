// Lists whose members no one fact gathers: everyone who has held a post over a story ("list every
// chief negotiator Cameroon has had"), and the parts a total is split into ("how is the 210
// million split?"), each member stated by a fact of its own.
import type { Reading } from "./context.ts";
import type { Involved } from "./involved.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { canonicalText, stemOf, tokenize } from "./language/normalize.ts";
import { agentVerbs, isPersonNoun, isVerb, isVerbOfRefusing, verbBase } from "./language/thesaurus.ts";
import type { QueryPlan } from "./query.ts";
import type { Entity } from "./schema.ts";
import { statesMoney } from "./score-kind.ts";
import { factSequences } from "./token-cache.ts";
import { MEMBERS } from "./understand.ts";

type Read = Reading & { kind: "read" };

/** "Every", "all", "everyone": the question asks for the whole list, not the one who holds it now. */
const WHOLE_LIST = new Set(["every", "all", "everyone", "everybody"]);
/** "List …", "name …": an imperative that asks for a list when the post is plural. */
const LISTING = new Set(["list", "name"]);

/** "Everyone who has been Bhutan's chief negotiator": asks for the people. */
const WHO_HAS_BEEN = /\bwho (?:has|have|had) been\b/;
/** Words that open a relative clause after the post ("ministers who …"). */
const RELATIVES = new Set(["who", "that", "which", "whom"]);
/** Verbs after the post that say someone held it, or where they are told of. */
const HOLDING_VERBS = new Set(["have", "be", "serve", "hold", "mention"]);

/** A post as the question words it: its head ("negotiator"), the words before it, and whose it is. */
export interface PostAsked {
  head: string;
  modifiers: string[];
  /** Whose post it is: the country ("Cameroon's chief negotiators"), or the body of co-chairs. */
  owners: string[];
}

/**
 * "List every chief negotiator Cameroon has had", "everyone who has been Bhutan's chief
 * negotiator", "name the Ghanaian foreign ministers": the post is the first noun WordNet files as
 * a person (the last of a run: "chief negotiator") after the word that asks for every one; a
 * country the question names says whose post it is. A post no country owns is no list (every
 * minister of every story would be one).
 */
export function postAskedForEveryHolder(read: Read, kb: KnowledgeBase): PostAsked | undefined {
  return postAsked(read, kb, true);
}

/** The post a "who" question asks for the holder of ("who was Bulgaria's environment minister …"), every one or not. */
export function postAsked(read: Read, kb: KnowledgeBase, every = false): PostAsked | undefined {
  const { plan, intent } = read.understanding;
  if (intent !== "fact") return undefined;
  const { words } = plan;
  // It asks for the people themselves ("who were all …", "list every …", "everyone who has been
  // …"), not what each of them did ("what did all the chief negotiators say?", "did all … agree?").
  const asksPeople =
    plan.kind === "who" ||
    plan.kind === "which" ||
    LISTING.has(words[0] ?? "") ||
    WHO_HAS_BEEN.test(plan.text);
  if (!asksPeople || plan.kind === "yesno") return undefined;
  // A post may be read as the one who holds it ("Bulgarian environment minister" as Tsvetkov): its
  // words are the post's, and a country's adjective among them says whose.
  const holder = (m: (typeof plan.mentions)[number]) =>
    m.entityIds.every((id) => kb.entity(id)?.kind === "person");
  const mentions = plan.mentions.filter((m) => !holder(m));
  const inMention = (i: number) => mentions.some((m) => i >= m.position && i < m.position + m.length);
  const all = every ? words.findIndex((word) => WHOLE_LIST.has(word)) : -1;
  const listing = every && LISTING.has(words[0] ?? "");
  if (every && all < 0 && !listing) return undefined;
  const start = all >= 0 ? all + 1 : 1;
  let head = -1;
  for (let i = start; i < words.length; i++) {
    // "Bulgarian" names a person too, but before a post it says whose the post is.
    if (
      inMention(i) ||
      STOPWORDS.has(words[i]!) ||
      !personNoun(words[i]!) ||
      kb.countryOfAdjective(words[i]!)
    )
      continue;
    head = i;
    while (head + 1 < words.length && !inMention(head + 1) && personNoun(words[head + 1]!)) head++;
    break;
  }
  if (head < 0) return undefined;
  const word = words[head]!;
  // "… chief negotiators who said …": a verb after the post asks what they did, unless it says
  // they held it ("has had", "who served") or where they are told of ("mentioned in the story").
  let next = head + 1;
  while (RELATIVES.has(words[next] ?? "")) next++;
  const after = words[next];
  if (after && !inMention(next) && !personNoun(after) && isVerb(after)) {
    const base = verbBase(after);
    if (!base || !HOLDING_VERBS.has(base)) return undefined;
  }
  // "Name the ministers": a plural post; "name the minister" asks for one.
  if (every && all < 0 && !(word.endsWith("s") && personNoun(word.slice(0, -1)))) return undefined;
  const modifiers: string[] = [];
  const adjectives: string[] = [];
  for (let i = head - 1; i >= start && !inMention(i) && !STOPWORDS.has(words[i]!); i--) {
    // ("Kyrgyzstan's emergency situations minister" read whole as its holder: the country by its name.)
    const country =
      kb.countryOfAdjective(words[i]!) ??
      kb.entitiesNamed(words[i]!).find((id) => kb.entity(id)?.kind === "country");
    if (country && kb.entity(country)?.kind === "country") adjectives.push(country);
    else modifiers.push(words[i]!);
  }
  const countries = [
    ...new Set([
      ...adjectives,
      ...mentions.flatMap((m) => m.entityIds.filter((id) => kb.entity(id)?.kind === "country")),
    ]),
  ];
  if (countries.length !== 1) return undefined;
  return { head: singular(word), modifiers: modifiers.reverse(), owners: countries };
}

function personNoun(word: string): boolean {
  return isPersonNoun(word) || (word.length > 3 && word.endsWith("s") && isPersonNoun(word.slice(0, -1)));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && isPersonNoun(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

/** Two stems for one word: the same, or one the start of the other ("telecom", "telecommun"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * "Who co-chairs the Joint Rail and Tisza Commission now?", "who are the co-chairs of the Manas
 * committee?": a post several hold at once, one for each side, asked of a body. The answer is
 * everyone the store describes as holding it in that body as things stand, not the one fact that
 * best fits the words (the handover that names only the new co-chair). A co-chair "until" a day, a
 * "former" one, or one "replaced by" another no longer holds it. Only a post in the present: "who
 * co-chaired the first session?" is a meeting's record.
 */
export function coHoldersOf(read: Read, kb: KnowledgeBase): Holders | undefined {
  const { plan, intent } = read.understanding;
  if (intent !== "fact" || (plan.kind !== "who" && plan.kind !== "which")) return undefined;
  const { words } = plan;
  const at = words.findIndex(
    (word, i) => CO_HELD.has(word) || (word === "co" && CO_HELD_AFTER_CO.has(words[i + 1] ?? "")),
  );
  // ("Who is the Indian co-chair?" asks one side's.)
  if (at < 0 || kb.countryOfAdjective(words[at - 1] ?? "")) return undefined;
  const bodies = plan.mentions.filter((m) =>
    m.entityIds.some((id) => kb.entity(id)?.kind === "organization"),
  );
  // (The sides may be named too, "the india-bhutan manas committee": both, or it may ask one side's.)
  const countries = plan.mentions.filter((m) => m.entityIds.every((id) => kb.entity(id)?.kind === "country"));
  const others = plan.mentions.length - bodies.length - countries.length;
  if (bodies.length !== 1 || others > 0 || countries.length === 1) return undefined;
  const body = bodies[0]!.entityIds.find((id) => kb.entity(id)?.kind === "organization")!;
  const head = stemOf("chair");
  const sources = read.understanding.sources;
  const found: { entity: Entity; fact: IndexedFact }[] = [];
  for (const id of kb.entitiesWithStem(head).keys()) {
    const entity = kb.entity(id);
    if (entity?.kind !== "person" || !kb.namedInDescription(id).has(body)) continue;
    const post = entity.description.split(";").find((part) => CO_CHAIR.test(part));
    if (!post || NO_LONGER.test(post) || REPLACED.test(entity.description)) continue;
    const fact = factNaming(entity, head, kb, sources);
    if (fact) found.push({ entity, fact });
  }
  if (found.length < MIN_HOLDERS) return undefined;
  found.sort((a, b) => (a.fact.fact.date ?? "").localeCompare(b.fact.fact.date ?? ""));
  return {
    post: { head: "co-chair", modifiers: [], owners: [body] },
    people: found.map((f) => f.entity),
    facts: found.map((f) => f.fact),
  };
}

/** "Cochairs": one word for a post held by several at once. */
const CO_HELD = new Set(["cochair", "cochairs", "cochairman", "cochairmen", "cochairwoman", "cochairperson"]);
/** "Co-chairs", "co-chairing": the post after "co" (tokenized apart), in the present. */
const CO_HELD_AFTER_CO = new Set([
  "chair",
  "chairs",
  "chairing",
  "chairman",
  "chairmen",
  "chairwoman",
  "chairperson",
  "chairpersons",
]);
/** A description's part that gives the post: "Serbian co-chair of the … Commission". */
const CO_CHAIR = /\bco-?chair/i;
/** The post held no longer: "until 15 September 2026", "former co-chair". */
const NO_LONGER = /\buntil\b|\bformer(?:ly)?\b|\bex-/i;
/** Someone who took the post from them. */
const REPLACED = /\breplaced by\b/i;

/** Everyone the store describes as having held the post, each with the fact that best names them in it. */
export interface Holders {
  post: PostAsked;
  people: Entity[];
  facts: IndexedFact[];
}

/** Fewer than two holders is no list: the question is answered as any other. */
const MIN_HOLDERS = 2;

/**
 * Every person whose description holds the post as asked: its head and each word before it
 * (stems, or one the start of the other), and the country, by name or adjective. Each is cited by
 * a fact about them, the one that says the post's head if any, oldest first.
 */
export function everyHolder(read: Read, kb: KnowledgeBase): Holders | undefined {
  const post = postAskedForEveryHolder(read, kb);
  if (!post) return undefined;
  const [country] = post.owners as [string];
  const headStem = stemOf(post.head);
  const modifierStems = post.modifiers.map(stemOf);
  const sources = read.understanding.sources;
  const found: { entity: Entity; fact: IndexedFact }[] = [];
  // Only those whose name or description has the post's head can hold it: the store's index of
  // stems to entities gives them, not a walk over every fact about a person.
  for (const id of kb.entitiesWithStem(headStem).keys()) {
    const entity = kb.entity(id);
    if (entity?.kind !== "person") continue;
    if (!holdsPost(entity, headStem, modifierStems, country, kb)) continue;
    const fact = factNaming(entity, headStem, kb, sources);
    if (fact) found.push({ entity, fact });
  }
  if (found.length < MIN_HOLDERS) return undefined;
  found.sort((a, b) => (a.fact.fact.date ?? "").localeCompare(b.fact.fact.date ?? ""));
  return { post, people: found.map((f) => f.entity), facts: found.map((f) => f.fact) };
}

/** "Who has directed …", "who have chaired …": the perfect after "who" asks for everyone who has done it over time. */
const WHO_HAS_DONE = /^who (?:has|have) (\w+)\b/;
/** "Who has Cambodia had as co-chair …": the post itself, after "had as". */
const WHO_HAS_HAD_AS = /^who (?:has|have) (?:\w+ ){1,4}had as (?:(?:the|a|an|its|their|his|her) )?(.+)$/;
/** "Who has been …", "who has had …" say no act: the post is asked otherwise (`postAsked`). */
const NO_ACT = new Set(["be", "have"]);
/** A verb shorter than this is no stem a post is made from ("go" is not in "government"). */
const MIN_ACT_STEM = 4;

/** How the question names the post: the act that makes it, or the post's own words. */
type PostWords = { base: string } | { stems: string[] };

/**
 * "Who has directed the Nawras exercise?", "who has Cambodia had as co-chair on the boundary
 * commission?": the present perfect asks for everyone who has held it over time, and the store
 * tells that of each in their description ("director of the Nawras exercise from 2023 until …",
 * "director … since 1 October 2026"), not in one fact. The post is the one asked after "had as",
 * or a person noun made from the verb, by its letters ("direct" ~ "director") or WordNet's
 * derivation ("chairman" ~ "chair", "leader" ~ "lead"), in the same part of the description as
 * the thing asked (a body, an initiative, an event; a country's own posts are `everyHolder`'s). A
 * country also named says whose side's post it is. Everyone named in that thing's facts whose
 * description holds the post is listed.
 */
export function everyDoer(read: Read, kb: KnowledgeBase): Holders | undefined {
  const { plan, intent } = read.understanding;
  if (intent !== "fact" || plan.kind !== "who") return undefined;
  const post = postWords(plan.words, plan.mentions);
  if (!post) return undefined;
  const kindOf = (id: string) => kb.entity(id)?.kind;
  const things = plan.mentions.filter((m) =>
    m.entityIds.every(
      (id) => kindOf(id) !== undefined && kindOf(id) !== "person" && kindOf(id) !== "country",
    ),
  );
  const countries = plan.mentions.filter((m) => m.entityIds.every((id) => kindOf(id) === "country"));
  if (
    things.length !== 1 ||
    countries.length > 1 ||
    plan.mentions.length !== things.length + countries.length
  )
    return undefined;
  const owners = new Set(things[0]!.entityIds);
  const country = countries[0]?.entityIds[0];
  const sources = read.understanding.sources;
  const seen = new Set<string>();
  const found: { entity: Entity; fact: IndexedFact; post: string }[] = [];
  for (const owner of owners) {
    kb.visitFactsAbout(owner, (indexed) => {
      for (const id of indexed.fact.entities) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entity = kb.entity(id);
        if (entity?.kind !== "person") continue;
        const held = postHeld(entity, post, owners, country, kb);
        if (!held) continue;
        const fact = factNaming(entity, stemOf(held.split(" ").at(-1)!), kb, sources);
        if (fact) found.push({ entity, fact, post: held });
      }
      return true;
    });
  }
  if (found.length < MIN_HOLDERS) return undefined;
  found.sort((a, b) => (a.fact.fact.date ?? "").localeCompare(b.fact.fact.date ?? ""));
  return {
    post: { head: found[0]!.post, modifiers: [], owners: [...owners] },
    people: found.map((f) => f.entity),
    facts: found.map((f) => f.fact),
  };
}

function postWords(words: readonly string[], mentions: QueryPlan["mentions"]): PostWords | undefined {
  const text = words.join(" ");
  const had = WHO_HAS_HAD_AS.exec(text)?.[1];
  if (had) {
    // The post's words run up to the first word of no substance or of a name ("co chair on the …").
    const from = words.length - had.split(" ").length;
    const stems: string[] = [];
    for (let i = from; i < words.length; i++) {
      if (STOPWORDS.has(words[i]!) || mentions.some((m) => i >= m.position && i < m.position + m.length))
        break;
      stems.push(stemOf(singular(words[i]!)));
    }
    return stems.length > 0 ? { stems } : undefined;
  }
  const done = WHO_HAS_DONE.exec(text)?.[1];
  const base = done ? verbBase(done) : undefined;
  if (!done || !base || base === done || NO_ACT.has(base) || base.length < MIN_ACT_STEM) return undefined;
  return { base };
}

/** "Cambodian", or the country's own name before a post ("Castel co-chair"). */
function ofCountry(word: string, country: string, kb: KnowledgeBase): boolean {
  return kb.countryOfAdjective(word) === country || kb.entitiesNamed(word).includes(country);
}

/**
 * The post the description gives the person, in a part naming the thing, as its word; with a
 * country asked, of that country's side: its adjective or name right before the post
 * ("Cambodian co-chair"), not a country the thing's own name holds ("Lao–Cambodian Joint Boundary Commission").
 */
function postHeld(
  entity: Entity,
  post: PostWords,
  owners: ReadonlySet<string>,
  country: string | undefined,
  kb: KnowledgeBase,
): string | undefined {
  for (const part of entity.description.split(";")) {
    if (!kb.namedInText(part).some((id) => owners.has(id))) continue;
    const tokens = tokenize(part);
    for (let i = 0; i < tokens.length; i++) {
      let end = i;
      if ("base" in post) {
        const word = tokens[i]!.word;
        if (!isPersonNoun(word) || !(word.startsWith(post.base) || agentVerbs(word).includes(post.base)))
          continue;
      } else {
        if (!post.stems.every((stem, k) => tokens[i + k]?.stem === stem)) continue;
        end = i + post.stems.length - 1;
      }
      if (country && !ofCountry(tokens[i - 1]?.word ?? "", country, kb)) continue;
      return tokens
        .slice(i, end + 1)
        .map((t) => t.word)
        .join(" ");
    }
  }
  return undefined;
}

/**
 * "Which countries pledged money at the Hague conference?": the countries asked are those that
 * did it, named before the act in the fact ("The Netherlands pledged …", "Japan made the largest
 * pledge …"), not one it was done for ("… for Madagascar's recovery") nor a fund that did it nor
 * the donors' total, nor one that refused to. The test for a list's items, when the question asks a kind of the store's
 * entities right before its verb; none otherwise.
 */
export function doerOfTheKindAsked(
  plan: QueryPlan,
  kb: KnowledgeBase,
): ((indexed: IndexedFact) => boolean) | undefined {
  const focus = plan.focus;
  if (!focus || (plan.kind !== "which" && plan.kind !== "what")) return undefined;
  const [kind, ...more] = focus.kinds;
  if (!kind || more.length > 0 || kind === "person" || !focus.word.endsWith("s")) return undefined;
  const verb = plan.words[focus.position + 1];
  if (!verb || STOPWORDS.has(verb) || !isVerb(verb)) return undefined;
  const act = actStem(verb);
  const asked = new Set(plan.mentions.flatMap((m) => m.entityIds));
  return (indexed) => {
    const tokens = tokenize(indexed.fact.statement);
    const at = tokens.findIndex((t) => actStem(t.word) === act);
    if (at <= 0) return false;
    // ("The memorandum was signed by all six members": a passive names its doer after the act.)
    if (tokens[at + 1]?.word === "by") return true;
    // ("Senegal refused to sign", "we cannot sign": a country that did not do it.)
    if (tokens.slice(0, at).some((t) => NOT_DONE.has(t.word) || isVerbOfRefusing(verbBase(t.word) ?? t.word)))
      return false;
    const before = tokens
      .slice(0, at)
      .map((t) => t.text)
      .join(" ");
    return kb.namedInText(before).some((id) => !asked.has(id) && kb.entity(id)?.kind === kind);
  };
}

/** Words before an act that say it was not done. */
const NOT_DONE = new Set(["not", "never", "cannot", "nt", "no"]);

/** A verb's stem as its base's ("paid" as "pay"), which its noun shares ("pledged" ~ "pledge"). */
function actStem(word: string): string {
  return stemOf(verbBase(word) ?? word);
}

export function holdsPost(
  entity: Entity,
  head: string,
  modifiers: readonly string[],
  country: string,
  kb: KnowledgeBase,
): boolean {
  const tokens = tokenize(entity.description);
  const stems = tokens.map((t) => t.stem);
  if (!stems.includes(head)) return false;
  if (!modifiers.every((m) => stems.some((s) => sameWord(m, s)))) return false;
  return (
    kb.namedInDescription(entity.id).has(country) ||
    tokens.some((t) => kb.countryOfAdjective(t.word) === country)
  );
}

/** The oldest fact about the person that says the post's head, else the oldest about them. */
function factNaming(
  entity: Entity,
  head: string,
  kb: KnowledgeBase,
  sources: ReadonlySet<string> | undefined,
): IndexedFact | undefined {
  let best: IndexedFact | undefined;
  let bestSays = false;
  kb.visitFactsAbout(entity.id, (indexed) => {
    if (!indexed.fact.entities.includes(entity.id)) return true;
    if (sources && !sources.has(indexed.fact.source)) return true;
    const says = factSequences(indexed.fact)[0]!.some((t) => t.stem === head);
    const older = (indexed.fact.date ?? "") < (best?.fact.date ?? "9999");
    if (!best || (says && !bestSays) || (says === bestSays && older)) {
      best = indexed;
      bestSays = says;
    }
    return true;
  });
  return best;
}

/** "Split", "divided", "broken down", "apportioned", "allocated": the parts of a whole asked for. */
const SPLIT_STEMS = new Set(["split", "divid", "apportion", "alloc", "breakdown"]);
const DOWN_AFTER = new Set(["break", "broken", "broke"]);
const SCALES = new Set(["thousand", "million", "billion"]);
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

/** A total and the facts whose sums of money add up to it, each a part of it. */
export interface Shares {
  total: IndexedFact;
  figure: string;
  parts: IndexedFact[];
}

/** At most this many facts of a meeting are tried as parts (2^n subsets). */
const MAX_PARTS_TRIED = 16;
/** At most this many facts stating the total are tried, each with its meeting's parts. */
const MAX_TOTALS_TRIED = 8;

/** The sum a question asks split ("how is the 210 million split?"): its figure and scale. */
export function splitAsked(plan: QueryPlan): { figure: string; scale: string } | undefined {
  const { words } = plan;
  const splits = words.some(
    (word, i) => SPLIT_STEMS.has(stemOf(word)) || (word === "down" && DOWN_AFTER.has(words[i - 1] ?? "")),
  );
  if (!splits) return undefined;
  const asked = words.flatMap((word, i) =>
    NUMBER.test(word) && SCALES.has(words[i + 1] ?? "") ? [{ figure: word, scale: words[i + 1]! }] : [],
  );
  return asked.length === 1 ? asked[0] : undefined;
}

/**
 * The fact gives no sum of money at the asked scale but the whole itself (and what a change started
 * from): "its cost rose from 14.5 million to 16.8 million" says the whole, not how it is split.
 */
export function tellsNoPart(indexed: IndexedFact, asked: { figure: string; scale: string }): boolean {
  const total = cents(asked.figure);
  return (amountsOf(indexed, asked.scale, false) ?? []).every((amount) => amount === total);
}

/**
 * "How is the 210 million for the Kribi plant split?": a total the question gives (a number and its
 * scale) and a word that splits it. The total is a fact's figure (the figure a change ends at, or
 * the only one); the parts are the facts of that fact's meeting whose sums of money, each at the
 * same scale (the end of a change "from 45 million to 55 million"), add up to the total exactly:
 * the fewest such facts. Arithmetic, not wording, says they are its parts.
 */
export function splitOfTotal(read: Read, kb: KnowledgeBase): Shares | undefined {
  const asked = splitAsked(read.understanding.plan);
  if (!asked) return undefined;
  const { figure, scale } = asked;
  const total = cents(figure);
  const sources = read.understanding.sources;
  const totals: IndexedFact[] = [];
  kb.forEachFactWithStem(stemOf(figure), (indexed) => {
    if (sources && !sources.has(indexed.fact.source)) return true;
    if (!indexed.fact.event || totals.includes(indexed)) return true;
    // The figure the fact ends at: a change's new figure, not the one it starts from.
    const amounts = amountsOf(indexed, scale, true);
    if (amounts?.at(-1) === total) totals.push(indexed);
    return totals.length < MAX_TOTALS_TRIED;
  });
  for (const totalFact of totals) {
    const parts: { indexed: IndexedFact; sum: number }[] = [];
    // (The fact that names the whole may state a part too: "agreed to lend 1.2 billion …, settling
    // how the 4.1-billion-dollar project will be paid for".)
    const itsOwn = amountsOf(totalFact, scale, false)?.filter((amount) => amount !== total) ?? [];
    if (itsOwn.length > 0) parts.push({ indexed: totalFact, sum: itsOwn.reduce((a, b) => a + b, 0) });
    kb.visitFactsOfEvent(totalFact.fact.event!, (indexed) => {
      if (indexed === totalFact || parts.some((p) => p.indexed.fact.statement === indexed.fact.statement))
        return true;
      // (A part's fact may name the whole as well: "lend 1.2 billion …, settling how the
      // 4.1-billion-dollar project will be paid for" is the part of 1.2 billion.)
      const amounts = amountsOf(indexed, scale, false)?.filter((amount) => amount !== total);
      if (!amounts || amounts.length === 0) return true;
      parts.push({ indexed, sum: amounts.reduce((a, b) => a + b, 0) });
      return parts.length < MAX_PARTS_TRIED;
    });
    const chosen = fewestSumming(parts, total);
    if (chosen)
      return { total: totalFact, figure: `${figure} ${scale}`, parts: chosen.map((p) => p.indexed) };
  }
  return undefined;
}

function cents(figure: string): number {
  return Math.round(Number(figure.replace(/,/g, "")) * 100);
}

/**
 * The sums of money a fact states at a scale, in hundredths; of a change ("from 45 million to 55
 * million") only the figure it ends at, unless `both`. None when the fact states no money.
 */
function amountsOf(indexed: IndexedFact, scale: string, both: boolean): number[] | undefined {
  const [statement = []] = factSequences(indexed.fact);
  if (!statesMoney(statement)) return undefined;
  const amounts: number[] = [];
  for (let i = 0; i < statement.length; i++) {
    const word = statement[i]!.word;
    if (!NUMBER.test(word) || statement[i + 1]?.word !== scale) continue;
    // "from 45 million to 55 million": the first is what it was.
    if (
      !both &&
      statement[i - 1]?.word === "from" &&
      statement.slice(i + 2, i + 5).some((t) => t.word === "to")
    )
      continue;
    amounts.push(cents(word));
  }
  return amounts;
}

/**
 * The fewest parts whose sums make the total; one part only when it states several sums. Of as
 * few, the first in the order of the bits of a mask over the parts (the lower highest part). Sums
 * are never negative, so a choice that passes the total is not followed further.
 */
export function fewestSumming<T extends { sum: number }>(
  parts: readonly T[],
  total: number,
): T[] | undefined {
  let best: { mask: number; size: number } | undefined;
  const search = (from: number, sum: number, mask: number, size: number): void => {
    if (sum === total && size > 0) {
      if (!best || size < best.size || (size === best.size && mask < best.mask)) best = { mask, size };
      return;
    }
    if (best && size >= best.size) return;
    for (let i = from; i < parts.length; i++) {
      const next = sum + parts[i]!.sum;
      if (next <= total) search(i + 1, next, mask | (1 << i), size + 1);
    }
  };
  search(0, 0, 0, 0);
  const found = best;
  return found ? parts.filter((_, i) => found.mask & (1 << i)) : undefined;
}

/**
 * "How much will the Sava levees cost now?" answered by a fact that gives the parts ("the Bosnian
 * bank's flood defences will cost 101 million euros instead of 82 million, and the Croatian bank's
 * 113 million instead of 104 million"), where the question names no part: the fact that states
 * their sum ("has risen to 214 million euros") is the cost asked. The parts are the fact's sums of
 * money at one scale, as they now stand (not those after "instead of", "from", "up from"), two or
 * more; the whole is another fact of the same thing (an entity in common) that states their sum,
 * not as what it was. The question must say nothing that only the parts' fact has (a bank, a side).
 */
export function wholeOfTheParts(
  partsFact: IndexedFact,
  askedStems: ReadonlySet<string>,
  kb: KnowledgeBase,
): IndexedFact | undefined {
  const [statement = []] = factSequences(partsFact.fact);
  if (!statesMoney(statement)) return undefined;
  const parts = amountsNow(statement);
  const scales = new Set(parts.map((p) => p.scale));
  if (parts.length < 2 || scales.size !== 1) return undefined;
  const [scale] = scales as unknown as [string];
  const sum = parts.reduce((total, p) => total + p.cents, 0);
  const figure = String(sum / 100);
  // (The same thing: what both are filed under, not only a party to it.)
  const own = new Set(partsFact.fact.entities.filter((id) => THING_KINDS.has(kb.entity(id)?.kind ?? "")));
  const partWords = new Set(statement.filter((t) => !STOPWORDS.has(t.word)).map((t) => t.stem));
  let whole: IndexedFact | undefined;
  kb.forEachFactWithStem(stemOf(figure), (indexed) => {
    if (indexed === partsFact || !indexed.fact.entities.some((id) => own.has(id))) return true;
    const [sentence = []] = factSequences(indexed.fact);
    if (!amountsNow(sentence).some((a) => a.cents === sum && a.scale === scale)) return true;
    // (What the question says that only the parts' fact says asks for a part.)
    const theirs = new Set(sentence.map((t) => t.stem));
    if ([...askedStems].some((stem) => partWords.has(stem) && !theirs.has(stem))) return true;
    whole = indexed;
    return false;
  });
  return whole;
}

/** Kinds of entity a cost is of: a programme, a body, a thing (not a country, a place or a person). */
const THING_KINDS: ReadonlySet<string> = new Set(["initiative", "organization", "other", "event"]);

/** Sums of money at a scale as a sentence has them now: not one it was ("instead of", "from"). */
function amountsNow(statement: readonly { word: string }[]): { cents: number; scale: string }[] {
  const amounts: { cents: number; scale: string }[] = [];
  for (let i = 0; i < statement.length; i++) {
    const word = statement[i]!.word;
    const scale = statement[i + 1]?.word;
    if (!NUMBER.test(word) || !scale || !SCALES.has(scale)) continue;
    const before = statement[i - 1]?.word;
    if (before === "from" || (before === "of" && statement[i - 2]?.word === "instead")) continue;
    amounts.push({ cents: cents(word), scale });
  }
  return amounts;
}

/**
 * The body of "which countries are in the Prespa council?", "which countries belong to the PPWC?":
 * its members asked, by the kind "countries", of one body the question names and nothing else.
 */
export function bodyWhoseMembersAreAsked(read: Read, kb: KnowledgeBase): Entity | undefined {
  const { plan, question } = read.understanding;
  if (plan.kind !== "which" && plan.kind !== "what") return undefined;
  const focus = plan.focus;
  if (!focus?.word.endsWith("s") || !focus.kinds.includes("country")) return undefined;
  if (plan.unknown.some((u) => u.nameLike) || !MEMBERS.test(canonicalText(question).toLowerCase()))
    return undefined;
  const bodies = plan.mentions.filter((m) =>
    m.entityIds.some((id) => kb.entity(id)?.kind === "organization"),
  );
  const [mention, ...others] = bodies;
  if (!mention || others.length > 0 || mention.entityIds.length !== 1) return undefined;
  // (Only the body: "which countries of the council are in the pool?" asks something else.)
  if (plan.mentions.length !== 1) return undefined;
  return kb.entity(mention.entityIds[0]!);
}

/**
 * Whether a fact says who is a member of something ("all CICA member countries, including
 * Kazakhstan", "North Macedonia joined", "the states party to the treaty"): what a members
 * question can be answered from, where a fact that only names the body and a country (its chair,
 * its host) cannot.
 */
export function saysMembership(indexed: IndexedFact): boolean {
  return factSequences(indexed.fact)[0]?.some((token) => MEMBERSHIP_STEMS.has(token.stem)) ?? false;
}

const MEMBERSHIP_STEMS: ReadonlySet<string> = new Set(
  [
    "member",
    "members",
    "membership",
    "join",
    "joined",
    "belong",
    "signatory",
    "signatories",
    "accede",
    "accession",
  ].map(stemOf),
);

/** A country that "withdrew", "left" or "pulled out" is a member no longer. */
const LEFT = /\b(?:withdr[ae]w[n]?|withdrawing|left|leaves|pulled out|quit|dropped out)\b/i;
/** Fewer than two members is no list. */
const MIN_MEMBERS = 2;

/**
 * "Which countries are in the Prespa Lakes Water Council now?", "which countries sit on the
 * PPWC?": a body's members are its own, as the store describes it ("set up by Greece and Albania
 * …; North Macedonia joined on 18 November 2026", "commission of the five states …, (Argentina,
 * Bolivia, …)"), not the parties of one of its meetings. The countries its description names, less
 * one said to have left in the clause that names it; each cited by the first fact that names both
 * the body and it, else the body's first fact. Nothing when the description names fewer than two
 * ("an agency with eight member states": the facts may say which).
 */
export function membersOfBody(read: Read, kb: KnowledgeBase): Involved | undefined {
  const body = bodyWhoseMembersAreAsked(read, kb);
  if (!body) return undefined;
  const focus = read.understanding.plan.focus!;
  const clauses = body.description.split(/[;.]/);
  const members: Entity[] = [];
  for (const clause of clauses) {
    const left = LEFT.test(clause);
    for (const id of kb.namedInText(clause)) {
      const entity = kb.entity(id);
      if (entity?.kind !== "country" || members.includes(entity)) continue;
      if (left) continue;
      members.push(entity);
    }
  }
  if (members.length < MIN_MEMBERS) return undefined;
  const sources = read.understanding.sources;
  const own = [...kb.factsAbout(body.id)].filter((f) => !sources || sources.has(f.fact.source));
  own.sort((a, b) => (a.fact.date ?? "").localeCompare(b.fact.date ?? ""));
  const first = own[0];
  if (!first) return undefined;
  const facts = members.map((member) => own.find((f) => f.fact.entities.includes(member.id)) ?? first);
  const events = [
    ...new Map(
      own.flatMap((f) => {
        const event = f.fact.event ? kb.event(f.fact.event) : undefined;
        return event ? [[event.id, event] as const] : [];
      }),
    ).values(),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return { asked: focus.word, events, entities: members, facts, membersOf: body };
}
