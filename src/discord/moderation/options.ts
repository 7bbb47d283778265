import type { SlashCommandIntegerOption } from "discord.js";

/** The `revision` option of every revert (/fact, /entity, /event): one definition for all three. */
export function revisionOption(option: SlashCommandIntegerOption): SlashCommandIntegerOption {
  return option
    .setName("revision")
    .setDescription("The revision to go back to (1 = as first added or curated)")
    .setRequired(true)
    .setMinValue(1)
    .setMaxValue(999_999);
}
