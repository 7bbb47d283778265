/**
 * "And Velmark?" after a question about Côte d'Ambre and Tarsa Faso could put Velmark in the place
 * of either, so it is asked back ("Which one should Velmark take the place of: …?"). Like "Which
 * Ferrante do you mean?", that is a question back among the two (`asksWhich`), not a gap in the
 * facts: the bot does not note it for moderators nor say it will be.
 */
import { describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import { ConsoleSession } from "../src/console/console.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { createServices } from "../src/discord/services.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { LIRAC_COUNTRIES, madeUpStore } from "./support/made-up-store.ts";

const ASKS = "Which one should Velmark take the place of: Côte d'Ambre or Tarsa Faso?";

const railway = engineFrom(
  madeUpStore("lirac-swap", {
    outlet: "Lirac Courier",
    title: "Côte d'Ambre and Tarsa Faso sign the Lirac railway agreement",
    date: "2026-03-11",
    entities: [
      ...LIRAC_COUNTRIES,
      { id: "velmark", kind: "country", name: "Velmark", description: "Country north of the Lirac basin" },
      {
        id: "elodie-marceau",
        kind: "person",
        name: "Élodie Marceau",
        description: "Minister of Transport of Côte d'Ambre",
      },
      {
        id: "karim-sawadi",
        kind: "person",
        name: "Karim Sawadi",
        description: "Minister of Transport of Tarsa Faso",
      },
      {
        id: "lirac-railway",
        kind: "initiative",
        name: "Lirac railway",
        description: "Railway across the Lirac basin",
      },
      { id: "port-lirac", kind: "place", name: "Port Lirac", description: "Port town of Côte d'Ambre" },
    ],
    meetings: [
      {
        id: "2026-03-10-lirac-rail-talks",
        title: "Lirac railway talks in Port Lirac",
        date: "2026-03-10",
        place: "Port Lirac",
        participants: [
          ["elodie-marceau", "Minister of Transport of Côte d'Ambre"],
          ["karim-sawadi", "Minister of Transport of Tarsa Faso"],
        ],
        facts: [
          [
            "pair-signed",
            "Côte d'Ambre and Tarsa Faso signed the Lirac railway agreement.",
            ["cote-dambre", "tarsa-faso", "lirac-railway"],
          ],
        ],
      },
    ],
  }),
);

describe("a swap that could go two ways is a question back, not a refusal noted as a gap", () => {
  it("asks among the two countries it could take the place of", () => {
    const result = askedIn(railway, "and velmark?", "what did côte d'ambre and tarsa faso sign?");
    expect(result).toMatchObject({
      answered: false,
      answer: ASKS,
      facts: [],
      asksWhich: ["cote-dambre", "tarsa-faso"],
    });
  });

  it("the console offers each reading and notes nothing for moderators", async () => {
    const registry = await CommandRegistry.load();
    const services = createServices({
      engine: railway,
      registry,
      logger: silentLogger,
      cooldown: "unlimited",
    });
    const session = new ConsoleSession({ services, registry, color: false });
    await session.handle("what did côte d'ambre and tarsa faso sign?");
    const asked = await session.handle("and velmark?");
    expect(asked).toContain(`┃ ${ASKS}\n`);
    expect(asked).toContain("💡 what did Velmark and tarsa faso sign?");
    expect(asked).not.toContain("can't answer");
    expect(await services.feedback.unanswered()).toEqual([]);
  });
});
