/**
 * The entity form's "kind" is a word the moderator types. Any word that is not one of the kinds
 * gets the one line listing them, and nothing is saved.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { replyText, type Session, sessionPerFile, submit } from "../e2e-moderation/support.ts";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

const KINDS = /write one of: person, country, organisation, place, event, initiative or other/;

function describeEntity(kind: string) {
  return submit(s, "atm1:na:-", {
    name: `Jane Roe ${kind.length}`,
    kind,
    description: "Mediator of the Lake Amari talks",
    aliases: "",
    reason: "",
  });
}

describe("an entity form whose kind is not one of the kinds", () => {
  it("a misspelt kind is answered with the kinds to choose from", async () => {
    expect(replyText((await describeEntity("persn")).data)).toMatch(KINDS);
  });

  // "constructor" and "__proto__" are on every object: they were once taken for kinds.
  it.each(["constructor", "__proto__"])("“%s” is answered with the kinds to choose from", async (kind) => {
    expect(replyText((await describeEntity(kind)).data)).toMatch(KINDS);
  });
});
