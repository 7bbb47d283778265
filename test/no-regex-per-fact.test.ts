/**
 * A regex literal written inside a function is a new RegExp object each time the function runs
 * (the language asks for a fresh object per evaluation). In the code that runs for each fact a
 * question weighs, or for each word it reads, that was garbage per fact: `weigh`'s two digit tests
 * alone were half of its allocation on a common-word question (issue 8: a slow call's time is in
 * good part garbage collection). Those functions test with patterns made once, at module level.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Functions run per fact weighed or per word read, by file. */
const PER_FACT_OR_WORD: Record<string, readonly string[]> = {
  "src/engine/score.ts": ["weigh", "namesTheLeader"],
  "src/engine/score-kind.ts": [
    "askedSlot",
    "namesTheThingUncounted",
    "sameNoun",
    "partOfDate",
    "countsOnly",
    "pluralSites",
    "moneyPositions",
    "statesMoney",
    "countsOnlyRoughly",
    "countsOtherThings",
    "countedAfter",
    "measures",
    "shareOf",
    "figuresOfAnotherOrdinal",
    "countedToBe",
    "countsOnlyTheWhole",
  ],
  "src/engine/score-acts.ts": ["isModal", "finiteVerb"],
  "src/engine/score-time.ts": ["constraintMet", "askedDateIn", "figuresOnlyForOtherYears", "saysWhereFrom"],
  "src/engine/word-order.ts": ["applyAmountOf", "near"],
  "src/engine/verify.ts": ["theMonthAsked", "actAt", "isDateWord"],
  "src/engine/language/normalize.ts": [
    "stemOf",
    "withoutEedEnding",
    "withoutDoubledEnding",
    "unifySpelling",
    "wordOf",
    "makeToken",
  ],
  "src/engine/query.ts": ["correct", "joinsPrevious", "namePart", "splitRunTogether", "openerSlip"],
};

/** The regex literals inside each named function of the file (nested functions included). */
function literalsIn(file: string, names: readonly string[]): Map<string, string[]> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = new Map<string, string[]>(names.map((name) => [name, []]));
  const visit = (node: ts.Node, inside: string | undefined): void => {
    let owner = inside;
    if (ts.isFunctionDeclaration(node) && node.name && found.has(node.name.text)) owner = node.name.text;
    if (owner && node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.get(owner)!.push(node.getText());
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(source, undefined);
  return found;
}

describe("Code run per fact or per word makes no RegExp per call", () => {
  for (const [file, names] of Object.entries(PER_FACT_OR_WORD)) {
    it(`${file}: ${names.length} per-fact or per-word functions test with patterns made once`, () => {
      const found = literalsIn(file, names);
      // (Each function is still there under its name: a rename would leave the check empty.)
      const declared = [...found.keys()].filter((name) =>
        readFileSync(file, "utf8").includes(`function ${name}(`),
      );
      expect(declared).toEqual(names);
      const withLiterals = [...found].filter(([, literals]) => literals.length > 0);
      expect(withLiterals).toEqual([]);
    });
  }
});
