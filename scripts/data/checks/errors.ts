// The error record every check returns, and how `npm run check:data` prints it.

export interface DataError {
  /** Path relative to the data directory, e.g. 'events/2024.yaml'. */
  file: string;
  line?: number;
  /** The record: 'event "2024-05-30-kharkiv-counter-fire"', 'transition #12 (from 2024-05-30)'… */
  record?: string;
  /** The field inside the record, e.g. 'sources[0].url'. */
  field?: string;
  message: string;
}

export function formatError(e: DataError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const parts = [where, e.record, e.field].filter(Boolean);
  return `${parts.join(': ')}: ${e.message}`;
}
