import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { registerServiceWorker } from '../../../src/app/serviceWorker';
import { TODAY } from '../../support/today';

// Where the offline copy may be installed: the full app, an embed opened on its own; never an
// embed inside a host page (it would land in the host's storage partition), never a pinned view.

interface FakeWindow {
  win: Window;
  register: ReturnType<typeof vi.fn>;
}

/** A window whose `top` is itself (top level), another window, or a cross-origin getter that throws. */
function fakeWindow(top: 'self' | 'other' | 'throws'): FakeWindow {
  const register = vi.fn(() => Promise.resolve(undefined));
  const win = {
    navigator: { serviceWorker: { register, addEventListener: () => {}, controller: null } },
    document: { querySelector: () => null },
    location: { href: 'https://maps.example/embed/', reload: () => {} },
  } as unknown as Window & { self: Window };
  Object.defineProperty(win, 'self', { value: win });
  Object.defineProperty(win, 'top', {
    get: () => {
      if (top === 'throws') throw new DOMException('Blocked a frame', 'SecurityError');
      return top === 'self' ? win : ({} as Window);
    },
  });
  return { win, register };
}

const store = () => createAppStore({ today: TODAY, date: TODAY, weapon: 'all', zone: null, lang: 'en' });

describe('registerServiceWorker', () => {
  // The worker is registered by built pages only (import.meta.env.PROD).
  beforeEach(() => vi.stubEnv('PROD', true));
  afterEach(() => vi.unstubAllEnvs());

  it('registers for the full app, framed or not', () => {
    for (const top of ['self', 'other'] as const) {
      const { win, register } = fakeWindow(top);
      registerServiceWorker(store(), win, { page: 'app', pinned: false });
      expect(register, top).toHaveBeenCalledTimes(1);
    }
  });

  it('registers for an embed opened at the top level', () => {
    const { win, register } = fakeWindow('self');
    registerServiceWorker(store(), win, { page: 'embed', pinned: false });
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does not register for an embed inside a host page, same-origin or cross-origin', () => {
    for (const top of ['other', 'throws'] as const) {
      const { win, register } = fakeWindow(top);
      registerServiceWorker(store(), win, { page: 'embed', pinned: false });
      expect(register, top).not.toHaveBeenCalled();
    }
  });

  it('does not register for a pinned view', () => {
    for (const page of ['app', 'embed'] as const) {
      const { win, register } = fakeWindow('self');
      registerServiceWorker(store(), win, { page, pinned: true });
      expect(register, page).not.toHaveBeenCalled();
    }
  });
});
