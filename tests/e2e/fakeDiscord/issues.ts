/** Collects validation problems and renders them as Discord's nested `errors` object. */

export type Path = readonly (string | number)[];

export interface Issue {
  path: Path;
  code: string;
  message: string;
}

/** Discord's error tree: every node may carry `_errors`, children are keyed by field or index. */
export interface ErrorTree {
  _errors?: { code: string; message: string }[];
  [key: string]: ErrorTree | { code: string; message: string }[] | undefined;
}

/** Discord counts characters as code points, not UTF-16 units. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

export class Issues {
  readonly list: Issue[] = [];

  add(path: Path, code: string, message: string): void {
    this.list.push({ path, code, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** A string field: required or not, with a length range in code points. */
  text(path: Path, value: unknown, max: number, min = 0, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return;
    }
    const n = charCount(value);
    if (n > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    else if (n < min) this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  }

  /** An array field with an item count range; returns the array (or []) for further checks. */
  array(path: Path, value: unknown, max: number, min = 0, required = false): unknown[] {
    if (value === undefined || value === null) {
      if (required) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
      return [];
    }
    if (value.length > max || value.length < min) {
      const message = min > 0 ? `Must be between ${min} and ${max} in length.` : `Must be ${max} or fewer in length.`;
      this.add(path, min > 0 ? 'BASE_TYPE_BAD_LENGTH' : 'BASE_TYPE_MAX_LENGTH', message);
    }
    return value;
  }

  /** An integer field within [min, max]. */
  integer(path: Path, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.add(path, 'NUMBER_TYPE_COERCE', `Value "${String(value)}" is not int.`);
    } else if (value > max) {
      this.add(path, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`);
    } else if (value < min) {
      this.add(path, 'NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`);
    }
  }

  toTree(prefix: Path = []): ErrorTree {
    const root: ErrorTree = {};
    for (const issue of this.list) {
      let node = root;
      for (const key of [...prefix, ...issue.path]) {
        const k = String(key);
        const next = (node[k] as ErrorTree | undefined) ?? {};
        node[k] = next;
        node = next;
      }
      (node._errors ??= []).push({ code: issue.code, message: issue.message });
    }
    return root;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
