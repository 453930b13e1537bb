/** Small helpers the exporters share. */
import type { Annotations, Person } from '../model';

/** Line numbers (1-based) for offsets of one text. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export interface SpeakerInfo {
  name: string;
  type: 'person' | 'organization';
  role: string | null;
}

/** Speaker ids (people and organisations) to names and roles. */
export function speakers(a: Annotations): Map<string, SpeakerInfo> {
  const m = new Map<string, SpeakerInfo>();
  for (const o of a.organizations) m.set(o.id, { name: o.name, type: 'organization', role: null });
  for (const p of a.people as Person[]) m.set(p.id, { name: p.name, type: 'person', role: p.role });
  return m;
}

/** One line: line breaks, tabs and other control characters as single spaces. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** The file name without folders (either separator). */
export function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? file : file.slice(i + 1);
}
