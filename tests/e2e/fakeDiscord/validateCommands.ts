/** Application command definitions (PUT/POST of commands) against Discord's rules. */
import { Issues, isRecord, type Path } from './issues.js';
import * as L from './limits.js';

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const STRING = 3;

/** Validates a bulk-overwrite body (an array of command definitions). */
export function validateCommandList(body: unknown): Issues {
  const issues = new Issues();
  const list = issues.array([], body, L.COMMANDS_PUT_MAX, 0, true);
  const chatInput = list.filter((c) => isRecord(c) && (c.type ?? 1) === 1);
  if (chatInput.length > L.CHAT_INPUT_COMMANDS_MAX) {
    issues.add([], 'APPLICATION_COMMANDS_TOO_MANY', `Maximum number of application commands reached (${L.CHAT_INPUT_COMMANDS_MAX})`);
  }
  const names = new Set<string>();
  list.forEach((command, i) => {
    validateCommand(command, [i], issues);
    if (isRecord(command) && typeof command.name === 'string') {
      const key = `${String(command.type ?? 1)}:${command.name}`;
      if (names.has(key)) issues.add([i, 'name'], 'APPLICATION_COMMAND_ALREADY_EXISTS', 'Application command names must be unique');
      names.add(key);
    }
  });
  return issues;
}

export function validateCommand(command: unknown, path: Path, issues: Issues): void {
  if (!isRecord(command)) return issues.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  const chatInput = (command.type ?? 1) === 1;
  checkName([...path, 'name'], command.name, issues, chatInput);
  if (chatInput) issues.text([...path, 'description'], command.description, L.COMMAND_DESCRIPTION_MAX, 1, true);
  validateOptions(command.options, [...path, 'options'], issues, 0);
}

function checkName(path: Path, name: unknown, issues: Issues, chatInput: boolean): void {
  issues.text(path, name, L.COMMAND_NAME_MAX, 1, true);
  if (typeof name !== 'string' || !chatInput) return;
  if (!NAME.test(name) || name !== name.toLowerCase()) {
    issues.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: ${name}`);
  }
}

function validateOptions(value: unknown, path: Path, issues: Issues, depth: number): void {
  const options = issues.array(path, value, L.COMMAND_OPTIONS_MAX);
  const isSub = (o: unknown): boolean => isRecord(o) && (o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP);
  if (options.some(isSub) && !options.every(isSub)) {
    issues.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  }
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((option, i) => {
    const op = [...path, i];
    if (!isRecord(option)) return issues.add(op, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    checkName([...op, 'name'], option.name, issues, true);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) issues.add([...op, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(option.name);
    }
    issues.text([...op, 'description'], option.description, L.COMMAND_DESCRIPTION_MAX, 1, true);
    if (option.required === true && optionalSeen) {
      issues.add([...op, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) optionalSeen = true;
    validateChoices(option, op, issues);
    if (option.type === SUB_COMMAND_GROUP && depth === 0) validateOptions(option.options, [...op, 'options'], issues, 1);
    else if (option.type === SUB_COMMAND && depth <= 1) validateOptions(option.options, [...op, 'options'], issues, 2);
    else if (isSub(option)) issues.add([...op, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-commands cannot be nested this deep');
  });
}

function validateChoices(option: Record<string, unknown>, path: Path, issues: Issues): void {
  const choices = issues.array([...path, 'choices'], option.choices, L.COMMAND_CHOICES_MAX);
  if (choices.length > 0 && option.autocomplete === true) {
    issues.add([...path, 'autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES_EXCLUSIVE', 'Autocomplete cannot be enabled on options that have choices');
  }
  choices.forEach((choice, i) => {
    const cp = [...path, 'choices', i];
    if (!isRecord(choice)) return issues.add(cp, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    issues.text([...cp, 'name'], choice.name, L.CHOICE_NAME_MAX, L.CHOICE_NAME_MIN, true);
    if (option.type === STRING) issues.text([...cp, 'value'], choice.value, L.CHOICE_STRING_VALUE_MAX, L.CHOICE_STRING_VALUE_MIN, true);
  });
}
