/**
 * A made-up story told by two outlets (session 35's specs): a ferry across the Lirac between Côte
 * d'Ambre and Tarsa Faso, talked over in Port Ambre in March (the Lirac Harbour Ledger) and agreed
 * in Sellu in October (the Tarsa Coastal Monitor), whose title also names Port Ambre.
 */
import type { Engine } from "../../src/engine/engine.ts";
import { combinedDataDir, engineFrom } from "./engines.ts";
import { LIRAC_COUNTRIES, type MadeUpEntity, madeUpStore } from "./made-up-store.ts";

const TOPICS = ["Lirac ferry", "cross-river transport"];

const ENTITIES: MadeUpEntity[] = [
  ...LIRAC_COUNTRIES,
  {
    id: "lirac-ferry-commission",
    kind: "organization",
    name: "Lirac Ferry Commission",
    description: "Joint commission of Côte d'Ambre and Tarsa Faso for the Lirac ferry",
    aliases: ["LFC"],
  },
  {
    id: "lirac-ferry",
    kind: "initiative",
    name: "Port Ambre–Sellu ferry",
    description: "Planned passenger ferry across the Lirac between Port Ambre and Sellu",
    aliases: ["Lirac ferry"],
  },
  {
    id: "sellu-pier-extension",
    kind: "other",
    name: "Sellu pier extension",
    description: "Extension of the ferry pier at Sellu",
  },
  { id: "port-ambre", kind: "place", name: "Port Ambre", description: "Port town of Côte d'Ambre" },
  { id: "sellu", kind: "place", name: "Sellu", description: "River town of Tarsa Faso" },
  {
    id: "ana-velo",
    kind: "person",
    name: "Ana Velo",
    description: "Côte d'Ambre's Minister of Transport",
  },
  {
    id: "ben-tarr",
    kind: "person",
    name: "Ben Tarr",
    description: "Tarsa Faso's Minister of Public Works",
  },
  {
    id: "rui-doma",
    kind: "person",
    name: "Rui Doma",
    description: "Côte d'Ambre's ambassador to Tarsa Faso",
    aliases: ["Ambassador Doma"],
  },
];

const PARTIES: [string, string][] = [
  ["cote-dambre", "Party"],
  ["tarsa-faso", "Party"],
  ["lirac-ferry-commission", "convener"],
];

/** The two articles and the seed article, as one store. */
export function liracFerryStore(): Engine {
  const march = madeUpStore("lirac-harbour-ledger", {
    outlet: "Lirac Harbour Ledger",
    title: "Côte d'Ambre and Tarsa Faso plan a Lirac ferry but split over the fare",
    date: "2026-03-06",
    entities: ENTITIES,
    meetings: [
      {
        id: "2026-03-04-lfc-session-port-ambre",
        title: "First session of the Lirac Ferry Commission in Port Ambre on the Lirac ferry",
        date: "2026-03-04",
        place: "Port Ambre",
        participants: [...PARTIES, ["ana-velo", "led Côte d'Ambre's delegation"], ["rui-doma", "attended"]],
        topics: TOPICS,
        facts: [
          [
            "lirac-fare-18",
            "Côte d'Ambre proposed a one-way ferry fare of 18 US dollars so that the ferry could pay for its own running costs.",
            ["cote-dambre", "lirac-ferry"],
          ],
          [
            "lirac-cost-9-4",
            "The boats and two new piers for the Lirac ferry were expected in March to cost 9.4 million US dollars.",
            ["lirac-ferry"],
          ],
          [
            "lirac-velo-road",
            "Ana Velo said that a river nobody can cross is a wall, not a border.",
            ["ana-velo"],
          ],
          [
            "lirac-tarsa-pays",
            "Côte d'Ambre provides the boats, while Tarsa Faso pays 2.4 million dollars for the piers and the crews.",
            ["cote-dambre", "tarsa-faso"],
          ],
          [
            "lirac-volunteers",
            "Under the plan, volunteers aged 18 to 60 will crew the two rescue launches at the two piers.",
            ["lirac-ferry"],
          ],
          [
            "lirac-two-ferries",
            "Côte d'Ambre will buy the two new ferry boats, which will cost 7 million US dollars together.",
            ["cote-dambre"],
          ],
        ],
      },
    ],
  });
  const october = madeUpStore("tarsa-coastal-monitor", {
    outlet: "Tarsa Coastal Monitor",
    title: "Lirac ferry agreed in Sellu as its cost rises",
    date: "2026-10-23",
    // (One store: the first article's entities serve both.)
    entities: [],
    meetings: [
      {
        id: "2026-10-21-lfc-signing-sellu",
        title: "Signing of the Port Ambre–Sellu ferry agreement in Sellu",
        date: "2026-10-21",
        place: "Sellu",
        participants: [...PARTIES, ["ben-tarr", "signed for Tarsa Faso"]],
        topics: TOPICS,
        facts: [
          [
            "lirac-cost-11-6",
            "The cost of the Port Ambre–Sellu ferry's boats and piers rose from 9.4 million to 11.6 million US dollars.",
            ["lirac-ferry"],
          ],
          [
            "lirac-pier-extension",
            "The Sellu pier extension will cost 1.3 million US dollars, paid by Tarsa Faso.",
            ["sellu-pier-extension", "tarsa-faso"],
          ],
          [
            "lirac-tarr-quote",
            "Ben Tarr said the ferry would carry its first passengers before the rains.",
            ["ben-tarr"],
          ],
        ],
      },
    ],
  });
  return engineFrom(combinedDataDir(march, october));
}
