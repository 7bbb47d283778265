/**
 * A made-up courtesy call, as the seed article tells one: a president receives a regional body's
 * Secretary General, who congratulates his country on its new chairmanship; the president thanks him
 * and the body's member countries. For the specs of questions members ask of such a visit.
 */
import { madeUpStore } from "./made-up-store.ts";

export function envoyVisitStore(): string {
  return madeUpStore("velmar-courier-envoy-visit", {
    outlet: "Velmar Courier",
    title: "President Velko receives Secretary General of the Harbour Council",
    date: "2026-05-12",
    entities: [
      {
        id: "norvia",
        kind: "country",
        name: "Norvia",
        description: "Country on the west shore of the Velmar lakes; chair of the Harbour Council",
      },
      {
        id: "estmark",
        kind: "country",
        name: "Estmark",
        description: "Country on the east shore of the Velmar lakes",
      },
      {
        id: "dara-velko",
        kind: "person",
        name: "Dara Velko",
        description: "President of Norvia",
        aliases: ["Velko", "President Velko"],
      },
      {
        id: "amon-trask",
        kind: "person",
        name: "Amon Trask",
        description: "Secretary General of the Harbour Council",
        aliases: ["Trask"],
      },
      {
        id: "harbour-council",
        kind: "organization",
        name: "Harbour Council",
        description: "Regional forum for cooperation between the ports of the Velmar lakes",
        aliases: ["HC"],
      },
    ],
    meetings: [
      {
        id: "2026-05-12-velko-receives-trask",
        title: "Dara Velko receives Harbour Council Secretary General Amon Trask",
        date: "2026-05-12",
        place: "Norvia",
        participants: [
          ["dara-velko", "President of Norvia (host)"],
          ["amon-trask", "Secretary General of the Harbour Council (visitor)"],
        ],
        topics: ["Harbour Council chairmanship", "port cooperation"],
        summary:
          "President Dara Velko of Norvia received Amon Trask, Secretary General of the Harbour Council, who congratulated Norvia on its chairmanship.",
        facts: [
          [
            "velko-received-trask",
            "Dara Velko, President of Norvia, received Amon Trask, Secretary General of the Harbour Council.",
            ["dara-velko", "amon-trask", "norvia", "harbour-council"],
          ],
          [
            "trask-congratulated-norvia",
            "Amon Trask congratulated Norvia on assuming the chairmanship of the Harbour Council.",
            ["amon-trask", "norvia", "harbour-council"],
          ],
          [
            "velko-thanked-trask",
            "Dara Velko thanked Trask for the congratulations.",
            ["dara-velko", "amon-trask"],
          ],
          [
            "velko-thanked-member-countries",
            "Dara Velko thanked all Harbour Council member countries, including Estmark, during the transition of the Harbour Council chairmanship to Norvia.",
            ["dara-velko", "estmark", "harbour-council", "norvia"],
          ],
          [
            "velko-harbour-council-platform",
            "Dara Velko stressed the importance of the Harbour Council as a platform for port cooperation.",
            ["dara-velko", "harbour-council"],
          ],
          [
            "trask-praised-norvia-ports",
            "Amon Trask praised Norvia's role in modernising the ports of the region.",
            ["amon-trask", "norvia"],
          ],
          [
            "velko-told-trask-summit",
            "Dara Velko told Amon Trask that Norvia would host the ferry summit in June.",
            ["dara-velko", "amon-trask", "norvia"],
          ],
          [
            "trask-said-experience",
            "Amon Trask said Norvia's experience in port diplomacy would serve the Harbour Council well.",
            ["amon-trask", "norvia", "harbour-council"],
          ],
          [
            "ferry-events",
            "The meeting discussed holding Harbour Council events during the ferry summit.",
            ["harbour-council"],
          ],
        ],
      },
    ],
  });
}
