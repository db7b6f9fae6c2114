/** Least-squares slope of y over x (same units as y per unit of x); NaN with fewer than two points. */
export function leastSquaresSlope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}

/**
 * How much the lowest point rises from the first half of the samples to the second, per unit of x. Each
 * half's minimum is what the process held right after a major collection (when a half spans at least one);
 * a leak raises that floor, while the collector's sawtooth above it does not.
 */
export function floorRise(points: { x: number; y: number }[]): number {
  if (points.length < 4) return Number.NaN;
  const middle = Math.floor(points.length / 2);
  const first = points.slice(0, middle);
  const second = points.slice(middle);
  const span = (second[0].x - first[0].x + (second.at(-1)?.x ?? 0) - (first.at(-1)?.x ?? 0)) / 2;
  const lowest = (half: { y: number }[]) => Math.min(...half.map((p) => p.y));
  return span > 0 ? (lowest(second) - lowest(first)) / span : Number.NaN;
}
