import { beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import { ConsoleSession } from "../src/console/console.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { createServices } from "../src/discord/services.ts";
import { Engine } from "../src/engine/engine.ts";
import { SEED_DIR } from "./support/engines.ts";

let session: ConsoleSession;

beforeAll(async () => {
  const loaded = Engine.fromDirectory(SEED_DIR);
  if (!loaded.ok) throw new Error("the seed data does not load");
  const registry = await CommandRegistry.load();
  const services = createServices({
    engine: loaded.engine,
    registry,
    logger: silentLogger,
    cooldown: "unlimited",
  });
  session = new ConsoleSession({ services, registry, color: false });
});

describe("the console names a button number that is not there as it was typed", () => {
  it("a long number is not shown as 1e+24, nor with its leading zeros dropped", async () => {
    await session.handle("Who chairs CICA?");
    expect(await session.handle("999999999999999999999999")).toBe(
      "There is no button 999999999999999999999999 on the last reply.\n",
    );
    expect(await session.handle("0009")).toBe("There is no button 0009 on the last reply.\n");
  });

  it("a number with leading zeros still presses the button it names", async () => {
    await session.handle("Who chairs CICA?");
    expect(await session.handle("02")).toBe("Thanks! Glad that helped.\n");
  });
});
