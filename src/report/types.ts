/**
 * What the report is built from. Everything is plain data (no functions, no file
 * handles), so `buildReport` stays a pure function and any command can fill it:
 * `run` and `compare` give scenarios and a comparison; the experiment and analysis
 * commands add the optional sections (Morris, Sobol, calibration, PRIM), each drawn
 * only when present.
 */
import type { RunSpec } from '../run.js';
import type { Comparison, ComparisonRow } from '../analysis/compare.js';
import type { ScenarioSummary } from './bands.js';
import type { Lang, Text } from './i18n.js';

/** One row of data/serengan.json "observations". */
export interface Observation {
  readonly year: number;
  readonly producers?: number;
  readonly workers?: number;
  readonly productionPerDay?: number;
}

export interface ObservedData {
  readonly source: string;
  readonly observations: readonly Observation[];
}

/** A run's identity and seed, listed in the report. */
export type RunSeed = Omit<RunSpec, 'params'>;

/** An estimate with its interval (e.g. a bootstrap 95 % confidence interval). */
export interface Interval {
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

/** Morris elementary-effects screening of one outcome. */
export interface MorrisResult {
  /** Outcome name (e.g. "composite") or a short free text. */
  readonly outcome: string;
  /** Calendar year of the yearly value screened, if any. */
  readonly year?: number;
  readonly rows: readonly {
    readonly param: string;
    /** Mean absolute elementary effect. */
    readonly muStar: number;
    /** Half-width of the confidence interval of μ*, if estimated. */
    readonly muStarConf?: number;
    /** Standard deviation of the elementary effects. */
    readonly sigma: number;
    /** Mean elementary effect (signed), if reported. */
    readonly mu?: number;
  }[];
  /** Trajectories and levels of the design, shown in the caption when given. */
  readonly trajectories?: number;
  readonly levels?: number;
}

/** Sobol variance-based indices of one outcome. */
export interface SobolResult {
  readonly outcome: string;
  readonly year?: number;
  readonly rows: readonly { readonly param: string; readonly s1: Interval; readonly st: Interval }[];
  /** Base sample size N of the Saltelli design, shown in the caption when given. */
  readonly baseSamples?: number;
}

/** ABC calibration: the accepted parameter values and the model re-run from them. */
export interface CalibrationResult {
  /** Number of accepted parameter sets. */
  readonly accepted: number;
  /** Final distance tolerance, if the method has one. */
  readonly tolerance?: number;
  readonly method?: string;
  /** Posterior draws of each calibrated parameter (with importance weights, if any), on its prior range. */
  readonly posterior: readonly {
    readonly param: string;
    readonly min: number;
    readonly max: number;
    readonly samples: readonly number[];
    readonly weights?: readonly number[];
  }[];
  /** Posterior predictive yearly quantiles of the calibrated outcomes (observed points are drawn over them). */
  readonly predictive: readonly {
    readonly metric: string;
    readonly years: readonly number[];
    readonly q05: readonly number[];
    readonly q25: readonly number[];
    readonly median: readonly number[];
    readonly q75: readonly number[];
    readonly q95: readonly number[];
  }[];
}

/** One limit of a PRIM box: a numeric range (either end open) or a set of categories. */
export type PrimLimit =
  | { readonly param: string; readonly min?: number; readonly max?: number }
  | { readonly param: string; readonly values: readonly string[] };

/** PRIM scenario discovery for one definition of the cases of interest. */
export interface PrimResult {
  /** The cases of interest in words, e.g. "collaboration index in 2021 ≥ 0.6" (or in both languages). */
  readonly outcome: string | Text;
  readonly boxes: readonly { readonly coverage: number; readonly density: number; readonly mass?: number; readonly limits: readonly PrimLimit[] }[];
  /** The peeling trajectory (coverage–density trade-off), with the number of restricted dimensions. */
  readonly trajectory?: readonly { readonly coverage: number; readonly density: number; readonly dims?: number }[];
}

export interface ReportInput {
  /** collabsim version. */
  readonly version: string;
  /** The command that produced the runs. */
  readonly command: string;
  readonly experimentSeed: number;
  /** Runs per scenario. */
  readonly replicates: number;
  /** Per-scenario bands and yearly statistics (see `summariseRuns`), in display order. */
  readonly scenarios: readonly ScenarioSummary[];
  /** The seed of every run. */
  readonly seeds: readonly RunSeed[];
  /**
   * Scenario comparisons (b − a), from `compareAll`: each alternative against the
   * baseline, then those against a control (`compare --control`: what an alternative
   * adds beyond the control). The first is the one the summary leads with.
   */
  readonly comparisons?: readonly Comparison[];
  /** Years of the collaboration profile chart; default: 2014 (last observed) and the last full year. */
  readonly profileYears?: readonly number[];
  /** data/serengan.json, for the observed points. */
  readonly observed?: ObservedData;
  readonly morris?: readonly MorrisResult[];
  readonly sobol?: readonly SobolResult[];
  readonly calibration?: CalibrationResult;
  readonly prim?: readonly PrimResult[];
  /** The plotly.js bundle, inlined so the file opens offline. */
  readonly plotly: string;
  /** Language shown first (the reader can switch); default English. */
  readonly lang?: Lang;
}
