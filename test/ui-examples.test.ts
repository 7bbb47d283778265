import { beforeAll, describe, expect, it } from "vitest";
import { factForm } from "../src/discord/moderation/fact-form.ts";
import type { FormModel } from "../src/discord/moderation/form-model.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { loadDataset } from "../src/engine/load.ts";
import { DATA_DIR } from "./support/engines.ts";

/** Every name in data/ that could be recognised in a piece of text: outlets, people, countries, organisations. */
function namesInData(): string[] {
  const loaded = loadDataset(DATA_DIR);
  if (!loaded.ok) throw new Error("data/ does not load");
  const { entities, sources } = loaded.dataset;
  const names = [
    ...[...sources.values()].map((s) => s.outlet),
    ...[...entities.values()].flatMap((e) => [e.name, ...e.aliases]),
  ];
  // Short lower-case words ("NAM" aside) would match ordinary words.
  return names.filter((name) => name.length >= 4 || /^\p{Lu}{3}$/u.test(name));
}

/** Every text a form shows: title, labels, descriptions, placeholders. */
function formTexts(form: FormModel): string[] {
  return [form.title, ...form.fields.flatMap((f) => [f.label, f.description ?? "", f.placeholder ?? ""])];
}

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await CommandRegistry.load();
});

describe("UI examples and placeholders name no outlet, person or organisation from data/", () => {
  const contains = (text: string, name: string) =>
    new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu").test(text);

  it("in every command's descriptions and choices", () => {
    const names = namesInData();
    for (const command of registry.all()) {
      const text = JSON.stringify(command.data);
      for (const name of names)
        expect(contains(text, name), `/${command.data.name} mentions ${name}`).toBe(false);
    }
  });

  it("in the moderators' forms", () => {
    const names = namesInData();
    const forms = [
      factForm({ customId: "x", title: "Add a fact", editing: false }),
      factForm({ customId: "x", title: "Edit a fact", editing: true }),
    ];
    for (const text of forms.flatMap(formTexts)) {
      for (const name of names) expect(contains(text, name), `"${text}" mentions ${name}`).toBe(false);
    }
  });
});
