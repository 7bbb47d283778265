/**
 * "Why did Norvia agree to open the port?" is not answered by "Norvia agreed … to open the port,
 * six months after it refused the idea": a span before "after" dates the act from an earlier one,
 * and the refusal inside that clause of time is no false premise either. "Why did Norvia drop its
 * objection?" is not answered by "Estmark joined …, after Norvia dropped its objection": the clause
 * after "after" is the act asked itself, which is no cause of itself (it is why Estmark joined).
 * A clause of someone else's doing after "after" still says what moved the act.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velmar-courier-ferry-port", {
    outlet: "Velmar Courier",
    title: "Norvia opens the ferry port; Estmark joins the lake council",
    date: "2026-10-22",
    entities: [
      ...velmarShores(),
      {
        id: "velmar-lake-council",
        kind: "organization",
        name: "Velmar Lake Council",
        description: "Council of the countries on the Velmar lakes",
      },
      {
        id: "ostra-port",
        kind: "place",
        name: "Ostra",
        description: "Ferry port on the Velmar lakes in Norvia",
      },
    ],
    meetings: [
      {
        id: "2026-10-20-velmar-lake-council-meeting",
        title: "Velmar Lake Council meeting in Ostra",
        date: "2026-10-20",
        place: "Ostra",
        participants: [
          ["norvia", "host"],
          ["estmark", "new member"],
          ["velmar-lake-council", "convener"],
        ],
        topics: ["ferry port", "membership"],
        facts: [
          [
            "port-agreed",
            "Norvia agreed on 20 October 2026 to open the Ostra ferry port to Estmark's boats, six months after it refused the idea.",
            ["norvia", "ostra-port", "estmark"],
          ],
          [
            "estmark-joined",
            "Estmark joined the Velmar Lake Council on 20 October 2026, after Norvia dropped its objection to a third member.",
            ["estmark", "velmar-lake-council", "norvia"],
          ],
          [
            "fee-raised",
            "Norvia raised the Ostra ferry fee on 1 October 2026 after fuel prices rose sharply.",
            ["norvia", "ostra-port"],
            "2026-10-01",
          ],
        ],
      },
    ],
  }),
);

describe("a time after another act, or the act itself, is no reason", () => {
  it("does not take a span after an earlier refusal as why the act was done", () => {
    const result = askedIn(engine, "why did norvia agree to open the ostra ferry port?");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("isn't what my sources say");
  });

  it("does not take the act asked, told as another act's cause, as its own reason", () => {
    const result = askedIn(
      engine,
      "why did norvia drop its objection to estmark joining the velmar lake council?",
    );
    expect(result.answered).toBe(false);
  });

  it("still gives what moved an act when someone else's doing follows after", () => {
    const joined = askedIn(engine, "why did estmark join the velmar lake council?");
    expect(joined.answered).toBe(true);
    expect(joined.answer).toContain("dropped its objection");
    const raised = askedIn(engine, "why did norvia raise the ostra ferry fee?");
    expect(raised.answered).toBe(true);
    expect(raised.answer).toContain("fuel prices rose");
  });
});
