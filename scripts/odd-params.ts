/**
 * The parameter tables of docs/ODD.md (section 8, after "**simulation**"), generated
 * from src/params/declarations.ts so the document cannot drift from the code:
 * `npx tsx scripts/odd-params.ts` rewrites them; test/docs.test.ts checks they match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PARAMS, type ParamDecl } from '../src/params/index.js';

const ODD = new URL('../docs/ODD.md', import.meta.url);
const START = '**simulation**';
const END = '\n---\n\n## 9 Known limitations';

function range(d: ParamDecl): string {
  if (d.kind === 'bool') return 'true / false';
  if (d.kind === 'enum') return d.options.join(' / ');
  return `${d.min} – ${d.max}${d.kind === 'int' ? ' (int)' : ''}`;
}

export function parameterTables(): string {
  const groups = [...new Set(PARAMS.map((d) => d.group))];
  return groups
    .map((g) => {
      const rows = PARAMS.filter((d) => d.group === g).map((d) => {
        const def = d.kind === 'enum' ? `\`${d.default}\`` : String(d.default);
        return `| \`${d.name}\` | ${d.unit} | ${def} | ${range(d)} | ${d.description} | ${d.source} |`;
      });
      return `**${g}**\n\n| name | unit | default | range | description | source |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
    })
    .join('\n');
}

/** docs/ODD.md with its parameter tables regenerated. */
export function oddWithTables(text: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/ODD.md: parameter tables not found');
  return text.slice(0, a) + parameterTables() + text.slice(b);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(ODD, oddWithTables(readFileSync(ODD, 'utf8')));
}
