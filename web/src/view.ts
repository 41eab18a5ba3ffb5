/**
 * The view's settings: read from the URL at load, written back on every change (so a
 * link reproduces the view), and what follows from them (parameters, horizon, the
 * profile's years). The only holder of the explorer's state.
 */
import { fullYears } from '../../src/analysis/stats.js';
import type { Params } from '../../src/params/index.js';
import { decodeState, effectiveParams, encodeState, presetParams, tableYear, type ExplorerState } from './state.js';

const decoded = decodeState(location.search);
let current: ExplorerState = decoded.state;

/** What the URL had that could not be used (shown once, in the page's language). */
export const urlProblems: readonly string[] = decoded.problems;

export function view(): ExplorerState {
  return current;
}

/** Changes the view and writes it to the URL (without a new history entry). */
export function setView(next: ExplorerState): void {
  current = next;
  syncUrl();
}

export function syncUrl(): void {
  const q = encodeState(current);
  if (location.search.slice(1) !== q) history.replaceState(null, '', `${location.pathname}?${q}${location.hash}`);
}

/** The parameters of the view, or undefined while the settings break a rule. */
export function currentParams(): Params | undefined {
  try {
    return effectiveParams(current);
  } catch {
    return undefined;
  }
}

export function currentMonths(): number {
  return currentParams()?.months ?? presetParams(current.scenario).months;
}

export function currentStartYear(): number {
  return currentParams()?.startYear ?? presetParams(current.scenario).startYear;
}

export function currentYears(): number[] {
  return fullYears(currentStartYear(), currentMonths());
}

/** The year of the key numbers and the profile: the chosen one, or the last full year. */
export function profileYear(): number {
  return tableYear(current) ?? currentYears().at(-1) ?? currentStartYear();
}

/** The profile chart's years: the last observed year (2014) for reference, and the chosen year. */
export function profileYears(): number[] {
  const years = currentYears();
  const y = profileYear();
  return years.includes(2014) && y !== 2014 ? [2014, y] : [y];
}
