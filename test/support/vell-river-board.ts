/**
 * A made-up story for the spelling specs: Norland and Veloria set up the Vell Flood Defence
 * Commission (British "defence") and a Riverbank Surveillance Fund (a long word to misspell).
 */
import { madeUpStore } from "./made-up-store.ts";

/** Writes the story's data folder and returns it. */
export function vellRiverBoardStore(): string {
  return madeUpStore("river-board", {
    outlet: "Delta Ledger",
    title: "River board sets up a flood defence commission",
    date: "2026-10-15",
    entities: [
      { id: "norland", kind: "country", name: "Norland", description: "Country upstream on the Vell river" },
      {
        id: "veloria",
        kind: "country",
        name: "Veloria",
        description: "Country downstream on the Vell river",
      },
      {
        id: "vell-commission",
        kind: "organization",
        name: "Vell Flood Defence Commission",
        description: "Joint flood defence commission of Norland and Veloria for the Vell river",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-vell-board",
        title: "Vell river board meeting",
        date: "2026-10-14",
        place: "Port Sella",
        participants: [
          ["norland", "host"],
          ["veloria", "participant"],
          ["vell-commission", "organizer"],
        ],
        topics: ["floods", "surveillance"],
        facts: [
          [
            "vell-commission-set-up",
            "Norland and Veloria set up the Vell Flood Defence Commission in Port Sella to plan dykes along the Vell river.",
            ["norland", "veloria", "vell-commission"],
          ],
          [
            "vell-surveillance-fund",
            "The two countries created a Riverbank Surveillance Fund of 12 million euros to pay for gauges and patrol boats.",
            ["norland", "veloria"],
          ],
        ],
      },
    ],
  });
}
