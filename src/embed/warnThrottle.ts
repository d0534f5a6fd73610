/** At most this many warnings per window; then one line says the rest are being dropped. */
const MAX_WARNINGS = 10;
const WINDOW_MS = 10_000;
const MAX_PREVIEW = 120;

/** A short, safe description of a payload: a hostile frame can send a 1 MiB string. */
export function previewOf(data: unknown): string {
  let text: string;
  try {
    text = typeof data === 'string' ? JSON.stringify(data) : (JSON.stringify(data) ?? String(data));
  } catch {
    text = Object.prototype.toString.call(data);
  }
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW)}… (${text.length} characters)` : text;
}

/**
 * Console warnings for malformed host messages, throttled so a flood of bad messages cannot
 * flood the console (audit D12), and each one truncated.
 */
export function createWarner(
  warn: (text: string) => void = (text) => console.warn(text),
  now: () => number = Date.now,
): (reason: string, data: unknown) => void {
  let windowStart = -Infinity;
  let count = 0;
  return (reason, data) => {
    const t = now();
    if (t - windowStart >= WINDOW_MS) {
      windowStart = t;
      count = 0;
    }
    count++;
    if (count <= MAX_WARNINGS) warn(`permission-map: ignored a message: ${reason}: ${previewOf(data)}`);
    else if (count === MAX_WARNINGS + 1)
      warn(`permission-map: more malformed messages; their warnings are dropped for ${WINDOW_MS / 1000} s`);
  };
}
