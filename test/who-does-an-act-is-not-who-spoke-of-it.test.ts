/**
 * "Who is building the Kessa bridge?", "who's running the ferry?": the doer of the act asked, not
 * someone who only spoke of it ("Marrow said a wider deck would delay the building permit") nor a
 * body that only invited others to do it ("invite companies to bid to run the ferry"). Who said so
 * is still the speaker, and one who said she would do it still did.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-builder", {
    outlet: "Port Sella Herald",
    title: "A builder for the Kessa bridge",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Norland's Minister of Transport",
      },
      { id: "tomas-brenn", kind: "person", name: "Tomas Brenn", description: "Mayor of Lirac" },
      {
        id: "brenn-works",
        kind: "organization",
        name: "Castel Bridgeworks",
        description: "Construction firm",
      },
      { id: "kessa-bridge", kind: "initiative", name: "Kessa bridge", description: "Road bridge at Kessa" },
      { id: "lirac-path", kind: "initiative", name: "Lirac cycle path", description: "Cycle path in Lirac" },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Kessa bridge commission meeting",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
          ["ilse-marrow", "participant"],
          ["tomas-brenn", "participant"],
        ],
        topics: ["bridge"],
        facts: [
          [
            "permit",
            "Ilse Marrow said a wider deck for the Kessa bridge would delay the building permit by six months.",
            ["ilse-marrow", "kessa-bridge"],
          ],
          [
            "builder",
            "The construction firm Castel Bridgeworks, based in Port Sella, will build the new road bridge across the river at Kessa, the Veloria–Norland bridge commission decided on 15 November 2026 after a long tender.",
            ["brenn-works", "kessa-bridge"],
          ],
          [
            "later",
            "Ilse Marrow said they will build the Kessa bridge a little later.",
            ["ilse-marrow", "kessa-bridge"],
          ],
          [
            "path",
            "Tomas Brenn said he would build the Lirac cycle path with the town's own money.",
            ["tomas-brenn", "lirac-path"],
          ],
        ],
      },
    ],
  }),
);

describe("who does an act is not who spoke of it", () => {
  it("answers who is building a thing with its builder, not a speaker", () => {
    expect(engine.answer("who is building the kessa bridge?").answer).toContain("Castel Bridgeworks");
    expect(engine.answer("who will build the kessa bridge?").answer).toContain("Castel Bridgeworks");
  });

  it("still answers who said it, and one who said he would do it", () => {
    expect(engine.answer("who said the building permit would be delayed?").answer).toContain("Marrow");
    expect(engine.answer("who will build the lirac cycle path?").answer).toContain("Brenn");
  });

  it("still refuses a builder the store does not name", () => {
    expect(engine.answer("who is building the dorn tunnel?").answered).toBe(false);
  });
});
