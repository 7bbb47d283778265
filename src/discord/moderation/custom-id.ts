import { z } from "zod";
import { shortHash } from "../custom-id.ts";
import { LIMITS } from "../limits.ts";

/**
 * custom_ids of the moderator commands' buttons and forms (modals). Like the answer buttons'
 * (../custom-id.ts) they must fit in 100 characters, may come back after a restart, and may be
 * forged: they carry ids, revision numbers and short hashes only, are parsed with a strict schema,
 * and say nothing about who may use them: every click and submit is checked again (permissions.ts)
 * and every write goes to the server the interaction came from, never to one named here.
 *
 *   atm1:fa                                 form: add a fact (from /fact add or /fact gaps)
 *   atm1:fe:<fact ref>:<base revision>      form: edit a fact, starting from that revision
 *   atm1:o:<draft hash>                     button: reopen a form with the text typed into it
 *   atm1:g:<question hash>                  button: add a fact for a question from /fact gaps
 *   atm1:e:<fact ref>                       button: edit a fact (opens the form at its current revision)
 *   atm1:r:<fact ref>:<revision>:<reason hash|->  button: confirm a removal
 *   atm1:x                                  button: cancel (a removal)
 *   atm1:l:<filter>:<query hash|->:<page>   button: a page of /fact list
 *   atm1:h:<fact ref>:<page>                button: a page of /fact history
 *   atm1:n:<draft hash>:<index>             button: describe a name the fact form's draft named first
 *   atm1:na:<draft hash|->                  form: add an entity (for the fact draft, if any)
 *   atm1:ne:<entity ref>:<base revision>    form: edit an entity, starting from that revision
 *   atm1:va                                 form: add an event
 *   atm1:ve:<event ref>:<base revision>     form: edit an event, starting from that revision
 *   atm1:vf:<event ref>                     button: add a fact to an event (opens the fact form)
 *   atm1:fv:<event ref>                     form: add a fact that belongs to an event
 *   atm1:ro:<draft hash>                    button: reopen an entity, event or article form with its text
 *   atm1:sa                                 form: an article pasted for /source add
 *   atm1:sp:<draft id>:<index>              button: show one drafted fact of an article
 *   atm1:sy:<draft id>                      button: approve every drafted fact of an article
 *   atm1:sx:<draft id>:<index>:<fact hash>  button: drop one drafted fact
 *   atm1:se:<draft id>:<index>:<fact hash>  button: edit one drafted fact (opens a form)
 *   atm1:sf:<draft id>:<index>:<fact hash>  form: one drafted fact, edited
 *   atm1:sr:<source ref>:<reason hash|->    button: confirm taking back an approved article
 *   atm1:sz:<source ref>                    button: bring back what taking back an article removed
 *
 * A drafted fact's hash is of the fact the button was drawn for: a click that finds another fact at
 * that place (a double click on "Drop", a form sent after the list changed) changes nothing.
 *
 * A fact ref is the fact's id when it is at most 60 characters, else "~" and a hash of the id
 * (resolved against the server's facts on click), so every id above fits.
 */
export const MODERATION_PREFIX = "atm1";

/** Longer ids are carried as a hash. */
export const MAX_DIRECT_FACT_REF = 60;

const Hash = z.string().regex(/^[0-9a-z]{1,7}$/);
const FactRef = z.string().regex(/^(?:[a-z0-9][a-z0-9._-]{0,59}|~[0-9a-z]{1,7})$/);
const Revision = z.number().int().min(1).max(999_999);
const Page = z.number().int().min(0).max(9_999);
export const LIST_FILTERS = ["visible", "changed", "removed", "all"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const ModerationAction = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("add-form") }),
  z.strictObject({ kind: z.literal("edit-form"), fact: FactRef, base: Revision }),
  z.strictObject({ kind: z.literal("open-draft"), draft: Hash }),
  z.strictObject({ kind: z.literal("gap"), question: Hash }),
  z.strictObject({ kind: z.literal("edit"), fact: FactRef }),
  z.strictObject({ kind: z.literal("remove"), fact: FactRef, base: Revision, reason: Hash.optional() }),
  z.strictObject({ kind: z.literal("cancel") }),
  z.strictObject({
    kind: z.literal("list"),
    filter: z.enum(LIST_FILTERS),
    query: Hash.optional(),
    page: Page,
  }),
  z.strictObject({ kind: z.literal("history"), fact: FactRef, page: Page }),
  z.strictObject({ kind: z.literal("new-name"), draft: Hash, index: z.number().int().min(0).max(11) }),
  z.strictObject({ kind: z.literal("entity-form"), draft: Hash.optional() }),
  z.strictObject({ kind: z.literal("entity-edit-form"), entity: FactRef, base: Revision }),
  z.strictObject({ kind: z.literal("event-form") }),
  z.strictObject({ kind: z.literal("event-edit-form"), event: FactRef, base: Revision }),
  z.strictObject({ kind: z.literal("event-fact"), event: FactRef }),
  z.strictObject({ kind: z.literal("event-fact-form"), event: FactRef }),
  z.strictObject({ kind: z.literal("reopen"), draft: Hash }),
  z.strictObject({ kind: z.literal("source-form") }),
  z.strictObject({ kind: z.literal("source-page"), draft: Hash, index: Page }),
  z.strictObject({ kind: z.literal("source-approve"), draft: Hash }),
  z.strictObject({ kind: z.literal("source-drop"), draft: Hash, index: Page, fact: Hash }),
  z.strictObject({ kind: z.literal("source-edit"), draft: Hash, index: Page, fact: Hash }),
  z.strictObject({ kind: z.literal("source-edit-form"), draft: Hash, index: Page, fact: Hash }),
  z.strictObject({ kind: z.literal("source-remove"), source: FactRef, reason: Hash.optional() }),
  z.strictObject({ kind: z.literal("source-restore"), source: FactRef }),
]);
export type ModerationAction = z.infer<typeof ModerationAction>;
export type ModerationKind = ModerationAction["kind"];

const CODES = {
  "add-form": "fa",
  "edit-form": "fe",
  "open-draft": "o",
  gap: "g",
  edit: "e",
  remove: "r",
  cancel: "x",
  list: "l",
  history: "h",
  "new-name": "n",
  "entity-form": "na",
  "entity-edit-form": "ne",
  "event-form": "va",
  "event-edit-form": "ve",
  "event-fact": "vf",
  "event-fact-form": "fv",
  reopen: "ro",
  "source-form": "sa",
  "source-page": "sp",
  "source-approve": "sy",
  "source-drop": "sx",
  "source-edit": "se",
  "source-edit-form": "sf",
  "source-remove": "sr",
  "source-restore": "sz",
} as const satisfies Record<ModerationKind, string>;

/**
 * The buttons whose click writes to the database (confirm a removal, approve an article's draft,
 * drop one of its facts): acknowledged first when the write may wait for another's lock. The
 * others only read or open a form, which cannot be opened once acknowledged.
 */
const WRITING_BUTTONS: ReadonlySet<ModerationKind> = new Set([
  "remove",
  "source-approve",
  "source-drop",
  "source-remove",
  "source-restore",
]);

export function buttonWrites(action: ModerationAction): boolean {
  return WRITING_BUTTONS.has(action.kind);
}

/** The ref a custom_id carries for a fact id. */
export function factRef(factId: string): string {
  return factId.length <= MAX_DIRECT_FACT_REF ? factId : `~${shortHash(factId)}`;
}

/** Whether `factId` is the fact a ref stands for. */
export function refersTo(ref: string, factId: string): boolean {
  return ref.startsWith("~")
    ? factId.length > MAX_DIRECT_FACT_REF && `~${shortHash(factId)}` === ref
    : ref === factId;
}

const none = "-";

export function encodeModerationId(action: ModerationAction): string {
  const code = CODES[action.kind];
  const parts = ((): string[] => {
    switch (action.kind) {
      case "add-form":
        return [];
      case "edit-form":
        return [action.fact, String(action.base)];
      case "open-draft":
        return [action.draft];
      case "gap":
        return [action.question];
      case "edit":
        return [action.fact];
      case "remove":
        return [action.fact, String(action.base), action.reason ?? none];
      case "cancel":
        return [];
      case "list":
        return [action.filter[0] ?? "v", action.query ?? none, String(action.page)];
      case "history":
        return [action.fact, String(action.page)];
      case "new-name":
        return [action.draft, String(action.index)];
      case "entity-form":
        return [action.draft ?? none];
      case "entity-edit-form":
        return [action.entity, String(action.base)];
      case "event-form":
        return [];
      case "event-edit-form":
        return [action.event, String(action.base)];
      case "event-fact":
      case "event-fact-form":
        return [action.event];
      case "reopen":
      case "source-approve":
        return [action.draft];
      case "source-form":
        return [];
      case "source-page":
        return [action.draft, String(action.index)];
      case "source-drop":
      case "source-edit":
      case "source-edit-form":
        return [action.draft, String(action.index), action.fact];
      case "source-remove":
        return [action.source, action.reason ?? none];
      case "source-restore":
        return [action.source];
    }
  })();
  // Checked like a parse, so a bug that would write an unreadable id fails here, not on the click.
  const checked = ModerationAction.safeParse(action);
  if (!checked.success) throw new Error(`invalid moderation action: ${JSON.stringify(action)}`);
  const id = [MODERATION_PREFIX, code, ...parts].join(":");
  if (id.length > LIMITS.customId) throw new Error(`custom_id over ${LIMITS.customId} characters: ${id}`);
  return id;
}

/** The action a custom_id stands for, or undefined for anything this version did not write. */
export function parseModerationId(raw: string): ModerationAction | undefined {
  if (raw.length > LIMITS.customId) return undefined;
  const [prefix, code, ...rest] = raw.split(":");
  if (prefix !== MODERATION_PREFIX) return undefined;
  const optional = (value: string | undefined) => (value === none ? undefined : value);
  const candidate = ((): unknown => {
    switch (code) {
      case "fa":
        return rest.length === 0 ? { kind: "add-form" } : undefined;
      case "fe":
        return rest.length === 2 ? { kind: "edit-form", fact: rest[0], base: toInteger(rest[1]) } : undefined;
      case "o":
        return rest.length === 1 ? { kind: "open-draft", draft: rest[0] } : undefined;
      case "g":
        return rest.length === 1 ? { kind: "gap", question: rest[0] } : undefined;
      case "e":
        return rest.length === 1 ? { kind: "edit", fact: rest[0] } : undefined;
      case "r":
        return rest.length === 3
          ? withDefined({
              kind: "remove",
              fact: rest[0],
              base: toInteger(rest[1]),
              reason: optional(rest[2]),
            })
          : undefined;
      case "x":
        return rest.length === 0 ? { kind: "cancel" } : undefined;
      case "l":
        return rest.length === 3
          ? withDefined({
              kind: "list",
              filter: LIST_FILTERS.find((filter) => filter[0] === rest[0]),
              query: optional(rest[1]),
              page: toInteger(rest[2]),
            })
          : undefined;
      case "h":
        return rest.length === 2 ? { kind: "history", fact: rest[0], page: toInteger(rest[1]) } : undefined;
      case "n":
        return rest.length === 2
          ? { kind: "new-name", draft: rest[0], index: toInteger(rest[1]) }
          : undefined;
      case "na":
        return rest.length === 1 ? withDefined({ kind: "entity-form", draft: optional(rest[0]) }) : undefined;
      case "ne":
        return rest.length === 2
          ? { kind: "entity-edit-form", entity: rest[0], base: toInteger(rest[1]) }
          : undefined;
      case "va":
        return rest.length === 0 ? { kind: "event-form" } : undefined;
      case "ve":
        return rest.length === 2
          ? { kind: "event-edit-form", event: rest[0], base: toInteger(rest[1]) }
          : undefined;
      case "vf":
        return rest.length === 1 ? { kind: "event-fact", event: rest[0] } : undefined;
      case "fv":
        return rest.length === 1 ? { kind: "event-fact-form", event: rest[0] } : undefined;
      case "ro":
        return rest.length === 1 ? { kind: "reopen", draft: rest[0] } : undefined;
      case "sa":
        return rest.length === 0 ? { kind: "source-form" } : undefined;
      case "sy":
        return rest.length === 1 ? { kind: "source-approve", draft: rest[0] } : undefined;
      case "sp":
        return rest.length === 2
          ? { kind: "source-page", draft: rest[0], index: toInteger(rest[1]) }
          : undefined;
      case "sx":
      case "se":
      case "sf": {
        const kinds = { sx: "source-drop", se: "source-edit", sf: "source-edit-form" } as const;
        return rest.length === 3
          ? { kind: kinds[code], draft: rest[0], index: toInteger(rest[1]), fact: rest[2] }
          : undefined;
      }
      case "sr":
        return rest.length === 2
          ? withDefined({ kind: "source-remove", source: rest[0], reason: optional(rest[1]) })
          : undefined;
      case "sz":
        return rest.length === 1 ? { kind: "source-restore", source: rest[0] } : undefined;
      default:
        return undefined;
    }
  })();
  const parsed = ModerationAction.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** Digits only, without leading zeros: exactly as encodeModerationId writes them. */
function toInteger(text: string | undefined): number | undefined {
  return text !== undefined && /^(?:0|[1-9]\d{0,5})$/.test(text) ? Number(text) : undefined;
}

/** Strict schemas refuse `key: undefined`; optional parts are left out instead. */
function withDefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
