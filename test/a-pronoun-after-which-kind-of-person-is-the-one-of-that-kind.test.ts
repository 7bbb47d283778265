/**
 * "What did she say?" after "which reporter did Ombrel free in March?", answered with a list ("the
 * reporter Lena Vost, the farmer Ivo Brandt and the teacher Mara Quill"): "she" is the reporter
 * the question asked for, not whichever other one the pronoun might also be when nothing is found
 * of her.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("salt-coast-prisoners", {
    outlet: "Harbour Ledger",
    title: "Ombrel frees prisoners",
    date: "2026-04-02",
    entities: [
      { id: "ombrel", kind: "country", name: "Ombrel", description: "A country on the Salt Coast" },
      {
        id: "lena-vost",
        kind: "person",
        name: "Lena Vost",
        description: "Ombrelian reporter freed in March 2026",
      },
      {
        id: "ivo-brandt",
        kind: "person",
        name: "Ivo Brandt",
        description: "Ombrelian farmer freed in March 2026",
      },
      {
        id: "mara-quill",
        kind: "person",
        name: "Mara Quill",
        description: "Ombrelian teacher freed in March 2026",
      },
    ],
    meetings: [
      {
        id: "2026-03-20-prisoners-freed",
        title: "Ombrel frees political prisoners",
        date: "2026-03-20",
        place: "Ombrel",
        participants: [["ombrel", "host"]],
        topics: ["prisoners"],
        facts: [
          [
            "freed-list",
            "Among the prisoners Ombrel freed on 20 March 2026 were the reporter Lena Vost, the farmer Ivo Brandt and the teacher Mara Quill.",
            ["ombrel", "lena-vost", "ivo-brandt", "mara-quill"],
          ],
          ["quill-plans", "Mara Quill said she would go back to her school in the autumn.", ["mara-quill"]],
          ["brandt-farm", "Ivo Brandt said his farm had been sold while he was in jail.", ["ivo-brandt"]],
        ],
      },
    ],
  }),
);

describe("a pronoun after 'which <kind of person>' is the one of that kind", () => {
  it("takes 'she' as the reporter asked for, not the teacher named after her", () => {
    const result = askedIn(
      engine,
      "what did she say about her school?",
      "which reporter did ombrel free in march?",
    );
    expect(result.answer).toMatch(/Lena Vost/);
    expect(result.answer).not.toMatch(/back to her school/);
  });
});
