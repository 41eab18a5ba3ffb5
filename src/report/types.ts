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
  /** Share of the variance of the design points' means that is seed noise (stats.ts noiseShare). */
  readonly noiseShare?: number;
}

/** Sobol variance-based indices of one outcome. */
export interface SobolResult {
  readonly outcome: string;
  readonly year?: number;
  readonly rows: readonly { readonly param: string; readonly s1: Interval; readonly st: Interval }[];
  /** Base sample size N of the Saltelli design, shown in the caption when given. */
  readonly baseSamples?: number;
  /** Share of the variance of the design points' means that is seed noise. */
  readonly noiseShare?: number;
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

/** One limit of a PRIM box: a numeric range (either end open) or a set of categories, with its quasi-p-value if tested. */
export type PrimLimit =
  | { readonly param: string; readonly min?: number; readonly max?: number; readonly quasiP?: number }
  | { readonly param: string; readonly values: readonly string[]; readonly quasiP?: number };

/** PRIM scenario discovery for one definition of the cases of interest. */
export interface PrimResult {
  /** The cases of interest in words, e.g. "collaboration index in 2021 ≥ 0.6" (or in both languages). */
  readonly outcome: string | Text;
  readonly boxes: readonly {
    readonly coverage: number;
    readonly density: number;
    readonly mass?: number;
    readonly limits: readonly PrimLimit[];
    /** The trajectory step the box was taken from. */
    readonly step?: number;
    /** Restrictions dropped as trivial (quasi-p-value above `maxP`). */
    readonly dropped?: readonly PrimLimit[];
  }[];
  /** The peeling trajectory (coverage–density trade-off), with the number of restricted dimensions. */
  readonly trajectory?: readonly { readonly coverage: number; readonly density: number; readonly dims?: number }[];
  /** The whole data's range of each numeric input (the box-limit chart's scale). */
  readonly ranges?: readonly { readonly param: string; readonly min: number; readonly max: number }[];
  /** The quasi-p-value above which a restriction was dropped. */
  readonly maxP?: number;
}

/**
 * Outcomes against the design parameters, for experiments with a design: one point
 * per design point (the mean over its replicates) at one kept month, per scenario,
 * and with two or more scenarios the difference of each later one from the first.
 */
export interface DesignScatter {
  /** The kept month shown (1-based) and its date (YYYY-MM). */
  readonly month: number;
  readonly date: string;
  readonly replicates: number;
  /** Numeric design parameters, with each point's value. */
  readonly parameters: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly outcomes: readonly {
    readonly outcome: string;
    /** Per scenario, each point's mean over its successful replicates (NaN: none succeeded). */
    readonly scenarios: readonly { readonly name: string; readonly means: readonly number[] }[];
    /**
     * Per point, b − a with a 95 % interval: paired over replicates that share their seeds
     * (common random numbers, per-run values kept), Welch's with independent seeds, none otherwise.
     */
    readonly differences: readonly {
      readonly a: string;
      readonly b: string;
      readonly diff: readonly number[];
      readonly lo?: readonly number[];
      readonly hi?: readonly number[];
      readonly interval: 'paired' | 'welch' | 'none';
    }[];
  }[];
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
  /** The seed of every run (a large experiment may list none). */
  readonly seeds: readonly RunSeed[];
  /** Number of runs, when `seeds` does not list them all. */
  readonly runs?: number;
  /** Outcomes against the design parameters (experiments with a design). */
  readonly design?: DesignScatter;
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
