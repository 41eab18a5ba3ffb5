/**
 * What a column of a tidy output table is: its name, its storage type in Arrow and
 * Parquet (CSV writes the same values as text), and its unit and meaning for the
 * codebook. One list of these drives every format and the codebook, so they agree.
 */
export type ColumnType = 'utf8' | 'int32' | 'int64' | 'float64' | 'bool';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Whether the column may hold nulls (an empty CSV field). */
  readonly nullable?: boolean;
  readonly unit: string;
  readonly description: string;
}

/** One value of a row; int64 columns take numbers (safe integers) too. */
export type Cell = string | number | boolean | null;

