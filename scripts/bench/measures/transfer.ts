// Transfer: every file a page's first view requests, sized from dist/ (raw, gzip -9, brotli 11).
// The offline copy, which the service worker downloads once the first view is complete, is not
// part of the first view: it is sized apart (`background`).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newContext, openPage } from '../browser';
import { DIST, MeasurementError, ORIGIN, type PageId, type PageSpec } from '../config';
import { fileForPath } from '../server';

export interface TransferFile {
  file: string;
  kind: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export interface TransferResult {
  page: PageId;
  files: TransferFile[];
  total: Totals;
  /** What the service worker fetched for the offline copy, in the same window. */
  background: { files: number; total: Totals };
  unmatched: string[];
}

interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
}

const sum = (list: TransferFile[]): Totals =>
  list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

function kindOf(file: string): string {
  if (file.endsWith('.html')) return 'html';
  if (file.includes('maplibre-gl-worker')) return 'worker';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.geojson')) return 'geometry';
  if (file.endsWith('.json') || file.endsWith('.csv')) return 'data';
  return 'other';
}

function sizes(path: string, file: string): TransferFile {
  const buffer = readFileSync(path);
  const brotli = brotliCompressSync(buffer, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
  return {
    file,
    kind: kindOf(file),
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli,
  };
}

export async function measureTransfer(
  browser: Browser,
  spec: PageSpec,
  errors: string[],
): Promise<TransferResult> {
  const context = await newContext(browser);
  try {
    const urls: string[] = [];
    const workerUrls: string[] = [];
    const failed: string[] = [];
    context.on('requestfinished', (request) =>
      (request.serviceWorker() ? workerUrls : urls).push(request.url()),
    );
    context.on('requestfailed', (request) =>
      failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
    );
    const page = await openPage(context, spec, errors);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    if (failed.length > 0) throw new MeasurementError(`${spec.id}: requests failed: ${failed.join(', ')}`);
    const { list, unmatched } = sizedFiles(urls);
    const background = sizedFiles(workerUrls).list;
    return {
      page: spec.id,
      files: list,
      total: sum(list),
      background: { files: background.length, total: sum(background) },
      unmatched,
    };
  } finally {
    await context.close();
  }
}

function sizedFiles(urls: string[]): { list: TransferFile[]; unmatched: string[] } {
  const files = new Map<string, TransferFile>();
  const unmatched: string[] = [];
  for (const url of urls) {
    const path = url.startsWith(ORIGIN) ? fileForPath(DIST, new URL(url).pathname) : null;
    if (!path) {
      unmatched.push(url);
      continue;
    }
    const file = relative(DIST, path);
    if (!files.has(file)) files.set(file, sizes(path, file));
  }
  return { list: [...files.values()].sort((a, b) => b.gzip - a.gzip), unmatched };
}
