/** A linear model over hashed features: adds each class's score into `out` (zeroed first). */
export interface Scorer {
  readonly classes: number;
  score(features: Uint32Array, count: number, out: Float64Array): void;
}
