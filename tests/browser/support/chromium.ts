// The browser tests, the screenshots and the bench launch Chromium alike (scripts/browser/chromium.ts).
export { chromiumPath, CHROMIUM_ARGS } from '../../../scripts/browser/chromium';
