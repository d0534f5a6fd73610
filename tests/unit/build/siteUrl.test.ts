import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '../../../scripts/build/siteUrl';

describe('SITE_URL for deploy builds', () => {
  it('is required by a deploy build, with a message saying how to set it', () => {
    expect(() => resolveSiteUrl({}, 'deploy')).toThrow(/SITE_URL is required for a deploy build/);
    expect(() => resolveSiteUrl({ SITE_URL: '  ' }, 'deploy')).toThrow(/required/);
  });

  it('is optional for local builds', () => {
    expect(resolveSiteUrl({}, 'production')).toBeUndefined();
  });

  it('gets a trailing slash, and must be absolute http(s) without query or hash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://example.org/map' }, 'deploy')).toBe(
      'https://example.org/map/',
    );
    for (const bad of [
      'example.org/map/',
      'ftp://example.org/',
      'https://example.org/?a=1',
      'https://x.org/#y',
    ])
      expect(() => resolveSiteUrl({ SITE_URL: bad }, 'deploy'), bad).toThrow(/SITE_URL/);
    expect(() => resolveSiteUrl({ SITE_URL: 'http://example.org/' }, 'deploy')).toThrow(/https/);
  });
});
