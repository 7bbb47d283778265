import type { SlashCommandIntegerOption, SlashCommandStringOption } from "discord.js";
import { LIMITS, truncate } from "../limits.ts";

/** The `revision` option of every revert (/fact, /entity, /event): one definition for all three. */
export function revisionOption(option: SlashCommandIntegerOption): SlashCommandIntegerOption {
  return option
    .setName("revision")
    .setDescription("The revision to go back to (1 = as first added or curated)")
    .setRequired(true)
    .setMinValue(1)
    .setMaxValue(999_999);
}

/** The `reason` option of removals and reverts: kept in the record's history. */
export function reasonOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option.setName("reason").setDescription("Why (kept in the history)").setMaxLength(200);
}

const REMOVED = " (removed)";

/**
 * An autocomplete choice for a record this server removed: " (removed)" right after its `name`
 * (the whole label when not given), kept when the label is cut to the 100 characters Discord
 * shows, so a moderator never mistakes it for one the server still sees.
 */
export function markedRemoved(label: string, name = label): string {
  const rest = label.startsWith(name) ? label.slice(name.length) : "";
  const shownName = truncate(name, LIMITS.choiceName - REMOVED.length);
  return truncate(`${shownName}${REMOVED}${rest}`, LIMITS.choiceName);
}
