import { mkdirSync, renameSync, rmSync, writeFileSync, accessSync, constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../params/index.js';

/**
 * Writes a file atomically: to a temporary name beside it, then rename. A crash or
 * a full disk never leaves a half-written file under the real name, and an earlier
 * complete file survives a failed write.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.${(tmpCounter++).toString(36)}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

let tmpCounter = 0;

/** Atomic write of bytes, creating the parent folder if needed. */
export function writeBytesAtomic(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, data);
}

/** Makes sure `dir` exists and is writable, or throws an InputError naming `field`. */
export function prepareOutDir(dir: string, field = '--out'): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    accessSync(dir, constants.W_OK);
    const probe = join(dir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new InputError(field, 'a writable directory', `${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
