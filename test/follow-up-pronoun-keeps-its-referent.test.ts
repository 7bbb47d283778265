/**
 * Who a pronoun in a follow-up stands for when the previous question named people by a plural
 * noun, or asked what a body will do: "where were they taken?" after "when were the Bravo Star
 * fishermen stopped?" is the fishermen, not the delegations of the talks about them; "is it
 * opening anything?" after "what will the council do under the accord?" is the council, not the
 * accord.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = engineFrom(
  madeUpStore("kestra-bay", {
    outlet: "Kestra Bay Herald",
    title: "Norvala and Kestria talk over the Bravo Star fishermen and a bay safety accord",
    date: "2026-05-20",
    entities: [
      {
        id: "norvala",
        kind: "country",
        name: "Norvala",
        description: "Country on the west shore of Kestra Bay",
      },
      {
        id: "kestria",
        kind: "country",
        name: "Kestria",
        description: "Country on the east shore of Kestra Bay",
      },
      {
        id: "ana-lorne",
        kind: "person",
        name: "Ana Lorne",
        description: "Foreign Minister of Norvala",
        aliases: ["Lorne"],
      },
      {
        id: "piet-varga",
        kind: "person",
        name: "Piet Varga",
        description: "Foreign Minister of Kestria",
        aliases: ["Varga"],
      },
      {
        id: "ida-moss",
        kind: "person",
        name: "Ida Moss",
        description: "Fisheries Minister of Kestria",
        aliases: ["Moss"],
      },
      {
        id: "bay-council",
        kind: "organization",
        name: "Kestra Bay Safety Council",
        description: "Joint body of Norvala and Kestria for safety at sea",
        aliases: ["KBSC", "the KBSC"],
      },
      {
        id: "bay-accord",
        kind: "initiative",
        name: "Kestra Bay Safety Accord",
        description: "Accord of Norvala and Kestria on safety at sea in Kestra Bay",
        aliases: ["bay accord", "kestra accord"],
      },
      { id: "bravo-star", kind: "other", name: "Bravo Star", description: "Kestrian fishing boat" },
      { id: "port-hale", kind: "place", name: "Port Hale", description: "Port town of Norvala" },
      { id: "velt", kind: "place", name: "Velt", description: "Capital of Kestria" },
    ],
    meetings: [
      {
        id: "2026-05-19-kestra-bay-talks",
        title: "Norvala–Kestria talks on Kestra Bay in Velt",
        date: "2026-05-19",
        place: "Velt",
        participants: [
          ["ana-lorne", "Foreign Minister of Norvala"],
          ["piet-varga", "Foreign Minister of Kestria"],
          ["ida-moss", "Fisheries Minister of Kestria"],
        ],
        facts: [
          [
            "fishermen-stopped",
            "The four fishermen of the Kestrian boat Bravo Star were stopped by the Norvalan coast guard on 2 May 2026 and taken to Port Hale.",
            ["bravo-star", "norvala", "port-hale"],
          ],
          [
            "delegations-met",
            "Delegations of Norvala and Kestria led by Ana Lorne and Piet Varga met in Velt on 19 May 2026.",
            ["norvala", "kestria", "ana-lorne", "piet-varga", "velt"],
          ],
          [
            "nurse-grants",
            "Norvala offered 30 grants to Kestrian nurses to train in Port Hale.",
            ["norvala", "kestria", "port-hale"],
          ],
          [
            "nurses-left",
            "The first 10 Kestrian nurses have already left for Port Hale.",
            ["kestria", "port-hale"],
          ],
          [
            "council-patrols",
            "Under the Kestra Bay Safety Accord, the Kestra Bay Safety Council will run joint patrols in the bay.",
            ["bay-council", "bay-accord"],
          ],
          [
            "council-office",
            "The Kestra Bay Safety Council will open a liaison office in Velt in 2027.",
            ["bay-council", "velt"],
          ],
          [
            "accord-open",
            "Other bay states may join the Kestra Bay Safety Accord at any time by signing it.",
            ["bay-accord"],
          ],
        ],
      },
    ],
  }),
);

describe('"They" after a question about people named by a plural noun is those people', () => {
  it("reads 'where were they taken?' after the Bravo Star fishermen as the fishermen, not the delegations", () => {
    const result = askedIn(store, "where were they taken?", "when were the bravo star fishermen stopped?");
    expect(result.reading).toBe('Taking "they" as the bravo star fishermen');
    expect(result.answer).toContain("Port Hale");
  });

  it("leaves a 'they' that is no part of a whole to the country named beside the noun", () => {
    const result = askedIn(store, "what did they decide?", "what did norvala tell the kestrian nurses?");
    expect(result.reading ?? "").not.toContain("nurses");
  });
});

describe('"It" after "what will <a body> do?" is the body', () => {
  it("reads 'is it opening anything?' as the council, not the accord it acts under", () => {
    const result = askedIn(
      store,
      "is it opening anything?",
      "what will the kbsc do under the kestra accord?",
    );
    expect(result.reading).toBe('Taking "it" as Kestra Bay Safety Council');
    expect(result.answer).toContain("liaison office");
  });

  it("still reads 'it' after 'what did <a body> sign?' as what was signed", () => {
    const result = askedIn(store, "when did it start?", "what did the kbsc sign?");
    expect(result.reading ?? "").not.toContain("Kestra Bay Safety Council");
  });
});
