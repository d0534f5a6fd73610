import type { XY } from '../plane.ts';

/** Nearest point on a polyline, with per-segment bounding boxes to skip far segments. */
export class LineIndex {
  private boxes: Float64Array;
  private hint = 1;
  constructor(private line: readonly XY[]) {
    this.boxes = new Float64Array(line.length * 4);
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      this.boxes.set(
        [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
        i * 4,
      );
    }
  }
  nearest(p: XY): { d: number; q: XY } {
    const line = this.line;
    let best = Infinity;
    let q: XY = line[0]!;
    const test = (i: number) => {
      const a = line[i - 1]!;
      const b = line[i]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const x = a[0] + t * dx;
      const y = a[1] + t * dy;
      const d2 = (x - p[0]) ** 2 + (y - p[1]) ** 2;
      if (d2 < best) {
        best = d2;
        q = [x, y];
        this.hint = i;
      }
    };
    test(this.hint);
    const bx = this.boxes;
    for (let i = 1; i < line.length; i++) {
      const ex = Math.max(bx[i * 4]! - p[0], 0, p[0] - bx[i * 4 + 2]!);
      const ey = Math.max(bx[i * 4 + 1]! - p[1], 0, p[1] - bx[i * 4 + 3]!);
      if (ex * ex + ey * ey > best) continue;
      test(i);
    }
    return { d: Math.sqrt(best), q };
  }
}
