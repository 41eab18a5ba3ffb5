import { parse, type MathNode } from 'mathjs';
import { InputError } from '../errors.js';

/**
 * The `discover --where` condition, in a restricted evaluator: mathjs parses it, and
 * only numbers, strings, `v(...)`, arithmetic, comparisons, logic, ?: and a few
 * numeric functions are allowed. No matrices, ranges, assignments, property access or
 * other functions, so nothing can allocate without bound or reach outside; any other
 * expression is a one-line input error.
 */
const FUNCTIONS = new Set(['v', 'abs', 'min', 'max', 'sqrt', 'log', 'exp', 'round', 'floor', 'ceil', 'sign']);
const SYMBOLS = new Set(['true', 'false', 'pi', 'e']);
const MAX_LENGTH = 2000;
const MAX_NODES = 500;
const EXAMPLE = `a condition such as "v('producers',120,'mou') > v('producers',120,'status-quo')"`;

export type Where = (v: (outcome: string, month: number, scenario: string) => number) => boolean;

export function compileWhere(text: string, field = '--where'): Where {
  if (text.length > MAX_LENGTH) throw new InputError(field, `a condition of at most ${MAX_LENGTH} characters`, `${text.length} characters`);
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    // RangeError: a nesting too deep for the parser.
    throw new InputError(field, `${EXAMPLE} (${(e as Error).message})`, text);
  }
  let count = 0;
  node.traverse((n) => {
    if (++count > MAX_NODES) throw new InputError(field, `a condition of at most ${MAX_NODES} terms`, text);
    const why = forbidden(n);
    if (why) throw new InputError(field, `${EXAMPLE}; ${why} is not allowed`, text);
  });
  const code = node.compile();
  return (v) => {
    let r: unknown;
    try {
      r = code.evaluate({
        v: (outcome: unknown, month: unknown, scenario: unknown) => {
          if (typeof outcome !== 'string' || typeof month !== 'number' || typeof scenario !== 'string')
            throw new InputError(field, "v('outcome', month, 'scenario'), e.g. v('producers',120,'mou')", text);
          return v(outcome, month, scenario);
        },
      });
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(field, `${EXAMPLE} (${(e as Error).message})`, text);
    }
    if (typeof r !== 'boolean') throw new InputError(field, 'a condition that is true or false for each point', text);
    return r;
  };
}

function forbidden(n: MathNode): string | undefined {
  switch (n.type) {
    case 'ConstantNode':
    case 'OperatorNode':
    case 'ParenthesisNode':
    case 'ConditionalNode':
    case 'RelationalNode':
      return undefined;
    case 'SymbolNode': {
      // The name of a called function is a SymbolNode too; FunctionNode checks it.
      const name = (n as unknown as { name: string }).name;
      return SYMBOLS.has(name) || FUNCTIONS.has(name) ? undefined : `the name ${JSON.stringify(name)}`;
    }
    case 'FunctionNode': {
      const fn = (n as unknown as { fn: MathNode }).fn;
      const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : '';
      return FUNCTIONS.has(name) ? undefined : `the function ${JSON.stringify(name || fn.toString())} (allowed: ${[...FUNCTIONS].join(', ')})`;
    }
    default: {
      const kind = n.type.replace(/Node$/, '').toLowerCase();
      return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} expression`;
    }
  }
}

/**
 * The calls v('outcome', month, 'scenario') of a condition whose arguments are
 * constants, so a command can check the names and months against the experiment
 * before evaluating anything. Calls with computed arguments are checked when evaluated.
 */
export function whereCalls(text: string): { outcome: string; month: number; scenario: string }[] {
  compileWhere(text);
  const out: { outcome: string; month: number; scenario: string }[] = [];
  parse(text).traverse((n) => {
    if (n.type !== 'FunctionNode') return;
    const f = n as unknown as { fn: { name?: string }; args: MathNode[] };
    if (f.fn.name !== 'v' || f.args.length !== 3 || !f.args.every((a) => a.type === 'ConstantNode')) return;
    const [outcome, month, scenario] = f.args.map((a) => (a as unknown as { value: unknown }).value);
    if (typeof outcome === 'string' && typeof month === 'number' && typeof scenario === 'string') out.push({ outcome, month, scenario });
  });
  return out;
}
