/**
 * The subset of Discord's request validation that bots commonly trip over (over-long messages
 * and embeds, empty messages, bad command definitions, oversized autocomplete/modal payloads).
 * Errors use Discord's shape: `{ code: 50035, message: "Invalid Form Body", errors: {...} }`,
 * where `errors` mirrors the body path and leaves hold `_errors: [{ code, message }]`.
 */
import { z } from "zod";
import { ApplicationCommandType, ErrorCode, OptionType } from "./constants.ts";

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: unknown;
}

export interface DiscordError {
  status: number;
  body: DiscordErrorBody;
}

export function discordError(status: number, code: number, message: string, errors?: unknown): DiscordError {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

interface ErrorNode {
  _errors?: { code: string; message: string }[];
  [key: string]: ErrorNode | { code: string; message: string }[] | undefined;
}

/** Collects field errors into Discord's nested error tree. */
export class FormErrors {
  readonly #root: ErrorNode = {};
  #count = 0;

  add(path: readonly (string | number)[], code: string, message: string): void {
    let node = this.#root;
    for (const segment of path) {
      const key = String(segment);
      const child = node[key];
      if (child === undefined || Array.isArray(child)) {
        const created: ErrorNode = {};
        node[key] = created;
        node = created;
      } else {
        node = child;
      }
    }
    node._errors ??= [];
    node._errors.push({ code, message });
    this.#count += 1;
  }

  get empty(): boolean {
    return this.#count === 0;
  }

  toError(): DiscordError {
    return discordError(400, ErrorCode.InvalidFormBody, "Invalid Form Body", this.#root);
  }
}

function maxLength(
  errors: FormErrors,
  path: (string | number)[],
  value: string | undefined,
  max: number,
): void {
  if (value !== undefined && value.length > max) {
    errors.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
  }
}

function lengthBetween(
  errors: FormErrors,
  path: (string | number)[],
  value: string | undefined,
  min: number,
  max: number,
): void {
  if (value === undefined || value.length < min || value.length > max) {
    errors.add(path, "BASE_TYPE_BAD_LENGTH", `Must be between ${min} and ${max} in length.`);
  }
}

function zodToFormErrors(error: z.ZodError): DiscordError {
  const errors = new FormErrors();
  for (const issue of error.issues) {
    errors.add(
      issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
      "BASE_TYPE_INVALID",
      issue.message,
    );
  }
  return errors.toError();
}

// ---------------------------------------------------------------------------------------------
// Messages (channel messages, interaction replies/updates, webhook sends and edits)

const embedSchema = z.looseObject({
  title: z.string().nullish(),
  description: z.string().nullish(),
  url: z.string().nullish(),
  color: z.number().int().nullish(),
  timestamp: z.string().nullish(),
  fields: z
    .array(z.looseObject({ name: z.string(), value: z.string(), inline: z.boolean().nullish() }))
    .nullish(),
  footer: z.looseObject({ text: z.string() }).nullish(),
  author: z.looseObject({ name: z.string() }).nullish(),
});

// discord.js sends explicit nulls for unset attachment fields (description, title, ...).
const attachmentRefSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  filename: z.string().nullish(),
  description: z.string().nullish(),
});

export const messageBodySchema = z.looseObject({
  content: z.string().nullable().optional(),
  tts: z.boolean().optional(),
  embeds: z.array(embedSchema).nullable().optional(),
  components: z
    .array(z.looseObject({ type: z.number() }))
    .nullable()
    .optional(),
  flags: z.number().int().nullable().optional(),
  allowed_mentions: z
    .looseObject({
      parse: z.array(z.string()).optional(),
      users: z.array(z.string()).optional(),
      roles: z.array(z.string()).optional(),
      replied_user: z.boolean().optional(),
    })
    .nullable()
    .optional(),
  message_reference: z
    .looseObject({
      message_id: z.string().optional(),
      channel_id: z.string().optional(),
      guild_id: z.string().optional(),
      fail_if_not_exists: z.boolean().optional(),
    })
    .nullable()
    .optional(),
  attachments: z.array(attachmentRefSchema).nullable().optional(),
  sticker_ids: z.array(z.string()).optional(),
  poll: z.looseObject({}).nullable().optional(),
  nonce: z.union([z.string(), z.number()]).optional(),
});

export type MessageBody = z.infer<typeof messageBodySchema>;

/**
 * Validates a message create/edit body. `requireContent` is true where Discord rejects an empty
 * message (creating one); edits may legitimately change just one field.
 */
export function validateMessageBody(
  raw: unknown,
  options: { fileCount: number; requireContent: boolean },
): { ok: true; body: MessageBody } | { ok: false; error: DiscordError } {
  const parsed = messageBodySchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, error: zodToFormErrors(parsed.error) };
  const body = parsed.data;
  const errors = new FormErrors();
  maxLength(errors, ["content"], body.content ?? undefined, 2000);
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) errors.add(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
  let embedChars = 0;
  embeds.forEach((embed, index) => {
    const path = ["embeds", index];
    maxLength(errors, [...path, "title"], embed.title ?? undefined, 256);
    maxLength(errors, [...path, "description"], embed.description ?? undefined, 4096);
    maxLength(errors, [...path, "footer", "text"], embed.footer?.text, 2048);
    maxLength(errors, [...path, "author", "name"], embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25)
      errors.add([...path, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    fields.forEach((field, fieldIndex) => {
      lengthBetween(errors, [...path, "fields", fieldIndex, "name"], field.name, 1, 256);
      lengthBetween(errors, [...path, "fields", fieldIndex, "value"], field.value, 1, 1024);
      embedChars += field.name.length + field.value.length;
    });
    embedChars +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0);
  });
  // The 6000 character budget is shared by all embeds of one message.
  if (embedChars > 6000) {
    errors.add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
  }
  if ((body.components ?? []).length > 40) {
    errors.add(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length.");
  }
  if (!errors.empty) return { ok: false, error: errors.toError() };
  if (options.requireContent) {
    const hasSomething =
      (body.content ?? "").length > 0 ||
      embeds.length > 0 ||
      (body.components ?? []).length > 0 ||
      (body.sticker_ids ?? []).length > 0 ||
      (body.poll !== undefined && body.poll !== null) ||
      options.fileCount > 0;
    if (!hasSomething) {
      return {
        ok: false,
        error: discordError(400, ErrorCode.CannotSendEmptyMessage, "Cannot send an empty message"),
      };
    }
  }
  return { ok: true, body };
}

// ---------------------------------------------------------------------------------------------
// Autocomplete results and modals

const autocompleteSchema = z.looseObject({
  choices: z.array(z.looseObject({ name: z.string(), value: z.union([z.string(), z.number()]) })).optional(),
});

export type AutocompleteData = z.infer<typeof autocompleteSchema>;

export function validateAutocompleteData(raw: unknown): DiscordError | null {
  const parsed = autocompleteSchema.safeParse(raw ?? {});
  if (!parsed.success) return zodToFormErrors(parsed.error);
  const errors = new FormErrors();
  const choices = parsed.data.choices ?? [];
  if (choices.length > 25) errors.add(["choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  choices.forEach((choice, index) => {
    lengthBetween(errors, ["choices", index, "name"], choice.name, 1, 100);
    if (typeof choice.value === "string") maxLength(errors, ["choices", index, "value"], choice.value, 100);
  });
  return errors.empty ? null : errors.toError();
}

const modalSchema = z.looseObject({
  custom_id: z.string(),
  title: z.string(),
  components: z.array(z.looseObject({ type: z.number() })),
});

export function validateModalData(raw: unknown): DiscordError | null {
  const parsed = modalSchema.safeParse(raw ?? {});
  if (!parsed.success) return zodToFormErrors(parsed.error);
  const errors = new FormErrors();
  lengthBetween(errors, ["custom_id"], parsed.data.custom_id, 1, 100);
  lengthBetween(errors, ["title"], parsed.data.title, 1, 45);
  if (parsed.data.components.length < 1 || parsed.data.components.length > 5) {
    errors.add(["components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
  }
  parsed.data.components.forEach((component, index) => {
    const path = ["components", index];
    // A text input in an action row (classic modals), or in a Label, which then holds the label.
    if (component.type === 18) {
      const label = component as { label?: unknown; component?: unknown };
      if (typeof label.label === "string") lengthBetween(errors, [...path, "label"], label.label, 1, 45);
      textInputLimits(errors, [...path, "component"], label.component);
    } else if (component.type === 1 && Array.isArray(component.components)) {
      component.components.forEach((input: unknown, i: number) => {
        textInputLimits(errors, [...path, "components", i], input);
      });
    }
  });
  return errors.empty ? null : errors.toError();
}

/**
 * Discord's documented limits of a text input: custom_id 1–100 characters, label at most 45,
 * placeholder at most 100, a pre-filled value at most 4,000, min_length 0–4,000, max_length 1–4,000.
 */
function textInputLimits(errors: FormErrors, path: (string | number)[], raw: unknown): void {
  if (typeof raw !== "object" || raw === null || (raw as { type?: unknown }).type !== 4) return;
  const input = raw as Record<string, unknown>;
  const text = (name: string) => (typeof input[name] === "string" ? (input[name] as string) : undefined);
  lengthBetween(errors, [...path, "custom_id"], text("custom_id"), 1, 100);
  maxLength(errors, [...path, "label"], text("label"), 45);
  maxLength(errors, [...path, "placeholder"], text("placeholder"), 100);
  maxLength(errors, [...path, "value"], text("value"), 4000);
  for (const [name, min] of [
    ["min_length", 0],
    ["max_length", 1],
  ] as const) {
    const value = input[name];
    if (typeof value === "number" && value < min)
      errors.add([...path, name], "NUMBER_TYPE_MIN", `int value should be greater than or equal to ${min}.`);
    if (typeof value === "number" && value > 4000)
      errors.add([...path, name], "NUMBER_TYPE_MAX", "int value should be less than or equal to 4000.");
  }
}

// ---------------------------------------------------------------------------------------------
// Application commands

export interface CommandOptionInput {
  type: number;
  name: string;
  description?: string | undefined;
  required?: boolean | undefined;
  autocomplete?: boolean | undefined;
  choices?: { name: string; value: string | number }[] | undefined;
  options?: CommandOptionInput[] | undefined;
  [key: string]: unknown;
}

const commandOptionSchema: z.ZodType<CommandOptionInput> = z.lazy(() =>
  z.looseObject({
    type: z.number().int(),
    name: z.string(),
    description: z.string().optional(),
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    choices: z
      .array(z.looseObject({ name: z.string(), value: z.union([z.string(), z.number()]) }))
      .optional(),
    options: z.array(commandOptionSchema).optional(),
  }),
);

export const commandBodySchema = z.looseObject({
  name: z.string(),
  type: z.number().int().optional(),
  description: z.string().optional(),
  options: z.array(commandOptionSchema).optional(),
  default_member_permissions: z.string().nullable().optional(),
  dm_permission: z.boolean().nullable().optional(),
  contexts: z.array(z.number()).nullable().optional(),
  integration_types: z.array(z.number()).optional(),
  nsfw: z.boolean().optional(),
});

export type CommandBody = z.infer<typeof commandBodySchema>;

/** Discord's rule for chat-input command and option names (lower case enforced separately). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(errors: FormErrors, path: (string | number)[], name: string): void {
  if (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", `Command name is invalid: ${JSON.stringify(name)}`);
  }
}

function checkOptions(errors: FormErrors, path: (string | number)[], options: CommandOptionInput[]): void {
  if (options.length > 25) errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option, index) => {
    const optionPath = [...path, index];
    checkName(errors, [...optionPath, "name"], option.name);
    lengthBetween(errors, [...optionPath, "description"], option.description, 1, 100);
    if (names.has(option.name)) {
      errors.add(
        [...optionPath, "name"],
        "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS",
        "Option name already exists",
      );
    }
    names.add(option.name);
    const isSub = option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup;
    // Required options must come before optional ones.
    if (!isSub) {
      if (option.required === true && sawOptional) {
        errors.add(
          [...optionPath, "required"],
          "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          "Required options must be placed before non-required options",
        );
      }
      if (option.required !== true) sawOptional = true;
    }
    if ((option.choices ?? []).length > 25) {
      errors.add([...optionPath, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    if (option.autocomplete === true && (option.choices ?? []).length > 0) {
      errors.add(
        [...optionPath, "autocomplete"],
        "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES",
        "Autocomplete cannot be set for options that have choices",
      );
    }
    if (option.options) checkOptions(errors, [...optionPath, "options"], option.options);
  });
}

/** Validates a bulk-overwrite (PUT) body: an array of command definitions. */
export function validateCommandList(
  raw: unknown,
): { ok: true; commands: CommandBody[] } | { ok: false; error: DiscordError } {
  const parsed = z.array(commandBodySchema).safeParse(raw);
  if (!parsed.success) return { ok: false, error: zodToFormErrors(parsed.error) };
  const errors = new FormErrors();
  const seen = new Set<string>();
  parsed.data.forEach((command, index) => {
    const type = command.type ?? ApplicationCommandType.ChatInput;
    if (type === ApplicationCommandType.ChatInput) {
      checkName(errors, [index, "name"], command.name);
      lengthBetween(errors, [index, "description"], command.description, 1, 100);
      checkOptions(errors, [index, "options"], command.options ?? []);
    } else {
      lengthBetween(errors, [index, "name"], command.name, 1, 32);
    }
    const key = `${type}:${command.name}`;
    if (seen.has(key)) {
      errors.add(
        [index, "name"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
        "Application command names must be unique",
      );
    }
    seen.add(key);
  });
  if (parsed.data.length > 100) errors.add([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
  return errors.empty ? { ok: true, commands: parsed.data } : { ok: false, error: errors.toError() };
}
