/**
 * `InputError`: a user error about one named input field, printed by the CLI as one
 * line with exit code 2. Its own module, so that any layer can raise it without
 * importing params/.
 */

/** A user error about one named input field; the CLI prints it as one line. */
export class InputError extends Error {
  readonly field: string;
  readonly expected: string;
  constructor(
    field: string,
    expected: string,
    readonly got?: unknown,
  ) {
    // One line, always: control characters (a key or file name with a line break, a
    // parser's quoted text) are escaped, and a blank field is named as such.
    const f = fieldName(oneLine(field));
    const e = oneLine(expected);
    const shown = typeof got === 'number' && !Number.isFinite(got) ? String(got) : JSON.stringify(got);
    super(`${f}: expected ${e}${got === undefined ? '' : `, got ${oneLine(shown ?? String(got))}`}`);
    this.field = f;
    this.expected = e;
    this.name = 'InputError';
  }
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** A field that is, or ends in, an empty name ("" or "set.") says so instead of showing nothing. */
function fieldName(f: string): string {
  if (f.trim() === '') return '(empty name)';
  return f.replace(/\.\s*$/, '.(empty name)').replace(/: $/, ': (empty name)');
}
