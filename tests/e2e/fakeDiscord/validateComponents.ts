/** Message components (classic action rows and components v2) against Discord's limits. */
import { isRecord, type Issues, type Path } from './issues.js';
import * as L from './limits.js';

const ACTION_ROW = 1;
const BUTTON = 2;
const STRING_SELECT = 3;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

export function validateComponents(value: unknown, issues: Issues, v2: boolean): void {
  const max = v2 ? L.TOP_LEVEL_COMPONENTS_V2_MAX : L.ACTION_ROWS_MAX;
  const top = issues.array(['components'], value, max);
  const seen = new Set<string>();
  top.forEach((component, i) => {
    const path = ['components', i];
    if (!v2 && (!isRecord(component) || component.type !== ACTION_ROW)) {
      issues.add(path, 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    walk(component, path, issues, seen);
  });
}

function walk(component: unknown, path: Path, issues: Issues, seen: Set<string>): void {
  if (!isRecord(component)) {
    issues.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  if (typeof component.custom_id === 'string') {
    if (seen.has(component.custom_id)) {
      issues.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    }
    seen.add(component.custom_id);
  }
  if (component.type === ACTION_ROW) validateRow(component, path, issues, seen);
  else if (component.type === BUTTON) validateButton(component, path, issues);
  else if (typeof component.type === 'number' && SELECT_TYPES.has(component.type)) validateSelect(component, path, issues);
  else {
    // Components v2 containers/sections: check whatever they nest.
    if (Array.isArray(component.components)) {
      component.components.forEach((c, i) => walk(c, [...path, 'components', i], issues, seen));
    }
    if (isRecord(component.accessory)) walk(component.accessory, [...path, 'accessory'], issues, seen);
  }
}

function validateRow(row: Record<string, unknown>, path: Path, issues: Issues, seen: Set<string>): void {
  const children = issues.array([...path, 'components'], row.components, L.ACTION_ROW_COMPONENTS_MAX, 1, true);
  const hasSelect = children.some((c) => isRecord(c) && typeof c.type === 'number' && SELECT_TYPES.has(c.type));
  if (hasSelect && children.length > 1) {
    issues.add([...path, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
  }
  children.forEach((c, i) => {
    if (isRecord(c) && c.type === ACTION_ROW) {
      issues.add([...path, 'components', i, 'type'], 'COMPONENT_TYPE_INVALID', 'Action rows cannot be nested');
      return;
    }
    walk(c, [...path, 'components', i], issues, seen);
  });
}

function validateButton(button: Record<string, unknown>, path: Path, issues: Issues): void {
  issues.text([...path, 'label'], button.label, L.BUTTON_LABEL_MAX);
  if (button.style === LINK_STYLE) {
    issues.text([...path, 'url'], button.url, L.BUTTON_URL_MAX, 1, true);
    if (button.custom_id != null) issues.add([...path, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A link button cannot have a custom_id');
  } else if (button.style !== PREMIUM_STYLE) {
    issues.text([...path, 'custom_id'], button.custom_id, L.CUSTOM_ID_MAX, L.CUSTOM_ID_MIN, true);
    if (button.url != null) issues.add([...path, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons can have a url');
  }
  if (button.style !== PREMIUM_STYLE && button.label == null && button.emoji == null) {
    issues.add([...path], 'BUTTON_COMPONENT_MISSING_LABEL_OR_EMOJI', 'A button must have a label or an emoji');
  }
  if (typeof button.style !== 'number' || button.style < 1 || button.style > 6) {
    issues.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
  }
}

function validateSelect(select: Record<string, unknown>, path: Path, issues: Issues): void {
  issues.text([...path, 'custom_id'], select.custom_id, L.CUSTOM_ID_MAX, L.CUSTOM_ID_MIN, true);
  issues.text([...path, 'placeholder'], select.placeholder, L.SELECT_PLACEHOLDER_MAX);
  issues.integer([...path, 'min_values'], select.min_values, 0, L.SELECT_VALUES_MAX);
  issues.integer([...path, 'max_values'], select.max_values, 1, L.SELECT_VALUES_MAX);
  if (select.type !== STRING_SELECT) return;
  const options = issues.array([...path, 'options'], select.options, L.SELECT_OPTIONS_MAX, L.SELECT_OPTIONS_MIN, true);
  options.forEach((option, i) => {
    const op = [...path, 'options', i];
    if (!isRecord(option)) return issues.add(op, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    issues.text([...op, 'label'], option.label, L.SELECT_OPTION_LABEL_MAX, 1, true);
    issues.text([...op, 'value'], option.value, L.SELECT_OPTION_VALUE_MAX, 1, true);
    issues.text([...op, 'description'], option.description, L.SELECT_OPTION_DESCRIPTION_MAX);
  });
  const values = new Set(options.map((o) => (isRecord(o) ? o.value : undefined)));
  if (values.size !== options.length) {
    issues.add([...path, 'options'], 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', 'Select component option values must be unique');
  }
  if (typeof select.max_values === 'number' && select.max_values > options.length) {
    issues.add([...path, 'max_values'], 'BASE_TYPE_MAX_VALUE', `Must be less than or equal to the number of options (${options.length}).`);
  }
}
