import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSnippets } from '../../../src/share/snippet';

const siteUrl = 'https://maps.example.org/weapons/';

describe('embed snippets', () => {
  it('builds the documented iframe, script and link', () => {
    const s = buildSnippets({
      siteUrl,
      params: { date: '2024-06-01', weapon: 'atacms', v: '2026-11-22' },
      size: 'responsive',
      title: 'Map: where Ukraine could use US weapons, 1 June 2024',
    });
    expect(s.embedUrl).toBe(
      'https://maps.example.org/weapons/embed/?date=2024-06-01&weapon=atacms&v=2026-11-22',
    );
    expect(s.iframe).toBe(
      '<iframe src="https://maps.example.org/weapons/embed/?date=2024-06-01&amp;weapon=atacms&amp;v=2026-11-22" title="Map: where Ukraine could use US weapons, 1 June 2024" ' +
        'width="100%" height="680" style="border:0;max-width:100%" loading="lazy" allow="fullscreen" data-permission-map></iframe>',
    );
    // The versioned, integrity-pinned script: hash the published file independently (audit D8).
    const bytes = readFileSync('public/embed/auto-height.js');
    const version = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    expect(s.iframeWithScript).toBe(
      `${s.iframe}\n<script src="https://maps.example.org/weapons/embed/auto-height-${version}.js" ` +
        `integrity="${sri}" crossorigin="anonymous" async></script>`,
    );
    expect(s.link).toBe('https://maps.example.org/weapons/?date=2024-06-01&weapon=atacms&v=2026-11-22');
  });

  it('uses fixed sizes for presets, keeps embed-only flags out of the app link, and escapes the title', () => {
    const s = buildSnippets({
      siteUrl,
      params: { static: true, legend: false },
      size: 'small',
      title: 'A "quoted" <title> & more',
    });
    expect(s.iframe).toContain('width="400" height="560"');
    expect(s.iframe).toContain('title="A &quot;quoted&quot; &lt;title> &amp; more"');
    expect(s.embedUrl).toBe('https://maps.example.org/weapons/embed/?legend=0&static=1');
    expect(s.link).toBe('https://maps.example.org/weapons/');
  });
});
