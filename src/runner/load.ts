/**
 * Reading an experiment file from disk for the pure checker (experiments/spec.ts):
 * the command line and the library API both load experiments through it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { checkExperiment, parseExperimentText, type Experiment, type Reader } from '../experiments/spec.js';

/** Reads an experiment file: bytes must be UTF-8; YAML or JSON; files it names are relative to it. */
export function loadExperiment(path: string): Experiment {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, 'a readable experiment file', (e as NodeJS.ErrnoException).code);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'a UTF-8 text file (found invalid UTF-8 bytes)');
  }
  return checkExperiment(parseExperimentText(text, path), path, readerAt(dirname(resolve(path)), 'the experiment file'));
}

/** Reads the files an experiment names (a CSV design) relative to `base`, described as `what` in errors. */
export function readerAt(base: string, what: string): Reader {
  return {
    readText(rel, field) {
      try {
        // A byte-order mark is not part of the text (editors on Windows write one).
        return readFileSync(resolve(base, rel), 'utf8').replace(/^\uFEFF/, '');
      } catch (e) {
        throw new InputError(field, `a readable file (${rel} relative to ${what})`, (e as NodeJS.ErrnoException).code);
      }
    },
  };
}
