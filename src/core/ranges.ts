/** Range sets shared by the detectors. */
import type { Range } from './detect-types';

/** A fixed set of ranges, for overlap tests in logarithmic time (sorted starts, running furthest end). */
export class Occupied {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(ranges: readonly Range[]) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    this.maxEnd = [];
    let max = -1;
    for (const r of sorted) this.maxEnd.push((max = Math.max(max, r.end)));
  }

  overlaps(r: Range): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < r.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && this.maxEnd[last] > r.start;
  }
}
