/**
 * English and Bahasa Indonesia texts of the report and the explorer: UI labels,
 * parameter groups, labels and descriptions (keyed by parameter name), units, option
 * values, outcome names and descriptions, scenario descriptions and sources.
 *
 * Pure data and pure functions (no I/O): imported by the Node report builder and by
 * the browser explorer alike. English is the reference; every Indonesian lookup falls
 * back to English when a key has no translation (test/report.test.ts checks that the
 * tables cover every declared parameter, group, outcome and preset).
 */
import type { OutcomeName } from '../outcomes.js';
import { OUTCOMES } from '../outcomes.js';
import type { ParamDecl, ParamName } from '../params/index.js';
import type { ParamGroup } from '../params/declarations.js';
import { PRESETS } from '../scenarios/presets.js';

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', id: 'Bahasa Indonesia' };

export interface Text {
  readonly en: string;
  readonly id: string;
}

/** A caller's text: the same in both languages, or given in each. */
export function textIn(x: string | Text, lang: Lang): string {
  return typeof x === 'string' ? x : x[lang] || x.en;
}

export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'id';
}

// ------------------------------------------------------------------ UI labels

/** Labels and sentences of the report and the explorer. `{name}` marks a value filled in by `t`. */
export const UI = {
  // shared
  appTitle: { en: 'collabsim', id: 'collabsim' },
  language: { en: 'Language', id: 'Bahasa' },
  median: { en: 'median', id: 'median' },
  band50: { en: 'middle 50 % of runs', id: '50 % run di tengah' },
  band90: { en: '90 % of runs', id: '90 % run' },
  observed: { en: 'Observed (Table 1.2, 2012–2014)', id: 'Data amatan (Tabel 1.2, 2012–2014)' },
  month: { en: 'Month', id: 'Bulan' },
  year: { en: 'Year', id: 'Tahun' },
  score: { en: 'Score [0, 1]', id: 'Skor [0, 1]' },
  scenario: { en: 'Scenario', id: 'Skenario' },
  runs: { en: 'Runs', id: 'Run' },
  seed: { en: 'Seed', id: 'Benih acak (seed)' },
  parameter: { en: 'Parameter', id: 'Parameter' },
  value: { en: 'Value', id: 'Nilai' },
  defaultValue: { en: 'Default', id: 'Bawaan' },
  unit: { en: 'Unit', id: 'Satuan' },
  description: { en: 'Description', id: 'Keterangan' },
  source: { en: 'Source', id: 'Sumber' },
  metric: { en: 'Outcome', id: 'Hasil' },
  difference: { en: 'Difference', id: 'Selisih' },
  ci95: { en: '95 % confidence interval', id: 'selang kepercayaan 95 %' },
  range95: { en: 'range holding 95 % of runs', id: 'rentang yang memuat 95 % run' },
  mean: { en: 'Mean', id: 'Rata-rata' },
  on: { en: 'on', id: 'aktif' },
  off: { en: 'off', id: 'nonaktif' },
  yes: { en: 'yes', id: 'ya' },
  no: { en: 'no', id: 'tidak' },
  never: { en: 'never', id: 'tidak pernah' },
  none: { en: 'none', id: 'tidak ada' },
  deseveTitle: { en: 'DeSeve collaboration scores', id: 'Skor kolaborasi DeSeve' },
  profileTitle: { en: 'Collaboration profile in {years}', id: 'Profil kolaborasi pada {years}' },
  compositeTitle: { en: 'Collaboration index over time', id: 'Indeks kolaborasi dari waktu ke waktu' },
  differenceChartTitle: {
    en: '{b} − {a}: mean of the run-by-run differences, with its 95 % confidence interval',
    id: '{b} − {a}: rata-rata selisih per run, dengan selang kepercayaan 95 %',
  },
  secDifferencesOf: { en: 'Differences: {b} against {a}', id: 'Selisih: {b} dibandingkan {a}' },
  secDifferencesControlOf: {
    en: 'Differences: {b} against the control {a} (about the same public spending, no binding)',
    id: 'Selisih: {b} dibandingkan pembanding {a} (belanja publik kira-kira sama, tanpa ikatan)',
  },
  countsPanel: { en: 'Cluster size and output', id: 'Ukuran sentra dan produksi' },
  scoresPanel: { en: 'Collaboration scores', id: 'Skor kolaborasi' },

  // report
  reportTitle: { en: 'collabsim report', id: 'Laporan collabsim' },
  reportSubtitle: {
    en: 'Collaborative governance of the Serengan blangkon cluster (Surakarta): simulated scenarios with their uncertainty',
    id: 'Tata kelola kolaboratif sentra blangkon Serengan (Surakarta): skenario simulasi beserta ketidakpastiannya',
  },
  contents: { en: 'Contents', id: 'Daftar isi' },
  secSummary: { en: 'Summary', id: 'Ringkasan' },
  secTimeSeries: { en: 'The cluster over time', id: 'Sentra dari waktu ke waktu' },
  secDeseve: { en: 'Collaboration (DeSeve scores)', id: 'Kolaborasi (skor DeSeve)' },
  secMorris: { en: 'Sensitivity: Morris screening', id: 'Sensitivitas: penyaringan Morris' },
  secSobol: { en: 'Sensitivity: Sobol indices', id: 'Sensitivitas: indeks Sobol' },
  secCalibration: { en: 'Calibration: posterior and posterior predictive', id: 'Kalibrasi: posterior dan prediksi posterior' },
  secPrim: { en: 'Scenario discovery: PRIM boxes', id: 'Penemuan skenario: kotak PRIM' },
  secParams: { en: 'Parameters and seeds', id: 'Parameter dan benih acak' },
  howToRead: {
    en: 'Lines are medians over runs; the darker band holds the middle 50 % of runs and the lighter band 90 %. Yearly values are the mean of the 12 months of the calendar year.',
    id: 'Garis adalah median seluruh run; pita gelap memuat 50 % run di tengah dan pita terang 90 %. Nilai tahunan adalah rata-rata 12 bulan dalam tahun kalender.',
  },
  manyScenariosNote: {
    en: 'With more than {n} scenarios, bands are drawn for the first (the baseline) only and the others show their medians; click a name in a legend to hide or show that scenario.',
    id: 'Dengan lebih dari {n} skenario, pita hanya digambar untuk skenario pertama (pembanding dasar) dan skenario lain menampilkan mediannya; klik nama pada legenda untuk menyembunyikan atau menampilkan skenario itu.',
  },
  observedNote: {
    en: 'Diamonds: observed values of Table 1.2 (Dinas Perindustrian dan Perdagangan Kota Surakarta, 2014), yearly.',
    id: 'Belah ketupat: nilai amatan Tabel 1.2 (Dinas Perindustrian dan Perdagangan Kota Surakarta, 2014), tahunan.',
  },
  deseveNote: {
    en: 'The eight items of DeSeve (2007) as scored by Lukito & Haryanto (2016), each computed from the simulated state every month, in [0, 1]; the collaboration index is their unweighted mean.',
    id: 'Delapan butir DeSeve (2007) sebagaimana dinilai Lukito & Haryanto (2016), masing-masing dihitung dari keadaan simulasi setiap bulan, dalam [0, 1]; indeks kolaborasi adalah rata-rata tak berbobotnya.',
  },
  profileNote: {
    en: 'Median yearly score of each item; one polygon per scenario.',
    id: 'Median skor tahunan tiap butir; satu poligon per skenario.',
  },
  differencesNote: {
    en: 'Mean difference of the yearly values ({b} minus {a}) with its 95 % confidence interval. Runs with the same number share their random numbers, so the difference is taken run by run (paired t interval); without shared seeds, the interval is Welch\'s. The interval is run-to-run noise for these parameters, not parameter uncertainty. An interval that does not cross zero is a clear difference.',
    id: 'Selisih rata-rata nilai tahunan ({b} dikurangi {a}) dengan selang kepercayaan 95 %. Run bernomor sama memakai bilangan acak yang sama, sehingga selisih dihitung per run (selang t berpasangan); tanpa benih bersama, selangnya Welch. Selang ini mencerminkan variasi antar-run untuk parameter ini, bukan ketidakpastian parameter. Selang yang tidak melewati nol menunjukkan selisih yang jelas.',
  },
  tableCell: {
    en: 'Cells: mean over runs [range holding 95 % of runs]; difference: mean of the run-by-run differences [95 % confidence interval] and the same in % of the first scenario\'s mean.',
    id: 'Sel: rata-rata seluruh run [rentang yang memuat 95 % run]; selisih: rata-rata selisih per run [selang kepercayaan 95 %] dan dalam % dari rata-rata skenario pertama.',
  },
  costsTitle: { en: 'What it costs: public money per extra job and workshop', id: 'Biayanya: uang publik per tambahan tenaga kerja dan unit usaha' },
  costsNote: {
    en: 'Extra public money of {b} over {a} (Rp M = million rupiah: agency training, exhibitions and aid grants, agency and bank contributions to a pooled fund), summed from the start through December of the year, against the extra workers and workshops in that year; run by run, with 95 % confidence intervals (Fieller\'s interval for the ratios). Fund contributions are counted in full although the fund lends them and part comes back. "Not estimable": the extra jobs or workshops are not clearly different from zero, so no cost per unit can be stated.',
    id: 'Tambahan uang publik {b} dibanding {a} (Rp juta: pelatihan, pameran dan hibah dinas, serta setoran dinas dan bank ke dana bersama), dijumlah sejak awal hingga Desember tahun itu, dibandingkan dengan tambahan tenaga kerja dan unit usaha pada tahun itu; per run, dengan selang kepercayaan 95 % (selang Fieller untuk rasio). Setoran dana bersama dihitung penuh walaupun dana itu dipinjamkan dan sebagian kembali. "Tidak dapat diperkirakan": tambahan tenaga kerja atau unit usaha tidak jelas berbeda dari nol, sehingga biaya per unit tidak dapat dinyatakan.',
  },
  extraSpending: { en: 'Extra public money (Rp M)', id: 'Tambahan uang publik (Rp juta)' },
  extraWorkers: { en: 'Extra workers', id: 'Tambahan tenaga kerja' },
  extraWorkshops: { en: 'Extra workshops', id: 'Tambahan unit usaha' },
  perJob: { en: 'Rp M per extra job', id: 'Rp juta per tambahan tenaga kerja' },
  perWorkshop: { en: 'Rp M per extra workshop', id: 'Rp juta per tambahan unit usaha' },
  notEstimable: { en: 'not estimable', id: 'tidak dapat diperkirakan' },
  costDominates: { en: 'less money for more', id: 'uang lebih sedikit untuk hasil lebih banyak' },
  costDominated: { en: 'more money for fewer', id: 'uang lebih banyak untuk hasil lebih sedikit' },
  costSaving: { en: 'less money for fewer: saved per one lost', id: 'uang lebih sedikit untuk hasil lebih sedikit: penghematan per satu yang hilang' },
  overPosterior: { en: 'over the posterior', id: 'sebaran posterior' },
  posteriorNote: {
    en: 'These runs are spread over {n} parameter sets of the calibrated posterior (collabsim calibrate), so the ranges hold the uncertainty of the calibrated parameters as well as run-to-run noise. "Over the posterior" is the range holding 95 % of the parameter sets\' own mean differences: how much the effect depends on what the data leave open.',
    id: 'Run-run ini tersebar pada {n} set parameter dari posterior kalibrasi (collabsim calibrate), sehingga rentangnya memuat ketidakpastian parameter yang dikalibrasi selain variasi antar-run. "Sebaran posterior" adalah rentang yang memuat 95 % selisih rata-rata tiap set parameter: seberapa besar efeknya bergantung pada hal yang belum ditentukan oleh data.',
  },
  changedParams: { en: 'Parameters changed from the defaults', id: 'Parameter yang diubah dari nilai bawaan' },
  noChanges: { en: 'none (all defaults)', id: 'tidak ada (semua bawaan)' },
  runInfo: { en: 'Run information', id: 'Informasi run' },
  version: { en: 'collabsim version', id: 'Versi collabsim' },
  command: { en: 'Command', id: 'Perintah' },
  experimentSeed: { en: 'Experiment seed', id: 'Benih acak eksperimen' },
  replicatesPerScenario: { en: 'Runs per scenario', id: 'Run per skenario' },
  horizon: { en: 'Horizon', id: 'Cakupan waktu' },
  seedsOfRuns: { en: 'Seed of every run', id: 'Benih acak setiap run' },
  seedDerivation: {
    en: 'Each run seed is derived by hashing (experiment seed, scenario name, replicate): the same command reproduces the same runs.',
    id: 'Benih acak tiap run diturunkan dengan hash (benih eksperimen, nama skenario, ulangan): perintah yang sama menghasilkan run yang sama.',
  },
  moreRuns: { en: '… and {n} more runs (all are listed in runs.csv).', id: '… dan {n} run lainnya (semuanya tercantum dalam runs.csv).' },
  runId: { en: 'Run', id: 'Run' },
  replicate: { en: 'Replicate', id: 'Ulangan' },
  footer: {
    en: 'Generated by collabsim {version}. Model and sources: docs/ODD.md. Data: Lukito & Haryanto (2016), JI@P 3(1).',
    id: 'Dibuat oleh collabsim {version}. Model dan sumber: docs/ODD.md. Data: Lukito & Haryanto (2016), JI@P 3(1).',
  },
  morrisNote: {
    en: 'μ* (mean absolute elementary effect) measures overall influence; σ measures non-linearity and interactions. Outcome: {outcome}.',
    id: 'μ* (rata-rata efek elementer absolut) mengukur pengaruh keseluruhan; σ mengukur ketaklinearan dan interaksi. Hasil: {outcome}.',
  },
  sobolNote: {
    en: 'S1: share of output variance due to the parameter alone; ST: including all its interactions. Bars show the estimate, whiskers its confidence interval. Outcome: {outcome}.',
    id: 'S1: porsi varians keluaran akibat parameter itu sendiri; ST: termasuk semua interaksinya. Batang menunjukkan taksiran, garis kumis selang kepercayaannya. Hasil: {outcome}.',
  },
  calibrationNote: {
    en: 'Histograms of the accepted parameter values (posterior) within the prior range; below, the model re-run with posterior draws against the observations.',
    id: 'Histogram nilai parameter yang diterima (posterior) dalam rentang prior; di bawahnya, model dijalankan ulang dengan sampel posterior dibandingkan dengan data amatan.',
  },
  primNote: {
    en: 'Boxes of parameter ranges in which the outcome of interest ({outcome}) is frequent. Coverage: share of all cases of interest inside the box; density: share of runs inside the box that are cases of interest.',
    id: 'Kotak rentang parameter tempat hasil yang diminati ({outcome}) sering terjadi. Cakupan: porsi semua kasus yang diminati di dalam kotak; kepadatan: porsi run di dalam kotak yang merupakan kasus yang diminati.',
  },
  secDesign: { en: 'Outcomes across the design', id: 'Hasil di seluruh rancangan' },
  designNote: {
    en: 'Each marker is one of the {points} design points: the mean over its {replicates} replicates of the outcome in month {month} ({date}). The line is a LOWESS smoother (locally weighted regression, span 2/3): its slope is the parameter\'s effect averaged over the other parameters; the scatter around it comes from the other parameters and from seed noise.',
    id: 'Tiap penanda adalah salah satu dari {points} titik rancangan: rata-rata {replicates} ulangannya untuk hasil pada bulan {month} ({date}). Garis adalah penghalus LOWESS (regresi berbobot lokal, rentang 2/3): kemiringannya adalah pengaruh parameter dirata-ratakan atas parameter lain; sebaran di sekitarnya berasal dari parameter lain dan dari variasi benih acak.',
  },
  designDiffPaired: {
    en: 'Differences: the later scenario minus the first at each design point. Its replicates share their seeds with the first scenario\'s, so the difference is taken replicate by replicate; whiskers are the paired 95 % t interval, the run-to-run noise at that point (not parameter uncertainty). A whisker clear of zero is a clear difference at that point.',
    id: 'Selisih: skenario berikutnya dikurangi skenario pertama pada tiap titik rancangan. Ulangannya memakai benih acak yang sama dengan skenario pertama, sehingga selisih dihitung per ulangan; garis kumis adalah selang t berpasangan 95 %, yaitu variasi antar-run pada titik itu (bukan ketidakpastian parameter). Garis kumis yang tidak melewati nol menunjukkan selisih yang jelas pada titik itu.',
  },
  designDiffWelch: {
    en: 'Differences: the later scenario minus the first at each design point; the scenarios ran with independent seeds, so whiskers are Welch\'s 95 % interval of the difference of replicate means (run-to-run noise, not parameter uncertainty).',
    id: 'Selisih: skenario berikutnya dikurangi skenario pertama pada tiap titik rancangan; skenario dijalankan dengan benih acak terpisah, sehingga garis kumis adalah selang Welch 95 % untuk selisih rata-rata ulangan (variasi antar-run, bukan ketidakpastian parameter).',
  },
  designDiffNone: {
    en: 'Differences: the later scenario minus the first at each design point, without intervals: a paired interval needs each replicate\'s value (set outputs.series: true in the experiment) and at least two replicates.',
    id: 'Selisih: skenario berikutnya dikurangi skenario pertama pada tiap titik rancangan, tanpa selang: selang berpasangan memerlukan nilai tiap ulangan (atur outputs.series: true dalam eksperimen) dan sedikitnya dua ulangan.',
  },
  designChart: { en: '{outcome} in {date} against each design parameter', id: '{outcome} pada {date} terhadap tiap parameter rancangan' },
  designDiffChart: { en: '{b} − {a}: {outcome} in {date} against each design parameter', id: '{b} − {a}: {outcome} pada {date} terhadap tiap parameter rancangan' },
  designPoint: { en: 'design points (mean of replicates)', id: 'titik rancangan (rata-rata ulangan)' },
  smoother: { en: 'LOWESS smoother', id: 'penghalus LOWESS' },
  morrisPlaneTitle: { en: 'Morris μ* against σ', id: 'Morris μ* terhadap σ' },
  morrisLine: { en: 'σ = μ* (above: mostly non-linear or interacting)', id: 'σ = μ* (di atas: terutama taklinear atau berinteraksi)' },
  muStarAxis: { en: 'μ* (mean absolute elementary effect)', id: 'μ* (rata-rata efek elementer absolut)' },
  sigmaAxis: { en: 'σ (spread of the elementary effects)', id: 'σ (sebaran efek elementer)' },
  noiseShareNote: {
    en: 'Noise share {share} %: the part of the variance of the design points\' means that is seed noise (near 0: the parameters explain the differences; near 100 %: more replicates are needed).',
    id: 'Porsi derau {share} %: bagian varians rata-rata titik rancangan yang berasal dari variasi benih acak (mendekati 0: parameter menjelaskan perbedaan; mendekati 100 %: perlu lebih banyak ulangan).',
  },
  morrisDesignNote: { en: 'Design: {r} trajectories on {levels} levels.', id: 'Rancangan: {r} lintasan pada {levels} tingkat.' },
  runsBehind: { en: 'The experiment ran {n} model runs.', id: 'Eksperimen menjalankan {n} run model.' },
  step: { en: 'step', id: 'langkah' },
  chosenBox: { en: 'Chosen box', id: 'Kotak terpilih' },
  primTrajectoryTitle: { en: 'Peeling trajectory (coverage against density)', id: 'Lintasan pengupasan (cakupan terhadap kepadatan)' },
  primLimitsTitle: { en: 'Box limits on each parameter\'s range', id: 'Batas kotak pada rentang tiap parameter' },
  rangeShare: { en: 'Share of the parameter\'s range in the design', id: 'Porsi rentang parameter dalam rancangan' },
  quasiP: { en: 'Quasi-p', id: 'Kuasi-p' },
  restriction: { en: 'Restriction', id: 'Pembatasan' },
  kept: { en: 'kept', id: 'dipertahankan' },
  droppedTrivial: { en: 'dropped as trivial', id: 'dibuang karena remeh' },
  noRestriction: { en: 'no restriction: the whole design', id: 'tanpa pembatasan: seluruh rancangan' },
  primQuasiNote: {
    en: 'Quasi-p: for each restriction, the one-sided binomial probability of the box\'s number of cases of interest if that restriction were dropped (Kwakkel & Jaxa-Rozen 2016); small means the restriction matters. Restrictions with a quasi-p above {maxP} are dropped one at a time, the largest first, as trivial.',
    id: 'Kuasi-p: untuk tiap pembatasan, peluang binomial satu sisi dari jumlah kasus yang diminati dalam kotak bila pembatasan itu dibuang (Kwakkel & Jaxa-Rozen 2016); nilai kecil berarti pembatasan itu penting. Pembatasan dengan kuasi-p di atas {maxP} dibuang satu per satu, dimulai dari yang terbesar, karena remeh.',
  },
  primChooseNote: {
    en: 'Another box of the trajectory: collabsim discover FOLDER --where … --box N (N: the step shown when hovering).',
    id: 'Kotak lain dari lintasan: collabsim discover FOLDER --where … --box N (N: langkah yang tampil saat kursor diarahkan).',
  },
  muStar: { en: 'μ*', id: 'μ*' },
  sigma: { en: 'σ', id: 'σ' },
  s1: { en: 'S1 (first order)', id: 'S1 (orde pertama)' },
  st: { en: 'ST (total)', id: 'ST (total)' },
  posterior: { en: 'Posterior', id: 'Posterior' },
  prior: { en: 'Prior range', id: 'Rentang prior' },
  predictive: { en: 'Posterior predictive', id: 'Prediksi posterior' },
  accepted: { en: '{n} accepted parameter sets', id: '{n} set parameter diterima' },
  tolerance: { en: 'final tolerance {eps}', id: 'toleransi akhir {eps}' },
  box: { en: 'Box', id: 'Kotak' },
  coverage: { en: 'Coverage', id: 'Cakupan' },
  density: { en: 'Density', id: 'Kepadatan' },
  mass: { en: 'Mass', id: 'Massa' },
  limits: { en: 'Limits', id: 'Batas' },
  restrictedDims: { en: 'Parameters restricted', id: 'Parameter yang dibatasi' },
  peeling: { en: 'Peeling trajectory', id: 'Lintasan pengupasan' },
  count: { en: 'Count', id: 'Jumlah' },
  share: { en: 'Share', id: 'Porsi' },
  javascriptNeeded: {
    en: 'The charts need JavaScript; the tables and text below are readable without it.',
    id: 'Grafik memerlukan JavaScript; tabel dan teks di bawah dapat dibaca tanpanya.',
  },

  // summary sentences
  sumIntroCompare: {
    en: 'This report compares the scenarios “{a}” and “{b}” of the Serengan blangkon cluster, {runs} each, {period}.',
    id: 'Laporan ini membandingkan skenario “{a}” dan “{b}” untuk sentra blangkon Serengan, masing-masing {runs}, {period}.',
  },
  sumIntroOne: {
    en: 'This report shows {runs} of the scenario “{a}” of the Serengan blangkon cluster, {period}.',
    id: 'Laporan ini menyajikan {runs} skenario “{a}” untuk sentra blangkon Serengan, {period}.',
  },
  sumIntroMany: {
    en: 'This report shows {k} scenarios of the Serengan blangkon cluster, {runs} each, {period}.',
    id: 'Laporan ini menyajikan {k} skenario untuk sentra blangkon Serengan, masing-masing {runs}, {period}.',
  },
  sumCompareIndex: {
    en: 'In {y}, the collaboration index under “{b}” is {verdict} than under “{a}”: {vb} against {va} ({d}; 95 % confidence interval {lo} to {hi}).',
    id: 'Pada {y}, indeks kolaborasi pada “{b}” {verdict} dibanding pada “{a}”: {vb} lawan {va} ({d}; selang kepercayaan 95 % {lo} sampai {hi}).',
  },
  sumCompareMetric: {
    en: '{metric}: {vb} under “{b}” and {va} under “{a}” ({unit}), a difference of {d} ({pct}; 95 % confidence interval {lo} to {hi}): {verdict2}.',
    id: '{metric}: {vb} pada “{b}” dan {va} pada “{a}” ({unit}), selisih {d} ({pct}; selang kepercayaan 95 % {lo} sampai {hi}): {verdict2}.',
  },
  sumCost: {
    en: 'From the start through {y}, “{b}” spends {s} Rp M (million rupiah) more public money than “{a}” (95 % confidence interval {lo} to {hi}): {perJob} per extra job.',
    id: 'Sejak awal hingga {y}, “{b}” membelanjakan uang publik {s} Rp juta lebih banyak daripada “{a}” (selang kepercayaan 95 % {lo} sampai {hi}): {perJob} per tambahan tenaga kerja.',
  },
  sumOther: {
    en: '“{b}” against “{a}” in {y}: {dw} workers ({pct}; 95 % confidence interval {low} to {hiw}) and {dc} on the collaboration index ({loc} to {hic}).',
    id: '“{b}” dibanding “{a}” pada {y}: {dw} tenaga kerja ({pct}; selang kepercayaan 95 % {low} sampai {hiw}) dan {dc} pada indeks kolaborasi ({loc} sampai {hic}).',
  },
  sumOtherControl: {
    en: 'Beyond the control “{a}” (about the same public money, no binding), “{b}” adds in {y} {dw} workers ({pct}; 95 % confidence interval {low} to {hiw}) and {dc} on the collaboration index ({loc} to {hic}).',
    id: 'Dibanding pembanding “{a}” (uang publik kira-kira sama, tanpa ikatan), “{b}” pada {y} menambah {dw} tenaga kerja ({pct}; selang kepercayaan 95 % {low} sampai {hiw}) dan {dc} pada indeks kolaborasi ({loc} sampai {hic}).',
  },
  sumCostRatio: { en: '{r} Rp M (95 % confidence interval {lo} to {hi})', id: '{r} Rp juta (selang kepercayaan 95 % {lo} sampai {hi})' },
  sumCostNone: {
    en: 'no cost per job can be stated, since the extra jobs are not clearly different from zero',
    id: 'biaya per tenaga kerja tidak dapat dinyatakan, karena tambahan tenaga kerja tidak jelas berbeda dari nol',
  },
  sumNoiseOnly: {
    en: 'All these intervals are run-to-run noise for the parameters as set; they do not include uncertainty about the parameters themselves (compare --posterior adds that of the calibrated ones).',
    id: 'Semua selang ini adalah variasi antar-run untuk parameter sebagaimana ditetapkan; tidak termasuk ketidakpastian parameter itu sendiri (compare --posterior menambahkan ketidakpastian parameter yang dikalibrasi).',
  },
  sumWithPosterior: {
    en: 'The runs are spread over {n} parameter sets of the calibrated posterior, so these intervals hold the calibrated parameters\' uncertainty as well as run-to-run noise.',
    id: 'Run-run tersebar pada {n} set parameter dari posterior kalibrasi, sehingga selang ini memuat ketidakpastian parameter yang dikalibrasi selain variasi antar-run.',
  },
  higher: { en: 'higher', id: 'lebih tinggi' },
  lower: { en: 'lower', id: 'lebih rendah' },
  notDifferent: { en: 'not clearly different', id: 'tidak jelas berbeda' },
  clearlyHigher: { en: 'higher, the interval above zero', id: 'lebih tinggi, selangnya di atas nol' },
  clearlyLower: { en: 'lower, the interval below zero', id: 'lebih rendah, selangnya di bawah nol' },
  smallHigher: { en: 'a small but consistent increase (under 5 %)', id: 'kenaikan kecil tetapi konsisten (di bawah 5 %)' },
  smallLower: { en: 'a small but consistent decrease (under 5 %)', id: 'penurunan kecil tetapi konsisten (di bawah 5 %)' },
  notClear: { en: 'not distinguishable from zero with these runs', id: 'tidak dapat dibedakan dari nol dengan run-run ini' },
  sumBiggestChange: {
    en: 'Of the eight DeSeve items, “{b}” changes {item} most ({d}).',
    id: 'Dari delapan butir DeSeve, “{b}” paling banyak mengubah {item} ({d}).',
  },
  sumOneLevels: {
    en: 'In {y}, the median run has {p} producers (90 % of runs between {plo} and {phi}), {w} workers, {q} pieces a day, and a collaboration index of {c}.',
    id: 'Pada {y}, run median memiliki {p} pengrajin (90 % run antara {plo} dan {phi}), {w} pekerja, {q} buah per hari, dan indeks kolaborasi {c}.',
  },
  sumProfile: {
    en: 'Under “{a}” in {y}, the strongest DeSeve item is {top} ({vt}) and the weakest {bottom} ({vb}).',
    id: 'Dalam skenario “{a}” pada tahun {y}, butir DeSeve terkuat adalah {top} ({vt}) dan yang terlemah {bottom} ({vb}).',
  },
  sumRank: {
    en: 'Collaboration index in {y}, highest first: {list}.',
    id: 'Indeks kolaborasi pada {y}, dari yang tertinggi: {list}.',
  },
  sumFit: {
    en: 'Against the observed data, the median run of “{a}” has {sim} producers in {years} (observed {obs}).',
    id: 'Dibandingkan data amatan, run median “{a}” memiliki {sim} pengrajin pada {years} (amatan {obs}).',
  },
  sumCaution: {
    en: 'These are simulations of a model calibrated to three years of data: read differences between scenarios, not single numbers, as the finding.',
    id: 'Ini adalah simulasi model yang dikalibrasi dengan data tiga tahun: yang menjadi temuan adalah selisih antarskenario, bukan angka tunggal.',
  },

  // explorer
  explorerTitle: { en: 'collabsim explorer', id: 'Penjelajah collabsim' },
  explorerSubtitle: {
    en: 'Would binding the Serengan blangkon partnership by an MoU make it work? Change the settings; the model runs in your browser.',
    id: 'Apakah mengikat kemitraan blangkon Serengan dengan MoU membuatnya berhasil? Ubah pengaturan; model berjalan di peramban Anda.',
  },
  skipToResults: { en: 'Skip to results', id: 'Langsung ke hasil' },
  settings: { en: 'Settings', id: 'Pengaturan' },
  results: { en: 'Results', id: 'Hasil' },
  preset: { en: 'Scenario preset', id: 'Skenario bawaan' },
  resetPreset: { en: 'Reset to preset', id: 'Kembalikan ke skenario bawaan' },
  replicates: { en: 'Replicates (runs)', id: 'Ulangan (run)' },
  replicatesHelp: {
    en: 'Runs of the model with different random seeds; bands show how much the runs differ.',
    id: 'Jumlah run model dengan benih acak berbeda; pita menunjukkan seberapa besar perbedaan antar-run.',
  },
  seedHelp: {
    en: 'Experiment seed: each run seed is derived from it, the preset name and the replicate, exactly as on the command line.',
    id: 'Benih acak eksperimen: benih tiap run diturunkan darinya, nama skenario, dan nomor ulangan, persis seperti di baris perintah.',
  },
  baselineToggle: { en: 'Compare with a baseline', id: 'Bandingkan dengan pembanding' },
  baselineHelp: {
    en: 'Runs the baseline with the same seeds, so each difference is read run by run. Your changes apply to every preset compared (as --set does on the command line).',
    id: 'Menjalankan pembanding dengan benih acak yang sama, sehingga tiap selisih dibaca run demi run. Perubahan Anda berlaku untuk setiap skenario bawaan yang dibandingkan (seperti --set di baris perintah).',
  },
  vsLabel: { en: 'Baseline', id: 'Pembanding' },
  vsNoMou: { en: 'the same settings without an MoU', id: 'pengaturan yang sama tanpa MoU' },
  alsoLabel: { en: 'Further alternatives (compared with the same baseline)', id: 'Alternatif lain (dibandingkan dengan pembanding yang sama)' },
  alsoNth: { en: 'Further alternative {n}', id: 'Alternatif lain {n}' },
  saveScenario: { en: 'Save scenario (JSON)', id: 'Simpan skenario (JSON)' },
  loadScenario: { en: 'Load scenario…', id: 'Muat skenario…' },
  scenarioFileHelp: {
    en: 'A scenario file is the preset and your changes, in the format `collabsim run FILE.json` reads.',
    id: 'Berkas skenario berisi skenario bawaan dan perubahan Anda, dalam format yang dibaca `collabsim run BERKAS.json`.',
  },
  scenarioLoaded: { en: 'Loaded “{name}” from {file}.', id: '“{name}” dimuat dari {file}.' },
  scenarioNotLoaded: { en: 'Not loaded: {msg}', id: 'Tidak dimuat: {msg}' },
  baselineName: { en: 'same without MoU', id: 'sama tanpa MoU' },
  modified: { en: 'modified', id: 'diubah' },
  mouQuick: { en: 'The MoU', id: 'MoU' },
  mouSigned: { en: 'MoU signed', id: 'MoU ditandatangani' },
  dressRuleDropped: { en: 'Dress rule dropped', id: 'Aturan busana dihapus' },
  enabledIn: { en: 'from month', id: 'mulai bulan' },
  allParameters: { en: 'All parameters', id: 'Semua parameter' },
  paramCode: { en: 'parameter', id: 'parameter' },
  range: { en: 'range', id: 'rentang' },
  status: { en: 'Status', id: 'Status' },
  statusRunning: { en: 'Running: {done} of {total} runs', id: 'Berjalan: {done} dari {total} run' },
  statusDone: { en: 'Done: {runs} in {ms} ms', id: 'Selesai: {runs} dalam {ms} md' },
  statusInvalid: { en: 'Not run: {msg}', id: 'Tidak dijalankan: {msg}' },
  statusError: { en: 'The model failed: {msg}', id: 'Model gagal: {msg}' },
  download: { en: 'Download', id: 'Unduh' },
  downloadCsv: { en: 'Data (CSV)', id: 'Data (CSV)' },
  downloadJson: { en: 'Data and settings (JSON)', id: 'Data dan pengaturan (JSON)' },
  downloadPng: { en: 'PNG', id: 'PNG' },
  downloadPngOf: { en: 'Download the chart “{title}” as PNG', id: 'Unduh grafik “{title}” sebagai PNG' },
  copyLink: { en: 'Copy link to this view', id: 'Salin tautan ke tampilan ini' },
  linkCopied: { en: 'Link copied', id: 'Tautan disalin' },
  cliEquivalent: { en: 'Same runs on the command line', id: 'Run yang sama di baris perintah' },
  profileYear: { en: 'Profile year', id: 'Tahun profil' },
  keyNumbers: { en: 'Key numbers in {y}', id: 'Angka utama pada {y}' },
  keyNumbersNote: {
    en: 'Each scenario: the mean over runs [the range that holds 95 % of runs]; each difference: the mean of the run-by-run differences (run r of every scenario has the same random numbers) [its paired 95 % confidence interval]; both bands are run-to-run noise with these parameters, not uncertainty about the parameters.',
    id: 'Tiap skenario: rata-rata atas run [rentang yang memuat 95 % run]; tiap selisih: rata-rata selisih run demi run (run ke-r setiap skenario memakai bilangan acak yang sama) [selang kepercayaan 95 % berpasangan]; kedua pita adalah keragaman antar-run dengan parameter ini, bukan ketidakpastian parameter.',
  },
  chartsNote: {
    en: 'The charts draw, month by month, the median over runs with the bands that hold 50 % and 90 % of runs, as the report does.',
    id: 'Grafik menggambarkan, bulan demi bulan, median atas run dengan pita yang memuat 50 % dan 90 % run, seperti pada laporan.',
  },
  badUrlValue: { en: 'Ignored from the link: {msg}', id: 'Diabaikan dari tautan: {msg}' },
  chartLabel: { en: 'Chart: {title}', id: 'Grafik: {title}' },
  mustBeAtMost: { en: '{a} must be at most {b} ({v}).', id: '{a} paling banyak sama dengan {b} ({v}).' },
  mustBeBelow: { en: '{a} must be below {b} ({v}).', id: '{a} harus di bawah {b} ({v}).' },
  notMonthZero: { en: '{a}: use −1 (never) or a month from 1.', id: '{a}: gunakan −1 (tidak pernah) atau bulan mulai 1.' },
  nChanged: { en: '{n} changed', id: '{n} diubah' },
  wholeNumber: { en: 'whole number', id: 'bilangan bulat' },
  invalidValue: { en: 'Allowed: {range}', id: 'Yang diizinkan: {range}' },
  mainSet: { en: 'Settings shown', id: 'Pengaturan yang ditampilkan' },
  noBaseline: {
    en: 'The settings have no MoU, so there is no “without MoU” comparison.',
    id: 'Pengaturan tidak memuat MoU, sehingga tidak ada pembanding “tanpa MoU”.',
  },
  loading: { en: 'Loading the explorer…', id: 'Memuat penjelajah…' },
  loadingCharts: { en: 'Loading the charts…', id: 'Memuat grafik…' },
  progressLabel: { en: 'Runs completed', id: 'Run yang selesai' },
  about: {
    en: 'An agent-based model of the Serengan blangkon craft cluster (Surakarta): the industry & trade agency, Bank Solo, the producers and their association, with and without a binding memorandum of understanding (Lukito & Haryanto 2016).',
    id: 'Model berbasis agen sentra kerajinan blangkon Serengan (Surakarta): Dinas Perindustrian dan Perdagangan, Bank Solo, para pengrajin dan paguyubannya, dengan dan tanpa nota kesepahaman yang mengikat (Lukito & Haryanto 2016).',
  },
  pointsScale: {
    en: 'Promise-keeping points add up: at 0 a promise is kept half the time, and each point multiplies the odds of keeping it by about 2.7.',
    id: 'Poin penepatan janji dijumlahkan: pada 0 janji ditepati separuh waktu, dan tiap poin melipatgandakan peluang relatif (odds) menepatinya sekitar 2,7 kali.',
  },
  pointsBase: { en: 'On its own, a promise is kept {p} of the time.', id: 'Tanpa faktor lain, janji ditepati pada {p} kasus.' },
  pointsGain: {
    en: 'At full strength, a promise otherwise kept half the time is kept {p} of the time.',
    id: 'Pada kekuatan penuh, janji yang semula ditepati separuh waktu menjadi ditepati pada {p} kasus.',
  },
  pointsCost: {
    en: 'A promise of average cost, otherwise kept half the time, is kept {p} of the time.',
    id: 'Janji dengan biaya rata-rata, yang semula ditepati separuh waktu, ditepati pada {p} kasus.',
  },
  mouOffNote: {
    en: 'These terms apply when the MoU is signed.',
    id: 'Ketentuan ini berlaku bila MoU ditandatangani.',
  },
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof UI;

/** "1 run", "30 runs" (Indonesian nouns do not change: "30 run"). */
export function runsText(n: number, lang: Lang): string {
  return lang === 'en' && n !== 1 ? `${fmt(n, 0, lang)} runs` : `${fmt(n, 0, lang)} run`;
}

/** "2012–2021", or one year alone. */
export function periodText(y0: number, y1: number): string {
  return y0 === y1 ? String(y0) : `${y0}–${y1}`;
}

/** A UI text in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  const s: string = UI[key][lang] || UI[key].en;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

// ------------------------------------------------------------------ numbers

/**
 * A number with fixed decimals in the language's convention (English 1,234.5;
 * Indonesian 1.234,5), locale-data free so output is identical everywhere.
 */
export function fmt(x: number, digits: number, lang: Lang, sign = false): string {
  if (!Number.isFinite(x)) return x !== x ? '–' : x > 0 ? '∞' : '−∞';
  let s = Math.abs(x).toFixed(digits);
  // -0.00 reads as 0.00
  const negative = x < 0 && Number(s) !== 0;
  const [int, frac] = s.split('.');
  const group = lang === 'id' ? '.' : ',';
  const dec = lang === 'id' ? ',' : '.';
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  s = frac === undefined ? grouped : `${grouped}${dec}${frac}`;
  return (negative ? '−' : sign ? '+' : '') + s;
}

/** Plotly's `separators` layout attribute for the language: decimal mark, then thousands mark. */
export function plotlySeparators(lang: Lang): string {
  return lang === 'id' ? ',.' : '.,';
}

// ------------------------------------------------------------------ parameter groups

export const GROUP_LABELS: Readonly<Record<ParamGroup, Text>> = {
  mou: { en: 'MoU (memorandum of understanding)', id: 'MoU (nota kesepahaman)' },
  simulation: { en: 'Simulation', id: 'Simulasi' },
  demand: { en: 'Demand', id: 'Permintaan' },
  producers: { en: 'Producers (workshops)', id: 'Pengrajin (unit usaha)' },
  agency: { en: 'Industry & trade agency (Dinas)', id: 'Dinas Perindustrian dan Perdagangan' },
  bank: { en: 'Bank (Bank Solo)', id: 'Bank (Bank Solo)' },
  association: { en: 'Producers’ association (paguyuban)', id: 'Paguyuban pengrajin' },
  firm: { en: 'Outside firm (PT Danar Hadi)', id: 'Perusahaan luar (PT Danar Hadi)' },
  trust: { en: 'Trust', id: 'Kepercayaan' },
  commitment: { en: 'Commitment', id: 'Komitmen' },
  meetings: { en: 'Meetings', id: 'Pertemuan' },
};

// ------------------------------------------------------------------ parameters

/** Short human labels of the parameters (the code name is shown beside them). */
export const PARAM_LABELS: Readonly<Record<ParamName, Text>> = {
  months: { en: 'Months simulated', id: 'Jumlah bulan simulasi' },
  startYear: { en: 'Start year', id: 'Tahun mulai' },
  productionReading: { en: 'Reading of “production per day”', id: 'Pembacaan “produksi per hari”' },
  piecesPerWorkerDayProducerReading: { en: 'Productivity in the per-producer reading', id: 'Produktivitas pada pembacaan per pengrajin' },
  baseDemand: { en: 'Everyday orders', id: 'Pesanan sehari-hari' },
  demandScale: { en: 'Demand scale', id: 'Skala permintaan' },
  demandGrowth: { en: 'Demand growth', id: 'Pertumbuhan permintaan' },
  dressRuleDemand: { en: 'Dress-rule orders', id: 'Pesanan karena aturan busana' },
  dressRuleEndMonth: { en: 'Dress rule dropped in month', id: 'Aturan busana dihapus pada bulan' },
  ceremonyDemand: { en: 'Ceremony orders', id: 'Pesanan hajatan' },
  ceremonySeasonality: { en: 'Ceremony seasonality', id: 'Musiman pesanan hajatan' },
  ceremonyPeakMonth: { en: 'Ceremony peak month', id: 'Bulan puncak hajatan' },
  souvenirDemand: { en: 'Souvenir orders', id: 'Pesanan suvenir' },
  marketLinkage: { en: 'Market linkage', id: 'Keterkaitan pasar' },
  exhibitionBuyers: { en: 'Buyers won per exhibition', id: 'Pembeli baru per pameran' },
  exhibitionSales: { en: 'Sales per exhibition', id: 'Penjualan per pameran' },
  linkageDecay: { en: 'Loss of exhibition buyers', id: 'Hilangnya pembeli dari pameran' },
  initialProducers: { en: 'Producers at start', id: 'Pengrajin di awal' },
  producerPool: { en: 'Potential producers', id: 'Calon pengrajin (seluruhnya)' },
  initialWorkersPerProducer: { en: 'Workers per producer at start', id: 'Pekerja per pengrajin di awal' },
  maxWorkers: { en: 'Largest workshop', id: 'Usaha terbesar' },
  piecesPerWorkerDay: { en: 'Labour productivity', id: 'Produktivitas tenaga kerja' },
  skillSpread: { en: 'Skill spread', id: 'Sebaran keterampilan' },
  workDaysPerMonth: { en: 'Working days per month', id: 'Hari kerja per bulan' },
  pricePerPiece: { en: 'Standard price', id: 'Harga standar' },
  materialShare: { en: 'Material cost share', id: 'Porsi biaya bahan' },
  wage: { en: 'Wage', id: 'Upah' },
  ownerDraw: { en: 'Owner’s draw', id: 'Pengambilan pemilik' },
  retainedShare: { en: 'Profit retained', id: 'Laba ditahan' },
  initialCapital: { en: 'Capital at start', id: 'Modal awal' },
  cashCycleMonths: { en: 'Cash cycle', id: 'Siklus kas' },
  hireUtilisation: { en: 'Hiring threshold', id: 'Ambang perekrutan' },
  layoffUtilisation: { en: 'Layoff threshold', id: 'Ambang pemberhentian' },
  adjustProb: { en: 'Labour adjustment speed', id: 'Kecepatan penyesuaian tenaga kerja' },
  entryRate: { en: 'Start-up rate', id: 'Laju usaha baru' },
  startupCapital: { en: 'Start-up capital', id: 'Modal awal usaha' },
  startupSavingRate: { en: 'Saving toward a start-up', id: 'Tabungan untuk memulai usaha' },
  entryMemoryMonths: { en: 'Memory of would-be producers', id: 'Ingatan calon pengrajin' },
  exitLossMonths: { en: 'Loss months before exit', id: 'Bulan rugi sebelum keluar' },
  agencyBudget: { en: 'Agency budget', id: 'Anggaran dinas' },
  agencyStaffDays: { en: 'Agency staff time', id: 'Waktu staf dinas' },
  trainingsPerYear: { en: 'Training sessions per year', id: 'Sesi pelatihan per tahun' },
  trainingSeats: { en: 'Seats per training', id: 'Peserta per pelatihan' },
  trainingCost: { en: 'Cost of a training', id: 'Biaya satu pelatihan' },
  trainingSkillGain: { en: 'Skill gain from training', id: 'Peningkatan keterampilan dari pelatihan' },
  coachingShare: { en: 'Coaching reach', id: 'Jangkauan pembinaan' },
  eventStaffDays: { en: 'Staff time per event', id: 'Waktu staf per kegiatan' },
  coachingStaffDays: { en: 'Staff time per coaching visit', id: 'Waktu staf per kunjungan pembinaan' },
  directReach: { en: 'Direct reach of news', id: 'Jangkauan langsung informasi' },
  exhibitionsPerYear: { en: 'Exhibitions per year', id: 'Pameran per tahun' },
  exhibitionSlots: { en: 'Producers per exhibition', id: 'Pengrajin per pameran' },
  exhibitionCost: { en: 'Cost of an exhibition', id: 'Biaya satu pameran' },
  proposalProb: { en: 'Proposal rate', id: 'Laju pengajuan proposal' },
  proposalDecisionProb: { en: 'Decision rate without a feedback channel', id: 'Laju keputusan tanpa saluran umpan balik' },
  proposalExpiryMonths: { en: 'Proposal expiry', id: 'Kedaluwarsa proposal' },
  aidGrant: { en: 'Aid grant', id: 'Hibah bantuan' },
  bankLendingPool: { en: 'Lending pool', id: 'Dana pinjaman bank' },
  loanSize: { en: 'Loan size', id: 'Besar pinjaman' },
  loanRate: { en: 'Interest rate', id: 'Suku bunga' },
  loanTermMonths: { en: 'Loan term', id: 'Jangka waktu pinjaman' },
  loanDefaultMonths: { en: 'Missed instalments before default', id: 'Tunggakan sebelum macet' },
  creditNewsMonths: { en: 'Months credit news lasts', id: 'Lama informasi kredit diingat' },
  socialisationsPerYear: { en: 'Credit socialisation events', id: 'Kegiatan sosialisasi kredit' },
  orderRule: { en: 'Order division rule', id: 'Aturan pembagian pesanan' },
  clusters: { en: 'Clusters (associations)', id: 'Jumlah sentra (paguyuban)' },
  associationShare: { en: 'Share brokered by the association', id: 'Porsi yang disalurkan paguyuban' },
  undercutGain: { en: 'Temptation to undercut', id: 'Godaan banting harga' },
  undercutDiscount: { en: 'Undercut discount', id: 'Potongan banting harga' },
  priceElasticity: { en: 'Price elasticity', id: 'Elastisitas harga' },
  relayProb: { en: 'Relay probability', id: 'Peluang penerusan informasi' },
  associationCapacity: { en: 'Association capacity', id: 'Kapasitas paguyuban' },
  firmOfferProb: { en: 'Firm offer rate', id: 'Laju tawaran perusahaan' },
  firmOfferSlots: { en: 'Producers per firm exhibition', id: 'Pengrajin per pameran perusahaan' },
  initialTrust: { en: 'Initial trust', id: 'Kepercayaan awal' },
  trustBuild: { en: 'Trust building', id: 'Pembentukan kepercayaan' },
  trustErosion: { en: 'Trust erosion', id: 'Erosi kepercayaan' },
  dependenceAmplifier: { en: 'Dependence amplifier', id: 'Penguat ketergantungan' },
  reputationHit: { en: 'Reputation damage', id: 'Kerusakan reputasi' },
  reputationDecay: { en: 'Reputation recovery', id: 'Pemulihan reputasi' },
  contractTrustComplement: { en: 'Contract–trust complement', id: 'Komplemen kontrak–kepercayaan' },
  commitBase: { en: 'Baseline promise keeping', id: 'Kecenderungan dasar menepati janji' },
  motivationWeight: { en: 'Weight of shared motivation', id: 'Bobot motivasi bersama' },
  reputationWeight: { en: 'Weight of reputation', id: 'Bobot reputasi' },
  promiseCost: { en: 'Cost of a promise', id: 'Biaya janji' },
  opinionBound: { en: 'Opinion bound', id: 'Batas keyakinan' },
  opinionRate: { en: 'Opinion convergence rate', id: 'Laju konvergensi pandangan' },
  initialViewAgency: { en: 'Agency\'s initial agreement with the purpose', id: 'Kesepakatan awal dinas dengan tujuan' },
  initialViewBank: { en: 'Bank\'s initial agreement with the purpose', id: 'Kesepakatan awal bank dengan tujuan' },
  initialViewAssociation: { en: 'Association\'s initial agreement with the purpose', id: 'Kesepakatan awal paguyuban dengan tujuan' },
  loanRateLater: { en: 'Loan rate from the change month', id: 'Bunga pinjaman sejak bulan perubahan' },
  loanRateChangeMonth: { en: 'Month of the loan rate change', id: 'Bulan perubahan bunga pinjaman' },
  priceMonitoring: { en: 'Association price checks', id: 'Pemeriksaan harga oleh paguyuban' },
  jointOrderProb: { en: 'Joint order plans per full meeting', id: 'Rencana pesanan bersama per pertemuan lengkap' },
  jointOrderSize: { en: 'Joint order size', id: 'Besar pesanan bersama' },
  jointOrderMonths: { en: 'Joint order duration', id: 'Lama pesanan bersama' },
  mouNegotiationMeetings: { en: 'Meetings to negotiate the MoU', id: 'Pertemuan untuk merundingkan MoU' },
  routineDecay: { en: 'Routine decay after a lapse', id: 'Pudarnya rutinitas setelah MoU berakhir' },
  smallWinsGain: { en: 'Small wins', id: 'Keberhasilan kecil' },
  initialCapitalSpread: { en: 'Spread of initial capital', id: 'Sebaran modal awal' },
  savingSpread: { en: 'Spread of saving rates', id: 'Sebaran laju menabung' },
  incidentalMeetingProb: { en: 'Incidental meetings', id: 'Pertemuan insidental' },
  meetingRepresentatives: { en: 'Producer representatives at meetings', id: 'Perwakilan pengrajin dalam pertemuan' },
  jointPlanningMonths: { en: 'Joint-planning window', id: 'Jendela perencanaan bersama' },
  meetingStaffDays: { en: 'Staff time per meeting', id: 'Waktu staf per pertemuan' },
  jointActionProb: { en: 'Joint planning probability', id: 'Peluang perencanaan bersama' },
  mouSignMonth: { en: 'MoU signed in month', id: 'MoU ditandatangani pada bulan' },
  mouTermMonths: { en: 'MoU term', id: 'Masa berlaku MoU' },
  mouSignatories: { en: 'Signatories', id: 'Penanda tangan' },
  mouAdoption: { en: 'Adoption', id: 'Cara adopsi' },
  mouMinTrust: { en: 'Trust needed to sign', id: 'Kepercayaan minimum untuk menandatangani' },
  imposedCrowdOut: { en: 'Crowding out by imposition', id: 'Pelemahan motivasi oleh pemaksaan' },
  mouMonitoring: { en: 'Monitoring', id: 'Pemantauan' },
  mouSanction: { en: 'Sanction', id: 'Sanksi' },
  mouMeetingInterval: { en: 'Meeting interval', id: 'Selang pertemuan' },
  mouRoleClarity: { en: 'Role clarity', id: 'Kejelasan peran' },
  mouFeedbackChannel: { en: 'Feedback channel', id: 'Saluran umpan balik' },
  mouPooledFund: { en: 'Pooled fund', id: 'Dana bersama' },
};

/** Indonesian parameter descriptions (the English ones are the declarations' own). */
export const PARAM_DESCRIPTIONS_ID: Readonly<Partial<Record<ParamName, string>>> = {
  months: 'Cakupan waktu simulasi dalam langkah bulanan, mulai Januari tahun startYear.',
  startYear: 'Tahun kalender bulan ke-1 (dipakai untuk tanggal dan tahun pengamatan).',
  productionReading:
    'Cara membaca dan melaporkan "produksi per hari" pada Tabel 1.2: "cluster" = total buah per hari seluruh sentra; "producer" = rata-rata buah per hari per pengrajin (jumlah buah diskalakan dengan piecesPerWorkerDayProducerReading).',
  piecesPerWorkerDayProducerReading:
    'Produktivitas tenaga kerja yang tersirat oleh pembacaan "producer"; hanya mengubah satuan jumlah buah yang dilaporkan.',
  baseDemand: 'Pesanan sehari-hari dari pedagang dan pembeli perorangan pada 2012.',
  demandScale: 'Pengali semua saluran permintaan; untuk populasi yang lebih besar dari satu sentra seukuran Serengan (misalnya kumpulan / 26).',
  demandGrowth: 'Pertumbuhan tahunan pesanan sehari-hari dan suvenir (penduduk, pariwisata).',
  dressRuleDemand:
    'Pesanan karena peraturan wali kota yang mewajibkan aparatur sipil negara berbusana adat Jawa setiap hari Kamis, dan karena hari jadi kabupaten.',
  dressRuleEndMonth: 'Bulan mulai dihapusnya aturan busana adat hari Kamis (guncangan permintaan); -1 = tidak pernah.',
  ceremonyDemand: 'Rata-rata pesanan untuk pernikahan, hari jadi, dan pertunjukan.',
  ceremonySeasonality: 'Amplitudo relatif siklus tahunan musim pernikahan pada pesanan hajatan.',
  ceremonyPeakMonth: 'Bulan kalender saat pesanan hajatan mencapai puncak.',
  souvenirDemand: 'Pesanan suvenir di tempat wisata (hanya terjangkau melalui keterkaitan pasar).',
  marketLinkage:
    'Kekuatan keterkaitan pasar: menskalakan saluran suvenir/pedagang dan pembeli yang diperoleh di pameran. Nilai 0 menghapus keterkaitan pasar.',
  exhibitionBuyers: 'Pesanan tetap yang diperoleh per pengrajin per pameran yang diikuti (pembeli baru), sebelum berkurang.',
  exhibitionSales: 'Penjualan langsung satu pengrajin dalam satu pameran.',
  linkageDecay: 'Kehilangan bulanan pembeli yang diperoleh dari pameran.',
  initialProducers: 'Pengrajin aktif pada Januari tahun startYear.',
  producerPool: 'Pengrajin potensial (daftar se-kota); jumlah pengrajin aktif tidak pernah melebihinya.',
  initialWorkersPerProducer: 'Rata-rata pekerja per pengrajin di awal (termasuk pemilik).',
  maxWorkers: 'Jumlah pekerja terbanyak dalam satu usaha; kecukupan modal diukur terhadap usaha sebesar ini.',
  piecesPerWorkerDay: 'Rata-rata produktivitas tenaga kerja pada tingkat keterampilan 1 (pembacaan sentra).',
  skillSpread: 'Keragaman keterampilan pengrajin (lognormal, rata-rata 1).',
  workDaysPerMonth: 'Hari kerja per bulan (enam hari seminggu).',
  pricePerPiece: 'Harga standar yang disepakati paguyuban (Rp 75.000).',
  materialShare: 'Biaya kain dan bahan per buah, sebagai porsi dari harga.',
  wage: 'Upah bulanan seorang pekerja.',
  ownerDraw:
    'Belanja rumah tangga yang biasa diambil dari usaha setiap bulan (lebih sedikit pada bulan dengan surplus lebih kecil); sebagian sisanya tetap menjadi modal kerja.',
  retainedShare:
    'Porsi laba bulanan di atas pengambilan pemilik yang ditahan sebagai modal kerja; sisanya untuk rumah tangga. Kerugian sepenuhnya mengurangi modal.',
  initialCapital: 'Rata-rata modal kerja seorang pengrajin di awal (lognormal, simpangan log initialCapitalSpread).',
  initialCapitalSpread: 'Keragaman modal kerja awal pengrajin (lognormal, rata-rata initialCapital).',
  savingSpread: 'Keragaman laju menabung calon pengrajin (lognormal): seberapa tersebar waktu mulai usaha satu angkatan pelatihan.',
  cashCycleMonths: 'Bulan antara membayar bahan dan upah dan menerima pembayaran pembeli (barang dititipkan ke pedagang): modal kerja harus menanggung biaya produksi selama itu, sehingga membatasi produksi.',
  hireUtilisation: 'Tingkat pemanfaatan kapasitas yang bila dilampaui membuat pengrajin merekrut satu pekerja.',
  layoffUtilisation: 'Tingkat pemanfaatan kapasitas yang bila tidak tercapai membuat pengrajin memberhentikan satu pekerja.',
  adjustProb:
    'Peluang seorang pengrajin menindaklanjuti sinyal merekrut/memberhentikan dalam sebulan (penyesuaian tenaga kerja berjalan lambat).',
  entryRate: 'Peluang bulanan seorang calon pengrajin terlatih yang sudah menabung modal awal untuk memulai usaha saat sentra menguntungkan, sebelum efek kepadatan.',
  startupCapital: 'Tabungan yang dibutuhkan calon pengrajin sebelum membuka usaha (alat, bahan pertama); menjadi modal kerjanya.',
  startupSavingRate: 'Rata-rata tabungan bulanan calon pengrajin terlatih untuk modal awal; menabung dimulai setelah pelatihan.',
  entryMemoryMonths: 'Ingatan calon pengrajin: sinyal laba dan permintaan tak terlayani dirata-ratakan dengan konstanta waktu ini.',
  exitLossMonths: 'Jumlah bulan rugi berturut-turut yang membuat pengrajin yang kehabisan modal menutup usahanya.',
  agencyBudget: 'Anggaran dinas untuk sentra blangkon (pelatihan, pameran, bantuan).',
  agencyStaffDays: 'Waktu staf dinas yang tersedia untuk sentra.',
  trainingsPerYear: 'Sesi pelatihan terjadwal.',
  trainingSeats: 'Peserta per sesi pelatihan (pengrajin dan calon pengrajin).',
  trainingCost: 'Biaya anggaran satu sesi pelatihan.',
  trainingSkillGain: 'Kenaikan produktivitas pengrajin yang dilatih (sedang: praktik membaik, laba jarang).',
  coachingShare: 'Porsi pengrajin yang dikunjungi untuk pembinaan setiap bulan.',
  eventStaffDays: 'Waktu staf dinas untuk menyelenggarakan satu sesi pelatihan atau pameran.',
  coachingStaffDays: 'Waktu staf dinas per kunjungan pembinaan.',
  directReach:
    'Peluang kabar dari dinas atau bank sampai langsung ke pengrajin (basis data, brosur) pada bulan yang ada kabarnya.',
  exhibitionsPerYear: 'Pameran sesuai jadwal yang diumumkan dinas.',
  exhibitionSlots: 'Pengrajin yang diikutkan dalam tiap pameran, dipilih bergiliran secara adil dari basis data.',
  exhibitionCost: 'Biaya anggaran satu pameran.',
  proposalProb: 'Peluang bulanan seorang pengrajin (melalui paguyuban) mengajukan proposal bantuan.',
  proposalDecisionProb: 'Peluang bulanan proposal yang tertunda mendapat keputusan dalam rutinitas dinas (bila staf tersedia).',
  proposalExpiryMonths: 'Proposal yang belum diputuskan setelah sekian bulan dibatalkan (dihitung sebagai diabaikan).',
  aidGrant: 'Bantuan peralatan atau modal yang diberikan atas proposal yang disetujui.',
  bankLendingPool: 'Dana bank yang disisihkan untuk pinjaman lunak bagi sentra.',
  loanSize: 'Besar satu pinjaman lunak usaha kecil.',
  loanRate: 'Bunga efektif tahunan pinjaman lunak sampai loanRateChangeMonth; pinjaman dicicil dengan angsuran bulanan tetap (anuitas).',
  loanRateLater: 'Bunga efektif tahunan pinjaman yang diberikan sejak loanRateChangeMonth.',
  loanRateChangeMonth: 'Bulan mulai berlakunya loanRateLater untuk pinjaman baru (49 = Januari 2016); -1 = tidak pernah.',
  priceMonitoring: 'Peluang paguyuban memeriksa apakah anggota menepati harga standar dalam sebulan; paguyuban tidak punya sanksi sendiri.',
  jointOrderProb: 'Peluang pertemuan koordinasi yang dihadiri dinas, bank dan paguyuban menghasilkan rencana pesanan bersama (dinas mencarikan pembeli besar, bank membiayai bahan, paguyuban membagi dan mengirim).',
  jointOrderSize: 'Besar satu pesanan bersama (mis. seragam atau suvenir untuk kantor, hotel atau acara), dikalikan marketLinkage.',
  jointOrderMonths: 'Lama pengerjaan satu pesanan bersama.',
  smallWinsGain: 'Porsi jarak ke kesepakatan penuh dengan tujuan bersama yang diperoleh penerima dari janji yang ditepati (dan hilang, ke arah 0, dari janji yang diingkari).',
  mouNegotiationMeetings: 'Jumlah pertemuan koordinasi yang dihadiri semua lembaga penanda tangan yang dibutuhkan untuk menyepakati MoU hasil perundingan; MoU yang dipaksakan tidak membutuhkannya.',
  routineDecay: 'Setelah MoU berakhir, rutinitasnya (pertemuan terjadwal, pemantauan, sanksi, kejelasan peran) memudar sebesar porsi ini per bulan, bukan berhenti seketika.',
  loanTermMonths: 'Jangka waktu pelunasan pinjaman.',
  loanDefaultMonths: 'Jumlah angsuran tertunggak yang membuat pinjaman dihapusbukukan sebagai kredit macet.',
  creditNewsMonths: 'Jumlah bulan setelah sosialisasi (atau informasi lain yang sampai ke unit usaha) ketika pengrajin mengetahui kredit lunak dan dapat mengajukannya.',
  socialisationsPerYear: 'Kegiatan sosialisasi kredit oleh bank.',
  orderRule: 'Cara paguyuban membagi pesanan besar di antara anggotanya.',
  clusters: 'Jumlah sentra (kecamatan), masing-masing dengan paguyuban sendiri yang membagi pesanan besar anggotanya dan membuat janji pembagian adilnya sendiri; slot produsen i termasuk sentra i mod jumlah sentra.',
  associationShare: 'Porsi pesanan besar (aturan busana dan hajatan) yang disalurkan melalui paguyuban.',
  undercutGain: 'Godaan menjual di bawah harga standar (dilema kartel).',
  undercutDiscount: 'Potongan harga oleh pengrajin yang membanting harga.',
  priceElasticity: 'Seberapa kuat pembeli langsung beralih ke pengrajin yang lebih murah (membanting harga).',
  relayProb: 'Peluang paguyuban meneruskan suatu informasi dari pemangku kepentingan kepada anggota.',
  associationCapacity:
    'Kekuatan organisasi paguyuban (waktu para anggota); menskalakan penerusan informasi, penyaluran pesanan, dan kehadiran.',
  firmOfferProb: 'Peluang bulanan datangnya tawaran pameran tanpa diminta dengan seluruh biaya ditanggung.',
  firmOfferSlots: 'Pengrajin yang diikutkan dalam satu pameran yang disponsori perusahaan.',
  initialTrust: 'Rata-rata kepercayaan antarpemangku kepentingan di awal ("tidak percaya penuh, mereka masih ragu").',
  trustBuild: 'Kepercayaan yang bertambah per janji yang ditepati, sebagai porsi jarak yang tersisa ke batas atas.',
  trustErosion: 'Kepercayaan yang hilang per janji yang diingkari, sebagai porsi kepercayaan saat ini.',
  dependenceAmplifier: 'Erosi tambahan bila pihak yang memercayai bergantung pada pihak yang dipercaya.',
  reputationHit: 'Kerusakan reputasi yang bertambah per pengingkaran; kepercayaan dibatasi pada 1 - kerusakan.',
  reputationDecay: 'Berkurangnya kerusakan reputasi setiap bulan (pemulihan lambat).',
  contractTrustComplement:
    'Di bawah MoU, porsi kehilangan kepercayaan akibat pengingkaran yang terpantau yang terhindarkan karena dijelaskan dan dikenai sanksi.',
  commitBase: 'Kecenderungan dasar untuk menepati janji.',
  motivationWeight: 'Bobot motivasi bersama (kesepakatan atas tujuan bersama) terhadap penepatan janji.',
  reputationWeight: 'Bobot kepedulian akan reputasi (kepercayaan pihak lain kepada pemberi janji).',
  promiseCost: 'Rata-rata biaya melaksanakan tindakan yang dijanjikan (berdistribusi eksponensial per janji).',
  opinionBound:
    'Ambang keyakinan terbatas: pandangan tentang tujuan bersama hanya saling mendekat bila selisihnya lebih kecil dari nilai ini.',
  opinionRate: 'Laju saling mendekatnya pandangan dalam suatu pertemuan.',
  initialViewAgency: 'Kesepakatan awal dinas dengan tujuan bersama.',
  initialViewBank: 'Kesepakatan awal bank dengan tujuan bersama.',
  initialViewAssociation: 'Kesepakatan awal paguyuban dengan tujuan bersama.',
  meetingRepresentatives: 'Perwakilan pengrajin yang datang bersama paguyuban ke pertemuan koordinasi.',
  jointPlanningMonths: 'Jumlah bulan setelah janji koordinasi ditepati ketika kegiatan program dapat direncanakan bersama.',
  incidentalMeetingProb:
    'Peluang pertemuan koordinasi tak terjadwal dalam sebulan (juga di bawah MoU, di samping pertemuan terjadwalnya).',
  meetingStaffDays: 'Waktu staf dinas untuk menyiapkan dan menyelenggarakan satu pertemuan.',
  jointActionProb:
    'Peluang suatu kegiatan direncanakan bersama bila pertemuan dalam 3 bulan terakhir menghasilkan janji koordinasi yang ditepati.',
  mouSignMonth: 'Bulan penandatanganan MoU / surat keputusan bersama (1 = sejak awal); -1 = tanpa MoU.',
  mouTermMonths: 'Jumlah bulan MoU berlaku sebelum berakhir; 0 = tidak berakhir.',
  mouSignatories: 'Siapa yang menandatangani: keempat pemangku kepentingan, atau hanya dinas dan bank (MoU parsial).',
  mouAdoption:
    'Dirundingkan (perlu kepercayaan minimum agar ditandatangani) atau dipaksakan (tetap ditandatangani, melemahkan motivasi).',
  mouMinTrust:
    'Rata-rata kepercayaan yang diperlukan sebelum MoU hasil perundingan dapat ditandatangani; penandatanganan menunggu sampai tercapai.',
  imposedCrowdOut:
    'Bila MoU dipaksakan: porsi kesepakatan paguyuban dan pengrajin atas tujuan bersama serta kepercayaan mereka kepada dinas dan bank yang hilang saat penandatanganan, dan porsi motivasi mereka untuk menepati janji, hadir dalam pertemuan dan mengajukan proposal selama MoU mengikat.',
  mouMonitoring: 'Peluang pengingkaran janji oleh penanda tangan terdeteksi (m).',
  mouSanction: 'Sanksi atas pengingkaran yang terdeteksi (F), dalam satuan yang sama dengan biaya janji.',
  mouMeetingInterval: 'Pertemuan koordinasi terjadwal setiap sekian bulan selama MoU dirundingkan dan berlaku; 0 = MoU tidak menjadwalkan pertemuan.',
  mouRoleClarity: 'Porsi biaya janji yang hilang berkat pembagian peran yang jelas dalam MoU.',
  mouFeedbackChannel:
    'MoU membentuk saluran dua arah: proposal dan laporan pengrajin sampai ke dinas dan bank dan mendapat keputusan.',
  mouPooledFund: 'Dana bersama di bawah MoU, dipinjamkan kepada pengrajin tanpa bunga: separuh dari dinas melalui mata anggaran yang ditetapkan perjanjian (uang kota baru, bukan anggaran program), separuh dari dana pinjaman bank; setiap iuran bulanan adalah janji penyetornya.',
};

/** Indonesian translations of the declared sources, keyed by the English text. */
export const SOURCES_ID: Readonly<Record<string, string>> = {
  'assumption: ten years from the first year of Table 1.2 (Lukito & Haryanto 2016), 2012-2021':
    'asumsi: sepuluh tahun sejak tahun pertama Tabel 1.2 (Lukito & Haryanto 2016), 2012-2021',
  'Lukito & Haryanto 2016 Table 1.2 (the unit of production per day is not stated); defaults are calibrated to "cluster"':
    'Lukito & Haryanto 2016 Tabel 1.2 (satuan produksi per hari tidak disebutkan); nilai bawaan dikalibrasi untuk "cluster"',
  'Table 1.2 read per producer: 60 x 16 / 58 = 16.5 (Lukito & Haryanto 2016)': 'Tabel 1.2 dibaca per pengrajin: 60 x 16 / 58 = 16,5 (Lukito & Haryanto 2016)',
  'scenario lever (the Thursday dress rule as demand driver, Lukito & Haryanto 2016)':
    'tuas skenario (aturan busana hari Kamis sebagai pendorong permintaan, Lukito & Haryanto 2016)',
  'Indonesian KUR rate from 2016: 9%/yr (the 12% of mid-2015 is folded into the change month)':
    'Bunga KUR Indonesia sejak 2016: 9%/tahun (bunga 12% pertengahan 2015 dilebur ke bulan perubahan)',
  'Indonesian KUR rate cuts 2015-16': 'Penurunan bunga KUR Indonesia 2015-16',
  "scenario lever (city scale: Surakarta's 5 districts, Lukito & Haryanto 2016 Table 1.1)": 'tuas skenario (skala kota: 5 kecamatan di Surakarta, Lukito & Haryanto 2016 Tabel 1.1)',
  'Stigler 1964 (secret price cutting undermines a cartel); value assumption': 'Stigler 1964 (potongan harga diam-diam meruntuhkan kartel); nilai asumsi',
  'Ostrom 1998 (reputation, trust and reciprocity); value assumption': 'Ostrom 1998 (reputasi, kepercayaan dan resiprositas); nilai asumsi',
  'Ansell & Gash 2008 (prehistory of cooperation and trust as starting conditions); value assumption':
    'Ansell & Gash 2008 (riwayat kerja sama dan kepercayaan sebagai kondisi awal); nilai asumsi',
  'Lukito & Haryanto 2016 (producers can submit proposals); value tuned so that status-quo access to resources reads low':
    'Lukito & Haryanto 2016 (pengrajin dapat mengajukan proposal); nilai disetel agar akses sumber daya status quo bernilai rendah',
  'assumption, value calibrated to Table 1.2 (2012-14 production)': 'asumsi, nilai dikalibrasi ke Tabel 1.2 (produksi 2012-14)',
  'assumption, value tuned so that access to authority reads medium in the status quo':
    'asumsi, nilai disetel agar akses terhadap kewenangan bernilai sedang dalam status quo',
  'assumption: status-quo fulfilment about 0.8 (commitments "can be denied")': 'asumsi: pemenuhan janji status quo sekitar 0,8 (komitmen "dapat diingkari")',
  'Ansell & Gash 2008 (small wins feed commitment); value tuned so that status-quo commitment stays medium-low':
    'Ansell & Gash 2008 (keberhasilan kecil memupuk komitmen); nilai disetel agar komitmen status quo tetap sedang-rendah',
  'Ansell & Gash 2008 (agreements come out of face-to-face dialogue); DeCaro et al. 2015; count assumption':
    'Ansell & Gash 2008 (kesepakatan lahir dari dialog tatap muka); DeCaro dkk. 2015; jumlah asumsi',
  'Ansell & Gash 2008 (small wins feed commitment); value assumption': 'Ansell & Gash 2008 (keberhasilan kecil memupuk komitmen); nilai asumsi',
  "Lukito & Haryanto 2016 (all producers' money is tied up as working capital); length assumption":
    'Lukito & Haryanto 2016 (seluruh dana pengrajin tertanam sebagai modal kerja); lamanya asumsi',
  'Lukito & Haryanto 2016 (the association standardises prices); value assumption': 'Lukito & Haryanto 2016 (paguyuban menstandarkan harga); nilai asumsi',
  'McKenzie & Woodruff 2014 (training helps start-ups, with a lag); de Mel et al. 2008 (start-up is capital-constrained); value calibrated to the timing of Table 1.2':
    'McKenzie & Woodruff 2014 (pelatihan membantu usaha baru, dengan jeda); de Mel dkk. 2008 (memulai usaha terkendala modal); nilai dikalibrasi ke waktu Tabel 1.2',
  'Schmitz 1995; Schmitz & Nadvi 1999 (collective efficiency from joint action); Sandee & Rietveld 2001 (government-brokered links); value assumption':
    'Schmitz 1995; Schmitz & Nadvi 1999 (efisiensi kolektif dari tindakan bersama); Sandee & Rietveld 2001 (jejaring yang difasilitasi pemerintah); nilai asumsi',
  'assumption (association-brokered bulk orders, Lukito & Haryanto 2016)': 'asumsi (pesanan besar lewat paguyuban, Lukito & Haryanto 2016)',
  "assumption (two to three months of a small workshop's costs)": 'asumsi (biaya dua sampai tiga bulan sebuah usaha kecil)',
  'assumption, calibrated so that 2012 production is ~60 pieces/day with working capital binding for some workshops (Lukito & Haryanto 2016: capital "very minimal")':
    'asumsi, dikalibrasi agar produksi 2012 sekitar 60 buah/hari dengan modal kerja membatasi sebagian usaha (Lukito & Haryanto 2016: modal "sangat minim")',
  'de Mel et al. 2008 (very heterogeneous microenterprise capital); value assumption': 'de Mel dkk. 2008 (modal usaha mikro sangat beragam); nilai asumsi',
  'organisational memory decays (Argote 1999; Levitt & March 1988); value assumption': 'memori organisasi memudar (Argote 1999; Levitt & March 1988); nilai asumsi',
  'scenario lever; the financing split is an assumption': 'pengungkit skenario; pembagian pembiayaan adalah asumsi',
  'Table 1.2 starts in 2012 (Lukito & Haryanto 2016)': 'Tabel 1.2 dimulai pada 2012 (Lukito & Haryanto 2016)',
  'assumption, calibrated so total 2012 orders ~ 60/day (Table 1.2)': 'asumsi, dikalibrasi agar total pesanan 2012 ~ 60/hari (Tabel 1.2)',
  assumption: 'asumsi',
  'Lukito & Haryanto 2016 (demand driver); size is an assumption': 'Lukito & Haryanto 2016 (pendorong permintaan); besarnya asumsi',
  'Tambunan 2005 (linkage as precondition of growth)': 'Tambunan 2005 (keterkaitan sebagai prasyarat pertumbuhan)',
  'Table 1.2 (2012: 16)': 'Tabel 1.2 (2012: 16)',
  'Lukito & Haryanto 2016: 26 registered blangkon producers': 'Lukito & Haryanto 2016: 26 pengrajin blangkon terdaftar',
  'Table 1.2: 58 workers / 16 producers': 'Tabel 1.2: 58 pekerja / 16 pengrajin',
  'BPS size classes: small industry 5-19 workers': 'Kelas ukuran BPS: industri kecil 5-19 pekerja',
  'Table 1.2 read as cluster total: 60/58 = 1.03 pieces per worker-day at ~85% utilisation':
    'Tabel 1.2 dibaca sebagai total sentra: 60/58 = 1,03 buah per pekerja-hari pada pemanfaatan ~85%',
  'de Mel et al. 2008 (very heterogeneous returns); value assumption': 'de Mel dkk. 2008 (imbal hasil sangat beragam); nilainya asumsi',
  'assumption (mid-range hand-made blangkon)': 'asumsi (blangkon buatan tangan kelas menengah)',
  'Surakarta minimum wage 2012: Rp 864,500': 'Upah minimum Surakarta 2012: Rp 864.500',
  'Lukito & Haryanto 2016: "modal" all goes to working capital; value assumption':
    'Lukito & Haryanto 2016: "modal" seluruhnya untuk modal kerja; nilainya asumsi',
  'Weijland 1999 (entry responds to income, slowed by crowding); value calibrated to Table 1.2':
    'Weijland 1999 (usaha baru menanggapi pendapatan, diperlambat oleh kepadatan); nilainya dikalibrasi ke Tabel 1.2',
  'McKenzie & Woodruff 2014 (training helps start-ups more than incumbents); value calibrated to Table 1.2':
    'McKenzie & Woodruff 2014 (pelatihan lebih membantu usaha baru daripada usaha lama); nilainya dikalibrasi ke Tabel 1.2',
  'Weijland 1999 (exit after sustained losses); value assumption': 'Weijland 1999 (keluar setelah rugi berkepanjangan); nilainya asumsi',
  'Lukito & Haryanto 2016 (agency trains); count assumption': 'Lukito & Haryanto 2016 (dinas melatih); jumlahnya asumsi',
  'Sandee et al. 1994 (programmes reach few producers per year); value assumption':
    'Sandee dkk. 1994 (program menjangkau sedikit pengrajin per tahun); nilainya asumsi',
  'McKenzie & Woodruff 2014': 'McKenzie & Woodruff 2014',
  'Lukito & Haryanto 2016 (direct and brochure socialisation)': 'Lukito & Haryanto 2016 (sosialisasi langsung dan melalui brosur)',
  'Lukito & Haryanto 2016 (fair published schedule); count assumption':
    'Lukito & Haryanto 2016 (jadwal pameran diumumkan); jumlahnya asumsi',
  'Lukito & Haryanto 2016 (producers can submit proposals); value assumption':
    'Lukito & Haryanto 2016 (pengrajin dapat mengajukan proposal); nilainya asumsi',
  'assumption (KUR micro loans up to Rp 25 M)': 'asumsi (KUR mikro hingga Rp 25 juta)',
  'Indonesian KUR rate 2012-14: 22%/yr': 'Bunga KUR Indonesia 2012-14: 22%/tahun',
  'Lukito & Haryanto 2016 (bank socialises credit)': 'Lukito & Haryanto 2016 (bank menyosialisasikan kredit)',
  'Lukito & Haryanto 2016 (association divides orders); rules from Albino et al. 2003':
    'Lukito & Haryanto 2016 (paguyuban membagi pesanan); aturan dari Albino dkk. 2003',
  'Lukito & Haryanto 2016 (association relays information)': 'Lukito & Haryanto 2016 (paguyuban meneruskan informasi)',
  'Lukito & Haryanto 2016 (Danar Hadi offered exhibitions unasked)': 'Lukito & Haryanto 2016 (Danar Hadi menawarkan pameran tanpa diminta)',
  'Lukito & Haryanto 2016 (trust medium)': 'Lukito & Haryanto 2016 (kepercayaan sedang)',
  'Pant & Yu 2025 (build 0.10)': 'Pant & Yu 2025 (pembentukan 0,10)',
  'Pant & Yu 2025 (erosion 0.30; Slovic 1993 asymmetry)': 'Pant & Yu 2025 (erosi 0,30; asimetri Slovic 1993)',
  'Pant & Yu 2025': 'Pant & Yu 2025',
  'Pant & Yu 2025 (0.03/period)': 'Pant & Yu 2025 (0,03/periode)',
  'Poppo & Zenger 2002 (contracts and trust are complements)': 'Poppo & Zenger 2002 (kontrak dan kepercayaan saling melengkapi)',
  'assumption, calibrated: status-quo fulfilment ~ 0.75 (commitments "can be denied")':
    'asumsi, dikalibrasi: pemenuhan janji pada status quo ~ 0,75 (komitmen "dapat diingkari")',
  'Emerson, Nabatchi & Balogh 2012 (shared motivation)': 'Emerson, Nabatchi & Balogh 2012 (motivasi bersama)',
  'Deffuant et al. 2000': 'Deffuant dkk. 2000',
  'Lukito & Haryanto 2016 (coordination incidental, around events)': 'Lukito & Haryanto 2016 (koordinasi insidental, seputar kegiatan)',
  'Lukito & Haryanto 2016 recommendation': 'rekomendasi Lukito & Haryanto 2016',
  'scenario lever': 'tuas skenario',
  'Lukito & Haryanto 2016 (purpose written in vision and mission); value assumption': 'Lukito & Haryanto 2016 (tujuan tertulis dalam visi dan misi); nilai asumsi',
  'Lukito & Haryanto 2016 (producers\' commitment is only "kept trust"); value assumption': 'Lukito & Haryanto 2016 (komitmen pengrajin hanya "kepercayaan yang dijaga"); nilai asumsi',
  'scenario lever (city-scale runs)': 'tuas skenario (simulasi skala kota)',
  'DeCaro, Janssen & Lee 2015': 'DeCaro, Janssen & Lee 2015',
  'DeCaro, Janssen & Lee 2015 (imposed rules crowd out voluntary cooperation and lower trust)':
    'DeCaro, Janssen & Lee 2015 (aturan yang dipaksakan melemahkan kerja sama sukarela dan menurunkan kepercayaan)',
  'Axelrod 1984; Ostrom 1990 (monitoring)': 'Axelrod 1984; Ostrom 1990 (pemantauan)',
  'Fudenberg & Maskin 1986; Ostrom 1990 (graduated sanctions)': 'Fudenberg & Maskin 1986; Ostrom 1990 (sanksi bertingkat)',
  'Ansell & Gash 2008 (face-to-face dialogue)': 'Ansell & Gash 2008 (dialog tatap muka)',
  'Ostrom 1990 design principle 1 (clear boundaries)': 'Ostrom 1990 prinsip desain 1 (batas yang jelas)',
  'Lukito & Haryanto 2016 (information one-way in status quo)': 'Lukito & Haryanto 2016 (informasi satu arah pada status quo)',
};

/** Indonesian units, keyed by the English unit of a declaration or outcome. */
export const UNITS_ID: Readonly<Record<string, string>> = {
  orders: 'pesanan',
  months: 'bulan',
  year: 'tahun',
  '-': '-',
  'pieces/worker-day': 'buah/pekerja-hari',
  'pieces/day': 'buah/hari',
  '1/year': '1/tahun',
  month: 'bulan',
  'calendar month': 'bulan kalender',
  multiplier: 'pengali',
  clusters: 'sentra',
  'pieces/day per exhibitor': 'buah/hari per peserta pameran',
  'pieces per exhibitor': 'buah per peserta pameran',
  '1/month': '1/bulan',
  producers: 'pengrajin',
  'workers/producer': 'pekerja/pengrajin',
  workers: 'pekerja',
  'log-sd': 'sd-log',
  days: 'hari',
  'Rp M/piece': 'Rp juta/buah',
  'share of price': 'porsi dari harga',
  'Rp M/worker-month': 'Rp juta/pekerja-bulan',
  'Rp M/month': 'Rp juta/bulan',
  share: 'porsi',
  'Rp M': 'Rp juta',
  'Rp M/worker': 'Rp juta/pekerja',
  'Rp M/year': 'Rp juta/tahun',
  'staff-days/month': 'hari-staf/bulan',
  'sessions/year': 'sesi/tahun',
  participants: 'peserta',
  'Rp M/session': 'Rp juta/sesi',
  'share/month': 'porsi/bulan',
  'staff-days/event': 'hari-staf/kegiatan',
  'staff-days/visit': 'hari-staf/kunjungan',
  probability: 'peluang',
  'exhibitions/year': 'pameran/tahun',
  'Rp M/exhibition': 'Rp juta/pameran',
  'events/year': 'kegiatan/tahun',
  utility: 'utilitas',
  '[0,1]': '[0,1]',
  rate: 'laju',
  'promise-keeping points': 'poin penepatan janji',
  'staff-days': 'hari-staf',
  workshops: 'usaha',
  persons: 'orang',
  loans: 'pinjaman',
  meetings: 'pertemuan',
  events: 'kegiatan',
  promises: 'janji',
  '0/1': '0/1',
};

/** Display labels of enum options and booleans, keyed by "parameter.option". */
export const OPTION_LABELS: Readonly<Record<string, Text>> = {
  'productionReading.cluster': { en: 'cluster total', id: 'total sentra' },
  'productionReading.producer': { en: 'per producer', id: 'per pengrajin' },
  'orderRule.equal': { en: 'equal shares', id: 'dibagi rata' },
  'orderRule.capacity': { en: 'by capacity', id: 'menurut kapasitas' },
  'orderRule.seniority': { en: 'by seniority and trust', id: 'menurut senioritas dan kepercayaan' },
  'mouSignatories.all': { en: 'all four stakeholders', id: 'keempat pemangku kepentingan' },
  'mouSignatories.agency-bank': { en: 'agency and bank only', id: 'hanya dinas dan bank' },
  'mouAdoption.negotiated': { en: 'negotiated', id: 'dirundingkan' },
  'mouAdoption.imposed': { en: 'imposed', id: 'dipaksakan' },
};

export function paramLabel(name: string, lang: Lang): string {
  const l = (PARAM_LABELS as Record<string, Text | undefined>)[name];
  return l ? l[lang] || l.en : name;
}

export function paramDescription(d: ParamDecl, lang: Lang): string {
  if (lang === 'id') return (PARAM_DESCRIPTIONS_ID as Record<string, string | undefined>)[d.name] ?? d.description;
  return d.description;
}

export function sourceText(source: string, lang: Lang): string {
  return lang === 'id' ? (SOURCES_ID[source] ?? source) : source;
}

export function unitText(unit: string, lang: Lang): string {
  return lang === 'id' ? (UNITS_ID[unit] ?? unit) : unit;
}

export function optionLabel(param: string, option: string, lang: Lang): string {
  const l = OPTION_LABELS[`${param}.${option}`];
  return l ? l[lang] || l.en : option;
}

/** A parameter value as a reader sees it: options by label, booleans as yes/no, numbers in the language's form. */
export function valueText(d: ParamDecl, value: unknown, lang: Lang): string {
  if (d.kind === 'bool') return t(value ? 'yes' : 'no', lang);
  if (d.kind === 'enum') return optionLabel(d.name, String(value), lang);
  const x = Number(value);
  if (d.min === -1 && x === -1) return `−1 (${t('never', lang)})`;
  if (Number.isInteger(x)) return fmt(x, 0, lang);
  // Three significant digits, at most six decimals, trailing zeros dropped.
  const digits = Math.min(6, Math.max(1, -Math.floor(Math.log10(Math.abs(x))) + 2));
  const s = fmt(x, digits, lang);
  const dec = lang === 'id' ? ',' : '.';
  return s.includes(dec) ? s.replace(/0+$/, '').replace(/[.,]$/, '') : s;
}

// ------------------------------------------------------------------ outcomes

interface OutcomeText {
  readonly label: Text;
  readonly descriptionId: string;
}

export const OUTCOME_TEXT: Readonly<Record<OutcomeName, OutcomeText>> = {
  producers: { label: { en: 'Producers', id: 'Pengrajin' }, descriptionId: 'Usaha blangkon yang aktif.' },
  workers: { label: { en: 'Workers', id: 'Tenaga kerja' }, descriptionId: 'Tenaga kerja di semua usaha aktif (termasuk pemilik).' },
  productionPerDay: {
    label: { en: 'Production', id: 'Produksi' },
    descriptionId:
      'Buah yang dibuat per hari kerja, menurut productionReading yang dipilih: total sentra ("cluster") atau rata-rata per usaha ("producer").',
  },
  meanCapital: { label: { en: 'Mean working capital', id: 'Rata-rata modal kerja' }, descriptionId: 'Rata-rata modal kerja per usaha aktif.' },
  totalCapital: {
    label: { en: 'Working capital, all workshops', id: 'Modal kerja, semua usaha' },
    descriptionId: 'Modal kerja seluruh usaha aktif.',
  },
  loansOutstanding: {
    label: { en: 'Credit outstanding', id: 'Kredit beredar' },
    descriptionId: 'Saldo pinjaman yang masih harus dilunasi (bank dan dana bersama).',
  },
  newLoans: { label: { en: 'New loans', id: 'Pinjaman baru' }, descriptionId: 'Pinjaman yang dicairkan bulan ini (bank dan dana bersama).' },
  defaults: { label: { en: 'Defaults', id: 'Kredit macet' }, descriptionId: 'Pinjaman yang dihapusbukukan sebagai macet bulan ini.' },
  shareTrained: {
    label: { en: 'Share trained', id: 'Porsi yang terlatih' },
    descriptionId: 'Porsi usaha aktif yang pemiliknya pernah mengikuti pelatihan dinas.',
  },
  ordersPerDay: {
    label: { en: 'Orders', id: 'Pesanan' },
    descriptionId: 'Pesanan yang diterima sentra per hari kerja (termasuk penjualan pameran), total sentra.',
  },
  unmetPerDay: {
    label: { en: 'Unmet demand', id: 'Permintaan tak terlayani' },
    descriptionId: 'Pesanan yang tidak dapat dilayani sentra, per hari kerja.',
  },
  price: { label: { en: 'Price', id: 'Harga' }, descriptionId: 'Rata-rata harga per buah (harga standar dikurangi banting harga).' },
  undercutShare: {
    label: { en: 'Share undercutting', id: 'Porsi yang membanting harga' },
    descriptionId: 'Porsi usaha yang menjual di bawah harga standar bulan ini.',
  },
  meetings: { label: { en: 'Meetings', id: 'Pertemuan' }, descriptionId: 'Pertemuan koordinasi yang diadakan bulan ini.' },
  jointEvents: {
    label: { en: 'Joint events', id: 'Kegiatan bersama' },
    descriptionId: 'Kegiatan program yang diselenggarakan bersama oleh lebih dari satu pemangku kepentingan bulan ini, dan pesanan bersama yang didapat.',
  },
  commitmentsKept: { label: { en: 'Promises kept', id: 'Janji ditepati' }, descriptionId: 'Janji yang ditepati bulan ini (semua pemangku kepentingan).' },
  commitmentsDenied: {
    label: { en: 'Promises denied', id: 'Janji diingkari' },
    descriptionId: 'Janji yang diingkari bulan ini (semua pemangku kepentingan, termasuk kredit macet).',
  },
  meanTrust: {
    label: { en: 'Mean trust', id: 'Rata-rata kepercayaan' },
    descriptionId: 'Rata-rata kepercayaan berarah antara dinas, bank, paguyuban, dan pengrajin.',
  },
  constrainedShare: { label: { en: 'Capital-constrained workshops', id: 'Usaha terkendala modal' }, descriptionId: 'Porsi usaha aktif yang produksinya bulan ini dibatasi modal kerja.' },
  jointOrdersPerDay: { label: { en: 'Joint orders', id: 'Pesanan bersama' }, descriptionId: 'Pesanan bersama (dicarikan dinas, dibiayai bank, dibagi paguyuban) yang sedang dikerjakan, per hari kerja.' },
  jointOrders: { label: { en: 'Joint orders won', id: 'Pesanan bersama didapat' }, descriptionId: 'Pesanan bersama yang didapat bulan ini (dinas, bank dan paguyuban menepati bagiannya).' },
  publicSpending: { label: { en: 'Public spending', id: 'Belanja publik' }, descriptionId: 'Uang publik untuk sentra bulan ini: pelatihan, pameran dan hibah dinas, serta iuran dinas dan bank ke dana bersama.' },
  publicSpendingTraining: {
    label: { en: 'Public spending: training', id: 'Belanja publik: pelatihan' },
    descriptionId: 'Bagian belanja publik: pelatihan dinas yang diadakan bulan ini.',
  },
  publicSpendingExhibitions: {
    label: { en: 'Public spending: exhibitions', id: 'Belanja publik: pameran' },
    descriptionId: 'Bagian belanja publik: pameran dinas yang diadakan bulan ini.',
  },
  publicSpendingAidGrants: {
    label: { en: 'Public spending: aid grants', id: 'Belanja publik: hibah bantuan' },
    descriptionId: 'Bagian belanja publik: hibah bantuan dinas yang dibayarkan kepada usaha bulan ini (proposal yang diputuskan).',
  },
  publicSpendingAgencyFund: {
    label: { en: 'Public spending: agency fund contributions', id: 'Belanja publik: iuran dinas ke dana bersama' },
    descriptionId: 'Bagian belanja publik: iuran dinas ke dana bersama MoU bulan ini.',
  },
  publicSpendingBankFund: {
    label: { en: 'Public spending: bank fund contributions', id: 'Belanja publik: iuran bank ke dana bersama' },
    descriptionId: 'Bagian belanja publik: iuran bank milik kota ke dana bersama MoU bulan ini (dari dana pinjamannya).',
  },
  agencyStaffDaysUsed: {
    label: { en: 'Agency staff-days used', id: 'Hari-staf dinas terpakai' },
    descriptionId: 'Waktu staf dinas yang terpakai bulan ini: pertemuan, pelatihan, pameran, pembinaan, keputusan proposal, dan mencarikan pesanan bersama.',
  },
  loansDisbursed: {
    label: { en: 'Loans disbursed', id: 'Kredit dicairkan' },
    descriptionId: 'Uang pinjaman yang dicairkan kepada usaha bulan ini (kredit bank, pinjaman dana bersama, uang muka pesanan bersama).',
  },
  loansWrittenOff: {
    label: { en: 'Loans written off', id: 'Kredit dihapusbukukan' },
    descriptionId: 'Sisa pinjaman yang dihapusbukukan karena macet bulan ini (bank dan dana bersama).',
  },
  revenue: { label: { en: "Producers' revenue", id: 'Pendapatan penjualan pengrajin' }, descriptionId: 'Penjualan pengrajin bulan ini (buah yang dibuat dikali harga jual), total sentra.' },
  materialCosts: { label: { en: 'Material costs', id: 'Biaya bahan' }, descriptionId: 'Belanja bahan para pengrajin bulan ini, total sentra.' },
  wagesPaid: {
    label: { en: 'Wages paid', id: 'Upah dibayarkan' },
    descriptionId: 'Upah yang dibayarkan kepada pekerja upahan bulan ini (pemilik tidak diupah), total sentra.',
  },
  householdIncome: {
    label: { en: 'Household income (owners\' draws)', id: 'Pendapatan rumah tangga (ambilan pemilik)' },
    descriptionId: 'Uang yang diambil rumah tangga pemilik dari usahanya bulan ini, total sentra.',
  },
  loanRepayments: {
    label: { en: 'Loan repayments', id: 'Angsuran pinjaman' },
    descriptionId: 'Angsuran pinjaman yang dibayar bulan ini (pokok dan bunga; bank, dana bersama dan uang muka), total sentra.',
  },
  mouInForce: { label: { en: 'MoU in force', id: 'MoU berlaku' }, descriptionId: '1 selama MoU yang telah ditandatangani berlaku.' },
  networkedStructure: {
    label: { en: 'Networked structure', id: 'Struktur jaringan' },
    descriptionId:
      'Struktur jaringan: separuh kepadatan ikatan kerja (pasangan dari keempat pemangku kepentingan yang berinteraksi dalam 12 bulan terakhir), separuh keteraturan koordinasi (1 - koefisien variasi jarak antarpertemuan terakhir, diskalakan dengan jumlah pertemuan/4 per tahun). Ikatan yang ada tetapi hanya bertemu secara insidental bernilai sedang.',
  },
  commitment: {
    label: { en: 'Commitment to a common purpose', id: 'Komitmen terhadap tujuan bersama' },
    descriptionId:
      'Komitmen terhadap tujuan bersama: porsi janji yang ditepati (dihaluskan dengan Beta, 12 bulan) dikali rata-rata kesepakatan para pemangku kepentingan atas tujuan bersama. Tujuan yang disepakati tetapi dapat diingkari bernilai sedang-rendah.',
  },
  trust: {
    label: { en: 'Trust among participants', id: 'Saling percaya antarpelaku' },
    descriptionId:
      'Saling percaya antarpelaku: rata-rata kepercayaan berarah atas 12 pasangan dari keempat pemangku kepentingan (kepercayaan pengrajin dirata-ratakan atas usaha aktif).',
  },
  governance: {
    label: { en: 'Governance (rules)', id: 'Kepastian tata kelola (aturan)' },
    descriptionId:
      'Tata kelola: separuh porsi dari 6 pasangan pemangku kepentingan yang terikat aturan tertulis yang disepakati (pasangan MoU; standar harga paguyuban dihitung untuk pasangan pengrajin-paguyuban sebanding dengan kepatuhan), separuh porsi pengingkaran yang terdeteksi dan dikenai sanksi.',
  },
  accessToAuthority: {
    label: { en: 'Access to authority', id: 'Akses terhadap kewenangan' },
    descriptionId:
      'Akses terhadap kewenangan: porsi proposal pengrajin yang mendapat keputusan dari dinas sebelum kedaluwarsa (dihaluskan dengan Beta, 12 bulan).',
  },
  accountability: {
    label: { en: 'Shared accountability', id: 'Pembagian akuntabilitas' },
    descriptionId:
      'Akuntabilitas/tanggung jawab distributif: porsi kegiatan program (pelatihan, pameran, sosialisasi) yang direncanakan dan dilaksanakan bersama oleh lebih dari satu pemangku kepentingan (dihaluskan dengan Beta, 12 bulan).',
  },
  informationSharing: {
    label: { en: 'Information sharing', id: 'Berbagi informasi' },
    descriptionId:
      'Berbagi informasi: 3/4 jangkauan (porsi usaha yang menerima informasi pemangku kepentingan dalam 3 bulan terakhir) ditambah 1/4 keseimbangan dua arah (laporan ke atas / pesan ke bawah, paling besar 1).',
  },
  accessToResources: {
    label: { en: 'Access to resources', id: 'Akses terhadap sumber daya' },
    descriptionId:
      'Akses terhadap sumber daya (sisi pengrajin): separuh kecukupan modal (rata-rata modal kerja dibanding kebutuhan usaha berukuran penuh, paling besar 1), separuh jangkauan eksternal (porsi usaha yang menerima pinjaman atau bantuan dalam 12 bulan terakhir).',
  },
  composite: {
    label: { en: 'Collaboration index', id: 'Indeks kolaborasi' },
    descriptionId: 'Indeks kolaborasi: rata-rata tak berbobot dari kedelapan skor DeSeve.',
  },
};

const OUTCOME_BY_NAME = new Map(OUTCOMES.map((o) => [o.name, o]));

export function outcomeLabel(name: string, lang: Lang): string {
  const o = (OUTCOME_TEXT as Record<string, OutcomeText | undefined>)[name];
  return o ? o.label[lang] || o.label.en : name;
}

export function outcomeUnit(name: string, lang: Lang): string {
  return unitText(OUTCOME_BY_NAME.get(name)?.unit ?? '', lang);
}

export function outcomeDescription(name: string, lang: Lang): string {
  const en = OUTCOME_BY_NAME.get(name)?.description ?? '';
  if (lang === 'en') return en;
  return (OUTCOME_TEXT as Record<string, OutcomeText | undefined>)[name]?.descriptionId ?? en;
}

/** "Label (unit)" for axis titles; no unit for scores in [0,1]. */
export function outcomeAxis(name: string, lang: Lang): string {
  const u = outcomeUnit(name, lang);
  return u && u !== '-' ? `${outcomeLabel(name, lang)} (${u})` : outcomeLabel(name, lang);
}

// ------------------------------------------------------------------ scenarios

/** Indonesian descriptions of the preset scenarios, keyed by name. */
export const SCENARIO_DESCRIPTIONS_ID: Readonly<Record<string, string>> = {
  'mou-hollow':
    'MoU ditandatangani semua pihak tanpa isi: tanpa pemantauan, sanksi, pertemuan terjadwal, kejelasan peran, saluran umpan balik, dana, maupun perundingan. Pemeriksaan bahwa tanda tangan saja tidak mengubah apa pun.',
  'status-quo-equal-spending':
    'Tanpa MoU, tetapi dengan uang publik dan program yang kira-kira sama dengan `mou`: lebih banyak pelatihan dan pameran terjadwal. Pembanding yang memisahkan apa yang ditambahkan oleh ikatan dari apa yang ditambahkan oleh belanja.',
  'status-quo': 'Tanpa MoU: koordinasi insidental, janji dapat diingkari (keadaan tahun 2015).',
  mou: 'MoU mengikat yang dirundingkan keempat pemangku kepentingan sejak bulan 1 dan ditandatangani setelah kepercayaan dan dua pertemuan dengan semua penanda tangan tercapai (median bulan 11): pemantauan, sanksi, pertemuan setiap 2 bulan, peran yang jelas, saluran proposal.',
  'mou-late': 'MoU yang sama, dirundingkan sejak Januari tahun ke-3 (bulan 25).',
  'mou-weak': 'MoU ditandatangani tetapi tidak ditegakkan: tanpa pemantauan dan tanpa sanksi.',
  'mou-imposed': 'MoU dipaksakan dari atas, bukan dirundingkan: ditandatangani tanpa memandang kepercayaan, melemahkan motivasi.',
  'mou-partial': 'MoU parsial: hanya dinas dan bank yang menandatangani.',
  'mou-fund': 'MoU ditambah dana bersama Rp 60 juta per tahun dari dinas dan bank, dipinjamkan tanpa bunga.',
  'mou-lapse': 'MoU yang berakhir setelah masa 3 tahun dan tidak diperpanjang.',
  'strong-association':
    'Tanpa MoU, tetapi paguyuban diperkuat (lebih banyak penyaluran pesanan, penerusan informasi, dan kehadiran).',
  'market-linkage':
    'Tanpa MoU, keterkaitan pasar lebih kuat: pameran dua kali lipat dan tawaran perusahaan luar tiga kali lipat (jalur Danar Hadi).',
  'dress-rule-dropped': 'Status quo dengan aturan busana hari Kamis dihapus mulai Januari 2015 (bulan 37).',
  'mou-dress-rule-dropped': 'MoU dirundingkan sejak bulan 1, dan aturan busana hari Kamis dihapus mulai Januari 2015.',
  'city-scale':
    'Status quo pada skala kota: 1.512 industri kecil Surakarta di 5 kecamatan, masing-masing dengan paguyubannya; permintaan diskalakan 1512/26 (program dinas dan bank tetap seukuran Serengan).',
};

export function scenarioDescription(name: string, english: string, lang: Lang): string {
  // Only a preset's own text is translated: a user scenario that reuses a preset's
  // name with a text of its own keeps that text.
  const preset = PRESETS.find((p) => p.name === name);
  return lang === 'id' && preset?.description === english && SCENARIO_DESCRIPTIONS_ID[name] ? SCENARIO_DESCRIPTIONS_ID[name] : english;
}

/** How a cost ratio reads from its signs (analysis/costs.ts costReading): nothing for a plain cost. */
export function costReadingText(reading: 'cost' | 'dominates' | 'dominated' | 'saving', lang: Lang): string {
  return reading === 'cost' ? '' : t(({ dominates: 'costDominates', dominated: 'costDominated', saving: 'costSaving' } as const)[reading], lang);
}
