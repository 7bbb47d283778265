/**
 * A made-up story told by one outlet in three articles (session 48's specs): Norvik asks the Elm Sea
 * Council to put the Orrin Marsh on its protected list, to be decided at a session on 14 June 2026;
 * in May reviewers send the application back for better maps; in September the council puts its
 * decision off until its next session in 2027.
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Engine } from "../../src/engine/engine.ts";
import { engineFrom } from "./engines.ts";
import { removeWhenDone } from "./made-folders.ts";
import { type MadeUpEntity, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
  {
    id: "elm-council",
    kind: "organization",
    name: "Elm Sea Council",
    description: "Council of the Elm Sea states that keeps the list of protected wetlands",
  },
  {
    id: "orrin-marsh",
    kind: "place",
    name: "Orrin Marsh",
    description: "Wetland on Norvik's coast",
  },
  {
    id: "orrin-application",
    kind: "initiative",
    name: "Orrin Marsh application",
    description: "Norvik's application to put the Orrin Marsh on the Elm Sea Council's protected list",
  },
];

/**
 * The three articles of the Orrin Marsh story in one store, written afresh on each call: the specs
 * that share a module graph share this module, and each file's folders go when its specs are done.
 */
export function orrinMarshStory(): Engine {
  const first = madeUpStore("sound-courier-orrin-application", {
    outlet: "Sound Courier",
    title: "Norvik asks for the Orrin Marsh to be protected",
    date: "2026-02-10",
    entities,
    meetings: [
      {
        id: "2026-02-09-orrin-application-filed",
        title: "Norvik files the Orrin Marsh application in Port Elm",
        date: "2026-02-09",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["wetland", "protected list"],
        facts: [
          [
            "council-due",
            "The Elm Sea Council is due to decide on the Orrin Marsh application at its session that opens in Castelmar on 14 June 2026.",
            ["elm-council", "orrin-application"],
          ],
        ],
      },
    ],
  });

  const second = madeUpStore("sound-courier-orrin-review", {
    outlet: "Sound Courier",
    title: "Reviewers send the Orrin Marsh application back",
    date: "2026-05-20",
    entities: [],
    meetings: [
      {
        id: "2026-05-19-orrin-review",
        title: "Review of the Orrin Marsh application in Port Elm",
        date: "2026-05-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["review", "maps"],
        facts: [
          [
            "sent-back",
            "The reviewers recommended that Norvik's Orrin Marsh application be sent back for better maps rather than added to the protected list.",
            ["orrin-application", "norvik", "orrin-marsh"],
          ],
        ],
      },
    ],
  });

  const third = madeUpStore("sound-courier-orrin-put-off", {
    outlet: "Sound Courier",
    title: "The Elm Sea Council waits on the Orrin Marsh",
    date: "2026-09-15",
    entities: [],
    meetings: [
      {
        id: "2026-06-15-elm-council-session",
        title: "Elm Sea Council session in Castelmar",
        date: "2026-06-15",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["decision", "boundaries"],
        facts: [
          [
            "put-off",
            "The Elm Sea Council put off its decision on Norvik's Orrin Marsh application until its next session in 2027.",
            ["elm-council", "orrin-application"],
          ],
        ],
      },
    ],
  });

  const all = removeWhenDone(mkdtempSync(join(tmpdir(), "attache-orrin-")));
  for (const dir of [first, second, third]) {
    for (const folder of readdirSync(dir)) cpSync(join(dir, folder), join(all, folder), { recursive: true });
  }
  return engineFrom(all);
}
