/** Discord's payload limits (from the API spec) that the views and commands must respect. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  optionStringMax: 6000,
  modalTitle: 45,
  textInputLabel: 45,
} as const;

/**
 * Cuts text to at most `max` UTF-16 units (never splitting a character), ending with an ellipsis when cut.
 * Counting UTF-16 units is never more lenient than Discord's own count.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}
