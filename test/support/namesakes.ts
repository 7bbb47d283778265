import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A tiny made-up store in a temporary folder with two people called Ferrante (a foreign minister
 * and a mayor, each with the alias "Ferrante") and what each did: the specs of shared names build
 * it rather than editing the shared fixtures. `edit` changes the entities before they are written.
 */
export function namesakesStore(edit: (entities: Record<string, unknown>[]) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), "attache-namesakes-"));
  const folder = join(dir, "2025-05-02-tiber-courier-ferrantes");
  mkdirSync(folder, { recursive: true });
  const source = "tiber-courier-2025-05-02";
  const article = [
    "Foreign Minister Marco Ferrante met Swedish Foreign Minister Anna Berg in Rome on Friday.",
    "Ferrante and Berg signed a memorandum on green shipping corridors.",
    "Ferrante said Italy would fund half of the corridor studies.",
    "In Bari, Mayor Luca Ferrante opened the new ferry terminal on Thursday.",
    "The mayor said the terminal would handle two million passengers a year.",
  ].join("\n");
  const entities: Record<string, unknown>[] = [
    {
      id: "marco-ferrante",
      kind: "person",
      name: "Marco Ferrante",
      description: "Foreign Minister of Italy",
      aliases: ["Ferrante"],
    },
    {
      id: "luca-ferrante",
      kind: "person",
      name: "Luca Ferrante",
      description: "Mayor of Bari",
      aliases: ["Ferrante"],
    },
    {
      id: "anna-berg",
      kind: "person",
      name: "Anna Berg",
      description: "Foreign Minister of Sweden",
      aliases: ["Berg"],
    },
    { id: "italy", kind: "country", name: "Italy", description: "A country in southern Europe", aliases: [] },
    {
      id: "sweden",
      kind: "country",
      name: "Sweden",
      description: "A country in northern Europe",
      aliases: [],
    },
    { id: "bari", kind: "place", name: "Bari", description: "A port city in southern Italy", aliases: [] },
  ];
  edit(entities);
  const events = [
    {
      id: "2025-05-02-rome-talks",
      title: "Italy–Sweden talks in Rome",
      date: "2025-05-02",
      place: "Rome",
      participants: [
        { entity: "marco-ferrante", role: "Foreign Minister of Italy" },
        { entity: "anna-berg", role: "Foreign Minister of Sweden" },
      ],
      summary: "The foreign ministers of Italy and Sweden signed a memorandum on green shipping corridors.",
      topics: ["shipping"],
      source,
    },
    {
      id: "2025-05-01-bari-terminal",
      title: "Opening of the Bari ferry terminal",
      date: "2025-05-01",
      place: "Bari",
      participants: [{ entity: "luca-ferrante", role: "Mayor of Bari" }],
      summary: "The mayor of Bari opened the new ferry terminal.",
      topics: ["ferries"],
      source,
    },
  ];
  const fact = (
    id: string,
    statement: string,
    about: string[],
    event: string,
    quote: string,
    date: string,
  ) => ({
    id,
    statement,
    entities: about,
    event,
    source,
    quote,
    date,
  });
  const facts = [
    fact(
      "ferrante-berg-memorandum",
      "Marco Ferrante and Anna Berg signed a memorandum on green shipping corridors.",
      ["marco-ferrante", "anna-berg", "italy", "sweden"],
      "2025-05-02-rome-talks",
      "Ferrante and Berg signed a memorandum on green shipping corridors.",
      "2025-05-02",
    ),
    fact(
      "ferrante-funds-studies",
      "Marco Ferrante said Italy would fund half of the corridor studies.",
      ["marco-ferrante", "italy"],
      "2025-05-02-rome-talks",
      "Ferrante said Italy would fund half of the corridor studies.",
      "2025-05-02",
    ),
    fact(
      "ferrante-opens-terminal",
      "Luca Ferrante opened the new ferry terminal in Bari.",
      ["luca-ferrante", "bari"],
      "2025-05-01-bari-terminal",
      "In Bari, Mayor Luca Ferrante opened the new ferry terminal on Thursday.",
      "2025-05-01",
    ),
    fact(
      "terminal-passengers",
      "Luca Ferrante said the Bari terminal would handle two million passengers a year.",
      ["luca-ferrante", "bari"],
      "2025-05-01-bari-terminal",
      "The mayor said the terminal would handle two million passengers a year.",
      "2025-05-01",
    ),
  ];
  const write = (name: string, value: unknown) =>
    writeFileSync(join(folder, name), JSON.stringify(value, null, 2));
  write("source.json", {
    id: source,
    outlet: "Tiber Courier",
    title: "Ferrante meets Berg in Rome; Bari opens ferry terminal",
    date: "2025-05-02",
    textFile: "article.txt",
  });
  writeFileSync(join(folder, "article.txt"), article);
  write("entities.json", entities);
  write("events.json", events);
  write("facts.json", facts);
  return dir;
}
