/**
 * The report: `buildReport(input)` (pure) turns scenario summaries, comparisons and
 * optional analysis results into one self-contained report.html; write.ts is the
 * Node edge that reads plotly.js and writes the file.
 */
export { buildReport, defaultProfileYears } from './build.js';
export { PLOTTED_METRICS, SCORE_METRICS, SERIES_METRICS, summariseColumns, summariseRuns, type Band, type ScenarioSummary, type YearStat } from './bands.js';
export type { CalibrationResult, Interval, MorrisResult, ObservedData, PrimLimit, PrimResult, ReportInput, RunSeed, SobolResult } from './types.js';
export { observedData, plotlyBundle, writeReport, writeRunsReport, type RunsReportOptions } from './write.js';
export { calibrationSection, morrisSection, primSection, sobolSection } from './adapters.js';
