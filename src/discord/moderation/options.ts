import type { SlashCommandIntegerOption, SlashCommandStringOption } from "discord.js";

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
