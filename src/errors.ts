/**
 * Where the rest of the code gets `InputError` (a user error about one named input
 * field, printed by the CLI as one line), so that design/, analysis/ and the edges
 * need not import params/ for it.
 *
 * The class itself is still defined in params/index.ts, which belongs to the model
 * core being rewritten; re-exporting it keeps one class (instanceof holds
 * everywhere). Its definition is to move here, with params/index.ts re-exporting it.
 */
export { InputError } from './params/index.js';
