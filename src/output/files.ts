import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file atomically and durably: to a temporary name beside it, synced to
 * disk, then renamed. A crash or a full disk never leaves a half-written file under
 * the real name (nor, after a machine crash, a renamed file whose bytes never
 * reached the disk), and an earlier complete file survives a failed write.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.${(tmpCounter++).toString(36)}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

let tmpCounter = 0;

/** Matches the temporary names of `writeFileAtomic` (left behind only by a kill). */
export const TMP_FILE = /^\.\d+\.\d+\.[0-9a-z]+\.tmp$/;

/** Atomic write of bytes, creating the parent folder if needed. */
export function writeBytesAtomic(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, data);
}
