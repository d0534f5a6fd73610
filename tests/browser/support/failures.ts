import type { Page } from '@playwright/test';

/** Lets a test serve one file broken: a status, a body, or no answer at all. */
export async function breakFile(
  page: Page,
  pattern: RegExp,
  how: { status?: number; body?: string } | 'hang',
): Promise<void> {
  await page.route(pattern, (route) => {
    if (how === 'hang') return; // never answered
    return route.fulfill({
      status: how.status ?? 200,
      body: how.body ?? '',
      contentType: 'application/json',
    });
  });
}

/** Records Content-Security-Policy violations from the first script on (also in frames). */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return async () => {
    const fromFrames = await Promise.all(
      page
        .frames()
        .map((f) =>
          f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []),
        ),
    );
    return [...fromFrames.flat(), ...consoleCsp];
  };
}
