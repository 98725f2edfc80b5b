/**
 * A small, deterministic abalone-like dataset in the shape of the UCI abalone data that
 * SageMaker's abalone pipeline example uploads: no header, the columns sex (M, F or I), length,
 * diameter, height, whole_weight, shucked_weight, viscera_weight, shell_weight and rings. Ages
 * follow a hidden variable that the measurements track, so a linear model learns the rings.
 */

const SEXES = ['M', 'F', 'I'] as const;

export interface AbaloneRow {
  sex: (typeof SEXES)[number];
  /** length, diameter, height, whole, shucked, viscera and shell weight. */
  measurements: number[];
  rings: number;
}

/** mulberry32: a tiny seeded generator, so the data is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` rows from the generator seeded with `seed`. */
export function abaloneRows(count: number, seed: number): AbaloneRow[] {
  const random = seeded(seed);
  const normal = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return Array.from({ length: count }, () => {
    const sex = SEXES[Math.floor(random() * SEXES.length)]!;
    const age = sex === 'I' ? 0.35 * random() : 0.2 + 0.8 * random();
    const length = Math.max(0.08, 0.2 + 0.5 * age + 0.015 * normal());
    const diameter = 0.79 * length + 0.01 * normal();
    const height = Math.max(0.01, 0.27 * length + 0.008 * normal());
    const whole = Math.max(0.01, 2.2 * length ** 2 + 0.03 * normal());
    const measurements = [
      length,
      diameter,
      height,
      whole,
      0.43 * whole + 0.01 * normal(),
      0.22 * whole + 0.005 * normal(),
      0.29 * whole + 0.01 * normal(),
    ].map((value) => round(Math.max(0.001, value), 4));
    const rings = Math.max(1, Math.round(3 + 15 * age + (sex === 'F' ? 0.6 : 0) + normal()));
    return { sex, measurements, rings };
  });
}

/** The raw dataset as the example's `abalone-dataset.csv`: no header, rings last. */
export function datasetCsv(rows: readonly AbaloneRow[]): string {
  return rows.map((row) => [row.sex, ...row.measurements, row.rings].join(',') + '\n').join('');
}

/**
 * The batch input, as the example's `abalone-dataset-batch`: rows already encoded the way
 * `preprocessing.py` encodes them (sex one-hot as F, I, M, then the measurements), without the
 * label and without a header.
 */
export function batchCsv(rows: readonly AbaloneRow[]): string {
  return rows
    .map((row) => {
      const oneHot = (['F', 'I', 'M'] as const).map((sex) => (row.sex === sex ? 1 : 0));
      return [...oneHot, ...row.measurements].join(',') + '\n';
    })
    .join('');
}
