/**
 * Discord's payload limits, as named constants. Numbers come from Discord's OpenAPI spec
 * (/work/shared/discord-api-spec/openapi.json, schema named in each comment) unless marked
 * "docs", where the spec is silent or looser than what Discord enforces.
 */

/** IncomingWebhookInteractionRequest.content (interaction replies, follow-ups, edits). */
export const MESSAGE_CONTENT_MAX = 2000;
/** MessageCreateRequest.embeds / IncomingWebhookInteractionRequest.embeds. */
export const EMBEDS_PER_MESSAGE_MAX = 10;
/** RichEmbed.title. */
export const EMBED_TITLE_MAX = 256;
/** RichEmbed.description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** RichEmbed.fields. */
export const EMBED_FIELDS_MAX = 25;
/** RichEmbedField.name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** RichEmbedField.value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** RichEmbedFooter.text. */
export const EMBED_FOOTER_TEXT_MAX = 2048;
/** RichEmbedAuthor.name. */
export const EMBED_AUTHOR_NAME_MAX = 256;
/** docs ("Embed limits"): title + description + field names/values + footer + author, summed over all embeds. */
export const EMBED_TOTAL_TEXT_MAX = 6000;
/** RichEmbed.url, RichEmbedAuthor.url, RichEmbedFooter.icon_url, image/thumbnail url. */
export const EMBED_URL_MAX = 2048;
/** RichEmbed.color. */
export const EMBED_COLOR_MAX = 16777215;

/** docs: classic (non components-v2) messages hold at most 5 action rows. */
export const ACTION_ROWS_MAX = 5;
/** ActionRowComponentForMessageRequest.components (minItems 1, maxItems 5). */
export const ACTION_ROW_COMPONENTS_MAX = 5;
/** IncomingWebhookInteractionRequest.components maxItems (components v2 top level). */
export const TOP_LEVEL_COMPONENTS_V2_MAX = 40;
/** ButtonComponentForMessageRequest.label. */
export const BUTTON_LABEL_MAX = 80;
/** ButtonComponentForMessageRequest.url. */
export const BUTTON_URL_MAX = 512;
/** custom_id of buttons, selects, text inputs and modals (minLength 1, maxLength 100). */
export const CUSTOM_ID_MIN = 1;
export const CUSTOM_ID_MAX = 100;
/** StringSelectComponentForMessageRequest.options (minItems 1, maxItems 25). */
export const SELECT_OPTIONS_MIN = 1;
export const SELECT_OPTIONS_MAX = 25;
/** StringSelectOptionForRequest.label / .value (1..100) and .description (..100). */
export const SELECT_OPTION_LABEL_MAX = 100;
export const SELECT_OPTION_VALUE_MAX = 100;
export const SELECT_OPTION_DESCRIPTION_MAX = 100;
/** StringSelectComponentForMessageRequest.placeholder. */
export const SELECT_PLACEHOLDER_MAX = 150;
/** StringSelectComponentForMessageRequest.min_values (0..25) / max_values (1..25). */
export const SELECT_VALUES_MAX = 25;

/** InteractionApplicationCommandAutocompleteCallback*Data.choices. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** ApplicationCommandOptionStringChoice.name (1..100). */
export const CHOICE_NAME_MIN = 1;
export const CHOICE_NAME_MAX = 100;
/** docs: a string choice value is at most 100 characters (the spec says 6000; Discord enforces 100). */
export const CHOICE_STRING_VALUE_MIN = 1;
export const CHOICE_STRING_VALUE_MAX = 100;

/** ModalInteractionCallbackRequestData.title (1..45). */
export const MODAL_TITLE_MAX = 45;
/** ModalInteractionCallbackRequestData.components (1..40). */
export const MODAL_COMPONENTS_MAX = 40;
/** TextInputComponentForModalRequest.label / LabelComponentForModalRequest.label (1..45). */
export const TEXT_INPUT_LABEL_MAX = 45;
/** TextInputComponentForModalRequest.placeholder. */
export const TEXT_INPUT_PLACEHOLDER_MAX = 100;
/** TextInputComponentForModalRequest.value / min_length / max_length. */
export const TEXT_INPUT_VALUE_MAX = 4000;

/** MessageAllowedMentionsRequest.users / .roles. */
export const ALLOWED_MENTIONS_IDS_MAX = 100;

/** ApplicationCommandCreateRequest.name and option names (1..32). */
export const COMMAND_NAME_MAX = 32;
/** ApplicationCommand*Option.description (1..100). */
export const COMMAND_DESCRIPTION_MAX = 100;
/** ApplicationCommandCreateRequest.options and option choices. */
export const COMMAND_OPTIONS_MAX = 25;
export const COMMAND_CHOICES_MAX = 25;
/** docs: at most 100 global chat-input commands (the PUT body allows 130 items of all types). */
export const CHAT_INPUT_COMMANDS_MAX = 100;
export const COMMANDS_PUT_MAX = 130;

/** docs: an interaction must be acknowledged within 3 seconds. */
export const INTERACTION_ACK_WINDOW_MS = 3000;

/** docs: Discord's message flags used here. */
export const MESSAGE_FLAG_EPHEMERAL = 1 << 6;
export const MESSAGE_FLAG_LOADING = 1 << 7;
export const MESSAGE_FLAG_IS_COMPONENTS_V2 = 1 << 15;

/** docs: permission bits. */
export const PERMISSION_MANAGE_GUILD = 0x20n;
