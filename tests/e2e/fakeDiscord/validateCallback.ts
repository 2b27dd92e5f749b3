/** Interaction callbacks (reply, update, autocomplete, modal) against Discord's rules. */
import { Issues, isRecord, type Path } from './issues.js';
import * as L from './limits.js';
import { validateMessage } from './validateMessage.js';

export const CallbackType = {
  Pong: 1,
  Reply: 4,
  DeferredReply: 5,
  DeferredUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;

export const InteractionKind = {
  Command: 2,
  Component: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;

const ALLOWED: Record<number, readonly number[]> = {
  [InteractionKind.Command]: [4, 5, 9],
  [InteractionKind.Component]: [4, 5, 6, 7, 9],
  [InteractionKind.Autocomplete]: [8],
  [InteractionKind.ModalSubmit]: [4, 5, 6, 7],
};

/** Validates a callback body for an interaction of `kind`; issue paths are body-relative. */
export function validateCallback(body: unknown, kind: number, fromMessage: boolean): Issues {
  const issues = new Issues();
  if (!isRecord(body) || typeof body.type !== 'number') {
    issues.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return issues;
  }
  const allowed = ALLOWED[kind] ?? [];
  const needsMessage = kind === InteractionKind.ModalSubmit && (body.type === 6 || body.type === 7) && !fromMessage;
  if (!allowed.includes(body.type) || needsMessage) {
    issues.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Interaction response type ${body.type} is not valid for this interaction.`);
    return issues;
  }
  const data = body.data;
  switch (body.type) {
    case CallbackType.Reply:
    case CallbackType.Update:
      validateMessage(data ?? {}, scoped(issues, ['data']), { create: body.type === CallbackType.Reply });
      break;
    case CallbackType.DeferredReply:
      if (isRecord(data)) issues.integer(['data', 'flags'], data.flags, 0, 2 ** 31);
      break;
    case CallbackType.Autocomplete:
      validateAutocomplete(data, scoped(issues, ['data']));
      break;
    case CallbackType.Modal:
      validateModal(data, scoped(issues, ['data']));
      break;
    default:
      break;
  }
  return issues;
}

/** An Issues view that prefixes every path (so nested validators stay body-relative). */
function scoped(parent: Issues, prefix: Path): Issues {
  const child = new Issues();
  child.add = (path, code, message) => parent.add([...prefix, ...path], code, message);
  return child;
}

export function validateAutocomplete(data: unknown, issues: Issues): void {
  if (!isRecord(data)) {
    issues.add([], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  const choices = issues.array(['choices'], data.choices, L.AUTOCOMPLETE_CHOICES_MAX, 0, true);
  choices.forEach((choice, i) => {
    const path = ['choices', i];
    if (!isRecord(choice)) return issues.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    issues.text([...path, 'name'], choice.name, L.CHOICE_NAME_MAX, L.CHOICE_NAME_MIN, true);
    if (typeof choice.value === 'string') {
      issues.text([...path, 'value'], choice.value, L.CHOICE_STRING_VALUE_MAX, L.CHOICE_STRING_VALUE_MIN, true);
    } else if (typeof choice.value !== 'number') {
      issues.add([...path, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
    }
  });
}

export function validateModal(data: unknown, issues: Issues): void {
  if (!isRecord(data)) {
    issues.add([], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  issues.text(['custom_id'], data.custom_id, L.CUSTOM_ID_MAX, L.CUSTOM_ID_MIN, true);
  issues.text(['title'], data.title, L.MODAL_TITLE_MAX, 1, true);
  const rows = issues.array(['components'], data.components, L.MODAL_COMPONENTS_MAX, 1, true);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const path = ['components', i];
    if (!isRecord(row)) return issues.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    if (row.type === 1) {
      const inputs = issues.array([...path, 'components'], row.components, 1, 1, true);
      inputs.forEach((input, j) => validateTextInput(input, [...path, 'components', j], issues, seen, true));
    } else if (row.type === 18) {
      issues.text([...path, 'label'], row.label, L.TEXT_INPUT_LABEL_MAX, 1, true);
      issues.text([...path, 'description'], row.description, 100, 1);
      if (isRecord(row.component) && row.component.type === 4) {
        validateTextInput(row.component, [...path, 'component'], issues, seen, false);
      }
    }
  });
}

function validateTextInput(input: unknown, path: Path, issues: Issues, seen: Set<string>, labelled: boolean): void {
  if (!isRecord(input) || input.type !== 4) {
    issues.add([...path, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (4,).');
    return;
  }
  issues.text([...path, 'custom_id'], input.custom_id, L.CUSTOM_ID_MAX, L.CUSTOM_ID_MIN, true);
  if (typeof input.custom_id === 'string') {
    if (seen.has(input.custom_id)) issues.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    seen.add(input.custom_id);
  }
  if (labelled) issues.text([...path, 'label'], input.label, L.TEXT_INPUT_LABEL_MAX, 1, true);
  if (input.style !== 1 && input.style !== 2) issues.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2}.');
  issues.text([...path, 'placeholder'], input.placeholder, L.TEXT_INPUT_PLACEHOLDER_MAX);
  issues.text([...path, 'value'], input.value, L.TEXT_INPUT_VALUE_MAX);
  issues.integer([...path, 'min_length'], input.min_length, 0, L.TEXT_INPUT_VALUE_MAX);
  issues.integer([...path, 'max_length'], input.max_length, 1, L.TEXT_INPUT_VALUE_MAX);
}
