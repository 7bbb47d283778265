/**
 * DISCORD_API_URL pointed at a REST proxy with a user name and password in the address
 * (http://user:secret@proxy/api). The bot's HTTP client refuses addresses with credentials, so
 * the bot would only ever report "cannot reach" the address, and it printed the password in its
 * "starting" and "could not connect" lines. It is refused at start-up in one line naming the
 * setting, without repeating the address.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/env.ts";

describe("DISCORD_API_URL with a user name or password in it", () => {
  it.each(["http://proxyuser:Pr0xyS3cret@127.0.0.1:8080/api", "https://Pr0xyS3cret@proxy.example/api"])(
    "%s is refused in one line that does not repeat it",
    (url) => {
      const result = loadConfig({ DISCORD_API_URL: url });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        "DISCORD_API_URL must not hold a user name or password: Discord's REST client refuses such addresses",
      ]);
      expect(result.problems.join("\n")).not.toContain("Pr0xyS3cret");
    },
  );

  it("still takes an address without them", () => {
    const result = loadConfig({ DISCORD_API_URL: "http://127.0.0.1:8080/api" });
    expect(result.ok && result.config.apiUrl).toBe("http://127.0.0.1:8080/api");
  });
});
