/**
 * "Who runs Lava Compute?" asks for someone who runs it: "Lava Compute, which runs data centres near
 * Keflo, …" names no one but the thing asked about before the verb, and is no answer (nor after "it"
 * was read as Lava Compute): "I don't have a fact about that" is.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const entities = [
  { id: "norvik", kind: "country" as const, name: "Norvik", description: "A country on the Elm Sea" },
  {
    id: "lava-compute",
    kind: "organization" as const,
    name: "Lava Compute",
    description: "Data-centre operator near Keflo that leases fibre on the Elm cable",
  },
];
const lease: [string, string, string[]] = [
  "lava-lease",
  "Lava Compute, which runs data centres near Keflo, will lease two of the Elm cable's six fibre pairs.",
  ["lava-compute"],
];
const meeting = (facts: [string, string, string[]][]) => ({
  id: "2026-07-10-elm-cable-partners-keflo",
  title: "Elm cable partners meet in Keflo",
  date: "2026-07-10",
  place: "Keflo",
  participants: [["norvik", "host"]] as [string, string][],
  topics: ["cable"],
  facts,
});

const withoutChief = engineFrom(
  madeUpStore("elm-gazette-cable-lease", {
    outlet: "Elm Gazette",
    title: "Lava Compute joins the Elm cable",
    date: "2026-07-11",
    entities,
    meetings: [meeting([lease])],
  }),
);
describe("who runs it", () => {
  it("is not answered by the thing asked about", () => {
    expect(withoutChief.answer("who runs lava compute?").answered).toBe(false);
    expect(askedIn(withoutChief, "who runs it?", "what is lava compute?").answered).toBe(false);
  });
});
