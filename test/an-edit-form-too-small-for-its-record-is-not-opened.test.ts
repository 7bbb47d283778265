/**
 * An edit form was pre-filled with a record's values cut to the field's length: an entity with 30
 * other names (curated or imported: they have no total limit) opened with 15 and a half, and a
 * moderator who only fixed the description and pressed Submit saved the cut list. A form whose
 * pre-filled value is longer than its field is not opened; one line says which field and how to
 * edit the record instead. (Found by a fresh-eyes review in session 50.)
 */
import { describe, expect, it } from "vitest";
import { formOverflow } from "../src/discord/moderation/form-model.ts";
import { alice } from "./fixtures/storage/support.ts";
import { formOf, GUILD, moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const ALIASES = Array.from({ length: 30 }, (_, i) => `Republic of Exampleland number ${i + 1}`);

describe("an edit form too small for the record it would show", () => {
  it("/entity edit of an entity with 30 other names is refused in one line naming the field", async () => {
    const added = bot.storage.records.addEntity(GUILD, alice, {
      kind: "country",
      name: "Exampleland",
      description: "A country with many names",
      aliases: ALIASES,
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const form = formOf(await bot.interact("entity", "edit", { name: "Exampleland" }));
    const overflow = formOverflow(form);
    expect(overflow).toMatch(
      /^“Other names[^”]*” holds \d+ characters, more than this form's \d+: opening it would cut them, so nothing was opened\./,
    );
    expect(overflow?.split("\n")).toHaveLength(1);
  });

  it("a record that fits opens its form as it is", async () => {
    const form = formOf(await bot.interact("entity", "edit", { name: "Kazakhstan" }));
    expect(formOverflow(form)).toBeUndefined();
  });
});
