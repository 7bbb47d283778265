import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  type JSONEncodable,
  TextInputStyle,
} from "discord.js";
import { LIMITS, truncate } from "../limits.ts";

/**
 * A form Discord shows over the client (a modal): a title and at most five text inputs, each
 * with a label and a one-line description. Handlers build FormModels; `toDiscordModal` turns them
 * into Discord JSON with every limit enforced.
 */
export interface FormField {
  /** The input's custom_id: its value comes back under this name. */
  id: string;
  label: string;
  description?: string;
  style: "short" | "paragraph";
  /** Pre-filled text. */
  value?: string;
  placeholder?: string;
  required: boolean;
  maxLength: number;
}

export interface FormModel {
  customId: string;
  title: string;
  fields: FormField[];
}

/** Discord's limits for modals. */
export const FORM_LIMITS = {
  title: 45,
  fields: 5,
  label: 45,
  description: 100,
  placeholder: 100,
  value: 4000,
} as const;

/**
 * Why the form cannot be opened as it is: a pre-filled value longer than its field (a record
 * curated or imported with more than the form holds). Discord would cut it, and sending the form
 * back unread would save the cut text: the one line says which field and how to edit it instead.
 */
export function formOverflow(form: FormModel): string | undefined {
  for (const field of form.fields) {
    const max = Math.min(field.maxLength, FORM_LIMITS.value);
    if (field.value !== undefined && field.value.length > max) {
      return `“${field.label}” holds ${field.value.length} characters, more than this form's ${max}: opening it would cut them, so nothing was opened. Edit this record with \`npm run facts -- export\` and \`import\` on the bot's host.`;
    }
  }
  return undefined;
}

export function toDiscordModal(form: FormModel): JSONEncodable<APIModalInteractionResponseCallbackData> {
  if (form.fields.length < 1 || form.fields.length > FORM_LIMITS.fields) {
    throw new Error(`a form has 1 to ${FORM_LIMITS.fields} fields, not ${form.fields.length}`);
  }
  if (form.customId.length > LIMITS.customId) throw new Error(`form custom_id too long: ${form.customId}`);
  const json: APIModalInteractionResponseCallbackData = {
    custom_id: form.customId,
    title: truncate(form.title, FORM_LIMITS.title),
    components: form.fields.map((field) => {
      const max = Math.min(field.maxLength, FORM_LIMITS.value);
      const value = field.value === undefined ? "" : field.value.slice(0, max);
      return {
        type: ComponentType.Label,
        label: truncate(field.label, FORM_LIMITS.label),
        ...(field.description ? { description: truncate(field.description, FORM_LIMITS.description) } : {}),
        component: {
          type: ComponentType.TextInput,
          custom_id: field.id,
          style: field.style === "paragraph" ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: field.required,
          max_length: max,
          ...(value ? { value } : {}),
          ...(field.placeholder ? { placeholder: truncate(field.placeholder, FORM_LIMITS.placeholder) } : {}),
        },
      };
    }),
  };
  return { toJSON: () => json };
}
