/**
 * A mirror imports each new export of another server. A name that server gave an entity
 * (/alias add) and then removed (/alias remove: wrong, or offensive) is in its next export
 * (`removedAliases`), and the mirror's import retires it there too, as a revision: the name no
 * longer answers there. A server that never had the name has nothing to retire: counted unchanged.
 */
import { describe, expect, it } from "vitest";
import { phraseKey } from "../src/engine/language/normalize.ts";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const HERE = "900000000000000535";
const MIRROR = "900000000000000536";
const FRESH = "900000000000000540";
const NAME = "Steppe Envoy Land";

async function exported(scope: string): Promise<OverlayExport> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport;
}

describe("a name a server gave an entity, exported to a mirror, then removed", () => {
  it("is retired in the mirror by the next export's import, as a revision", async () => {
    expect(bot.storage.facts.addAlias(HERE, alice, "kazakhstan", NAME)).toMatchObject({ ok: true });
    expect(bot.storage.facts.importOverlay(MIRROR, bob, await exported(HERE))).toMatchObject({ ok: true });
    expect(bot.engine.knowledge(MIRROR).entitiesNamed(phraseKey(NAME))).toEqual(["kazakhstan"]);

    expect(bot.storage.facts.removeAlias(HERE, alice, "kazakhstan", NAME)).toMatchObject({ ok: true });
    const second = await exported(HERE);
    expect(second).toMatchObject({ aliases: [], removedAliases: [{ entity: "kazakhstan", alias: NAME }] });
    expect(bot.storage.facts.importOverlay(MIRROR, bob, second)).toMatchObject({
      ok: true,
      counts: { removed: 1 },
    });
    expect(bot.engine.knowledge(MIRROR).entitiesNamed(phraseKey(NAME))).toEqual([]);
    expect(
      bot.storage.facts.store.overlays.current(MIRROR, "alias", `kazakhstan:${phraseKey(NAME)}`),
    ).toMatchObject({
      state: "removed",
      revision: 2,
    });
    // Imported again, and into a server that never had the name: nothing to retire.
    expect(bot.storage.facts.importOverlay(MIRROR, bob, second)).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 1 },
    });
    expect(bot.storage.facts.importOverlay(FRESH, bob, second)).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 1 },
    });
  });
});
