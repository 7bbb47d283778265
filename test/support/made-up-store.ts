/**
 * A made-up story as a data folder of its own: one article, its entities, and each meeting with the
 * sentences of it (each sentence a fact, dated the meeting's day unless it says otherwise). For specs that need a few facts
 * they can read at a glance rather than a whole fixture.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeWhenDone } from "./made-folders.ts";

export interface MadeUpEntity {
  id: string;
  kind: "person" | "country" | "organization" | "place" | "event" | "initiative" | "other";
  name: string;
  description: string;
  aliases?: string[];
}

export interface MadeUpMeeting {
  id: string;
  title: string;
  date: string;
  place: string;
  /** Who took part, each with their role. */
  participants: readonly (readonly [entity: string, role: string])[];
  /** What the meeting was about; a story's meetings share two or more (and two participants). */
  topics?: string[];
  /** The meeting's summary; its title unless given. */
  summary?: string;
  /**
   * The meeting's sentences: a fact's id, its statement, the entities it names and, where it is
   * not the meeting's day, its own date (null: the fact has no date), and the keywords a curator
   * filed it under.
   */
  facts: [id: string, statement: string, entities: string[], date?: string | null, keywords?: string[]][];
}

/** Writes the story's folder and returns the data folder holding it. */
export function madeUpStore(
  name: string,
  story: { outlet: string; title: string; date: string; entities: MadeUpEntity[]; meetings: MadeUpMeeting[] },
): string {
  const dir = removeWhenDone(mkdtempSync(join(tmpdir(), `attache-${name}-`)));
  const folder = join(dir, `${story.date}-${name}`);
  mkdirSync(folder, { recursive: true });
  const source = `${name}-${story.date}`;
  const statements = story.meetings.flatMap((meeting) => meeting.facts.map(([, statement]) => statement));
  writeFileSync(join(folder, "article.txt"), statements.join("\n"));
  const write = (file: string, value: unknown) =>
    writeFileSync(join(folder, file), JSON.stringify(value, null, 2));
  write("source.json", {
    id: source,
    outlet: story.outlet,
    title: story.title,
    date: story.date,
    textFile: "article.txt",
  });
  write(
    "entities.json",
    story.entities.map((entity) => ({ aliases: [], ...entity })),
  );
  write(
    "events.json",
    story.meetings.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      place: meeting.place,
      participants: meeting.participants.map(([entity, role]) => ({ entity, role })),
      summary: meeting.summary ?? meeting.title,
      topics: meeting.topics ?? [],
      source,
    })),
  );
  write(
    "facts.json",
    story.meetings.flatMap((meeting) =>
      meeting.facts.map(([id, statement, entities, date, keywords]) => ({
        id,
        statement,
        entities,
        event: meeting.id,
        source,
        quote: statement,
        ...(keywords ? { keywords } : {}),
        ...(date === null ? {} : { date: date ?? meeting.date }),
      })),
    ),
  );
  return dir;
}

/** Two made-up countries of the Lirac basin, shared by the stores of the specs set there. */
export const LIRAC_COUNTRIES: readonly MadeUpEntity[] = [
  {
    id: "cote-dambre",
    kind: "country",
    name: "Côte d'Ambre",
    description: "Coastal country in the Lirac basin",
  },
  {
    id: "tarsa-faso",
    kind: "country",
    name: "Tarsa Faso",
    description: "Landlocked country in the Lirac basin",
  },
];

/** A made-up river state and its ports minister in Tallan, shared by the stores of the specs set there. */
export const VELMORA_AND_ITS_PORTS_MINISTER: readonly MadeUpEntity[] = [
  { id: "velmora", kind: "country", name: "Velmora", description: "River state on the Orsk" },
  {
    id: "ilse-brandvik",
    kind: "person",
    name: "Ilse Brandvik",
    description: "Ports Minister of Velmora",
  },
];

/** The Orsk River Commission's envoy whom Velmora's ports minister receives in Tallan. */
export const ORSK_ENVOY: MadeUpEntity = {
  id: "oskar-lunde",
  kind: "person",
  name: "Oskar Lunde",
  description: "Envoy of the Orsk River Commission",
};

/** Three made-up countries and a town on the Kulla, shared by the stores of the specs set there. */
export const KULLA_NEIGHBOURS: readonly MadeUpEntity[] = [
  { id: "norvia", kind: "country", name: "Norvia", description: "Country on the west bank of the Kulla" },
  {
    id: "estmark",
    kind: "country",
    name: "Estmark",
    description: "Country on the east bank of the Kulla",
  },
  { id: "velmar", kind: "country", name: "Velmar", description: "Country upstream on the Kulla" },
  { id: "dunmore", kind: "place", name: "Dunmore", description: "River town downstream of Kulla" },
];

/**
 * Norvik and Castel, the two made-up neighbouring countries most specs' stores are set between,
 * each described as the spec needs (their descriptions are words a fact is found by).
 */
export function norvikAndCastel(
  norvik = "A country on the Elm Sea",
  castel = "A neighbouring country",
): MadeUpEntity[] {
  return [
    { id: "norvik", kind: "country", name: "Norvik", description: norvik },
    { id: "castel", kind: "country", name: "Castel", description: castel },
  ];
}

/** The reef trust fund of a made-up Norvik–Castel debt swap, which Norvik pays into. */
export const ELM_REEF_TRUST: MadeUpEntity = {
  id: "reef-trust",
  kind: "organization",
  name: "Elm Reef Trust Fund",
  description: "Trust fund paid by Norvik under its debt swap with Castel",
  aliases: ["reef trust"],
};

/** Norvik and Castel both taking part in a meeting. */
export const NORVIK_AND_CASTEL: MadeUpMeeting["participants"] = [
  ["norvik", "participant"],
  ["castel", "participant"],
];

/**
 * A Norvik–Castel story one outlet tells over several articles, each of one meeting on the story's
 * topics; the story's entities are defined once, in its first article (ids are global to a store).
 */
export function norvikCastelStory(
  outlet: string,
  firstArticle: string,
  entities: MadeUpEntity[],
  topics: string[],
): (name: string, date: string, meeting: Omit<MadeUpMeeting, "participants" | "topics">) => string {
  return (name, date, meeting) =>
    madeUpStore(name, {
      outlet,
      title: meeting.title,
      date,
      entities: name === firstArticle ? entities : [],
      meetings: [{ ...meeting, participants: NORVIK_AND_CASTEL, topics }],
    });
}

/** Norvia and Estmark, the two made-up countries across the Korrin Sound of the specs about holding a post. */
export function norviaAndEstmark(): MadeUpEntity[] {
  return [
    {
      id: "norvia",
      kind: "country",
      name: "Norvia",
      description: "Country on the north shore of the Korrin Sound",
    },
    {
      id: "estmark",
      kind: "country",
      name: "Estmark",
      description: "Country on the south shore of the Korrin Sound",
    },
  ];
}

/** Norvia and Estmark on the two shores of the Velmar lakes, for the specs set on the lakes. */
export function velmarShores(): MadeUpEntity[] {
  return [
    {
      id: "norvia",
      kind: "country",
      name: "Norvia",
      description: "Country on the west shore of the Velmar lakes",
    },
    {
      id: "estmark",
      kind: "country",
      name: "Estmark",
      description: "Country on the east shore of the Velmar lakes",
    },
  ];
}

/** The ferry pact Norvik and Castel negotiate in the stores of the signing and refusal specs. */
export const ELM_FERRY_PACT: MadeUpEntity = {
  id: "ferry-pact",
  kind: "initiative",
  name: "Elm ferry pact",
  description: "A ferry between Norvik and Castel",
  aliases: ["ferry pact"],
};

/** The fee Castel charges at Port Elm, which it refuses to scrap in the specs about refusals asked yes or no. */
export const PORT_ELM_BORDER_FEE: MadeUpEntity = {
  id: "border-fee",
  kind: "other",
  name: "Port Elm border fee",
  description: "A fee Castel charges on lorries crossing the border at Port Elm",
  aliases: ["border fee"],
};

/** The March talks in Port Elm at which Castel refused to scrap the border fee, giving its reason. */
export const PORT_ELM_FEE_REFUSED: MadeUpMeeting = {
  id: "2026-03-11-port-elm-talks",
  title: "Norvik–Castel border talks in Port Elm",
  date: "2026-03-11",
  place: "Port Elm",
  participants: NORVIK_AND_CASTEL,
  topics: ["trade", "borders"],
  facts: [
    [
      "fee-refused",
      "Castel refused to scrap the border fee, saying the money pays for road repairs.",
      ["castel", "border-fee"],
    ],
    ["talks-held", "Norvik and Castel held border talks in Port Elm on 11 March 2026.", ["norvik", "castel"]],
  ],
};

/**
 * A handover of Norvik's transport ministry (Mara Lind replaced Oskar Berg on 14 April 2026), told at
 * the Harbourg ferry talks beside whatever other sentences a spec needs; for the specs about holding a
 * post over time ("since when", "still").
 */
export function norvikTransportHandover(
  name: string,
  title: string,
  handoverDate: string | null,
  otherFacts: MadeUpMeeting["facts"],
  otherEntities: MadeUpEntity[] = [],
): string {
  return madeUpStore(name, {
    outlet: "Elm Sea Gazette",
    title,
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      { id: "mara-lind", kind: "person", name: "Mara Lind", description: "Norvik's Minister of Transport" },
      {
        id: "oskar-berg",
        kind: "person",
        name: "Oskar Berg",
        description: "Norvik's former Minister of Transport",
      },
      ...otherEntities,
    ],
    meetings: [
      {
        id: "2026-06-18-elm-sea-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-06-18",
        place: "Harbourg",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry"],
        facts: [
          [
            "lind-replaced-berg",
            "Mara Lind replaced Oskar Berg as Norvik's Minister of Transport on 14 April 2026.",
            ["mara-lind", "oskar-berg", "norvik"],
            handoverDate,
          ],
          ...otherFacts,
        ],
      },
    ],
  });
}
