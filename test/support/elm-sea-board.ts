/**
 * A made-up joint fisheries board whose chair, Ilse Marr, is handed on (or not) to Tomas Vell: the
 * store the "is she still chair?" and "who chaired it before him?" specs ask about, told by one
 * article whose second sentence is what each spec varies.
 */
import type { Engine } from "../../src/engine/engine.ts";
import { engineFrom } from "./engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./made-up-store.ts";

/** The board's store: Marr's post as `held`, then `second`, filed under Vell, the board and Marr. */
export function elmSeaBoardEngine(name: string, title: string, held: string, second: string): Engine {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Gazette",
      title,
      date: "2026-05-06",
      entities: [
        ...norvikAndCastel(),
        {
          id: "fisheries-board",
          kind: "organization",
          name: "Elm Sea Fisheries Board",
          description: "Joint fisheries board of Norvik and Castel",
        },
        { id: "ilse-marr", kind: "person", name: "Ilse Marr", description: "Norvik marine economist" },
        { id: "tomas-vell", kind: "person", name: "Tomas Vell", description: "Castel fisheries scientist" },
      ],
      meetings: [
        {
          id: "2026-05-03-fisheries-board-session",
          title: "Elm Sea Fisheries Board session in Castelmar",
          date: "2026-05-03",
          place: "Castelmar",
          participants: NORVIK_AND_CASTEL,
          topics: ["fisheries", "chair"],
          facts: [
            ["marr-held", held, ["ilse-marr", "fisheries-board"]],
            ["second", second, ["tomas-vell", "fisheries-board", "ilse-marr"]],
          ],
        },
      ],
    }),
  );
}
