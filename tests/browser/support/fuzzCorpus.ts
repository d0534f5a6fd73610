// A seeded corpus of hostile URLs and host messages for tests/browser/fuzz.spec.ts: the same seed
// always gives the same corpus, so a failure can be replayed.

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(document.domain)',
  '__proto__',
  'constructor',
  'prototype',
  '%',
  '%E0%A4%A',
  '\u0000',
  '😀🇺🇦',
  'Київ',
  '2022-02-23',
  '2099-01-01',
  '0000-00-00',
  '2024-02-30',
  '2024-06-01',
  'himars',
  'atacms',
  'crimea',
  'kharkiv-sector',
  'uk',
  'en',
  'dark',
  '1',
  '0',
  'parent',
  'https://evil.example',
  'x'.repeat(2000),
];
const NAMES = [
  'date',
  'weapon',
  'zone',
  'lang',
  'theme',
  'v',
  'controls',
  'legend',
  'static',
  'commands',
  'Date',
  'wepon',
  '__proto__',
  'constructor[prototype][polluted]',
  'utm_source',
  'a[]',
  '',
];

export function fuzzUrls(seed: number, count: number): string[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const pairs = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => {
      const raw = rnd() < 0.2;
      const name = pick(NAMES);
      const value = pick(PAYLOADS);
      return raw
        ? `${name}=${value.replace(/[&#]/g, '')}`
        : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
    });
    return `${i % 2 ? 'embed/' : './'}?${pairs.join('&')}`;
  });
}

/** Messages as JSON-able values (what postMessage can carry from a test). */
export function fuzzMessages(seed: number, count: number): unknown[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const types = [
    'permission-map:set',
    'permission-map:get-state',
    'permission-map:auto-height',
    'permission-map:state',
    'permission-map:reload',
    'iframe.resize',
    42,
    null,
  ];
  const value = (): unknown =>
    pick<() => unknown>([
      () => pick(PAYLOADS),
      () => rnd() * 1e9,
      () => rnd() < 0.5,
      () => null,
      () => [pick(PAYLOADS)],
      () => ({ nested: pick(PAYLOADS) }),
      () => JSON.parse('{"__proto__":{"polluted":true}}'),
    ])();
  return Array.from({ length: count }, () => {
    if (rnd() < 0.1) return value();
    const message: Record<string, unknown> = { type: pick(types) };
    for (const field of ['date', 'weapon', 'zone', 'playing', 'requestId', 'extra'])
      if (rnd() < 0.4) message[field] = value();
    return message;
  });
}
