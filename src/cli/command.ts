import { basename } from 'node:path';
import { exists } from '../output/folder.js';

/** Options that say where or how a command ran, not what it computed. */
const PLACE_WITH_VALUE = new Set(['--out', '-o', '--workers', '-w', '--batch', '--shard']);
const PLACE_FLAGS = new Set(['--resume', '--force']);

/**
 * The command as recorded in outputs (metadata, report.html): its inputs only. The
 * output folder, worker count, batch, shard, --resume and --force are left out and
 * paths shortened to their file names, so the same inputs give the same bytes in any
 * folder, on any machine, resumed or not.
 */
export function recordedCommand(argv: readonly string[] = process.argv.slice(2)): string {
  const kept: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const name = a.split('=')[0];
    if (PLACE_WITH_VALUE.has(name)) {
      if (!a.includes('=')) k++;
      continue;
    }
    if (PLACE_FLAGS.has(a)) continue;
    kept.push(a.includes('/') && exists(a) ? basename(a) : a);
  }
  return kept.join(' ');
}
