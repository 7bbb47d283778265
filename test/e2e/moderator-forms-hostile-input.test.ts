/**
 * What a moderator types into the forms is pasted text: long runs of spaces, a bracket left open.
 * Whatever it is, the form is answered at once with what is wrong, and the bot keeps answering
 * everyone else (one event loop: a slow regex on a form's text blocks every server).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ask, replyText, type Session, sessionPerFile, submit } from "../e2e-moderation/support.ts";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

const EVENT = {
  title: "Veloria and Norland water talks",
  when: "2025-05-02 | Port Sella | water",
  summary: "Veloria and Norland discussed sharing the waters of Lake Amari.",
  source: "Example Wire | 2025-05-03 | https://example.org/talks",
};

describe("/event add with participants pasted with a long run of spaces and a bracket left open", () => {
  // Was: the bot froze for minutes (about 4 at 1,000 characters, the field's limit), every server
  // with it, and the form never got its reply ("This interaction failed"). splitParticipants
  // (src/discord/moderation/record-forms.ts:205) matched /([^,;\n(]+?)\s*(?:\(([^)]*)\))?\s*…/g:
  // the lazy name, the \s* after it and the \s* after the optional role all take the same spaces,
  // so from every start the engine tried every way of sharing them before failing at the "(".
  // Fixed there: a name starts and ends on a character that is not a space.
  it("answers the form with what is wrong at once, and members are still answered", async () => {
    const reply = await submit(s, "atm1:va", {
      ...EVENT,
      participants: `Veloria${" ".repeat(900)}(host`,
    });
    expect(replyText(reply.data)).toMatch(/Participants/);
    expect((await ask(s, "Who chairs CICA?")).answered).toBe(true);
  });

  it("still reads names, roles and separators as before", async () => {
    const reply = await submit(s, "atm1:va", {
      ...EVENT,
      participants: "  Azerbaijan (host) ,\n Kazakhstan(guest);   CICA  ",
    });
    expect(replyText(reply.data)).toContain(
      "Azerbaijan (host), Kazakhstan (guest), Conference on Interaction and Confidence Building in Asia",
    );
  });
});

describe("/event add with a participant's role bracket left open", () => {
  // Once "Saved", with Kazakhstan gone and its role taken for a participant.
  it("names the open bracket as the problem and saves nothing", async () => {
    const reply = await submit(s, "atm1:va", {
      ...EVENT,
      title: "Azerbaijan and Kazakhstan consultations",
      participants: "Azerbaijan (host), Kazakhstan (CICA",
    });
    expect(replyText(reply.data)).toMatch(/nothing was saved/);
    expect(replyText(reply.data)).toMatch(/bracket|\(|\)/);
  });
});

describe("/event add dated a day the calendar does not have", () => {
  it("answers with the date to fix, and saves nothing", async () => {
    const reply = await submit(s, "atm1:va", {
      ...EVENT,
      title: "Consultations on the thirty-first of February",
      when: "2025-02-31 | Port Sella | water",
      participants: "Azerbaijan (host), Kazakhstan (guest)",
    });
    expect(replyText(reply.data)).toMatch(/nothing was saved/);
    expect(replyText(reply.data)).toMatch(/Date\*\*: not a real calendar date/);
  });
});
