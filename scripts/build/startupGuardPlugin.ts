import type { Plugin } from 'vite';
import { LANGS } from '../../src/i18n/locale.ts';
import { buildMessages } from './catalogues.ts';
import { startupGuardScript, type StartupTexts } from './startupGuard.ts';

/** The guard's texts come from the message catalogues, like every other text a reader sees. */
function texts(): Record<string, StartupTexts> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const t = buildMessages(lang);
      return [
        lang,
        { startFailedTitle: t.startFailedTitle, startFailedBody: t.startFailedBody, reload: t.reload },
      ];
    }),
  );
}

/**
 * Adds the startup guard (scripts/build/startupGuard.ts) right after <meta charset> (which must
 * stay in the first 1024 bytes) in the app and the embed: before any script or preload it watches.
 */
export function startupGuardPlugin(): Plugin {
  return {
    name: 'permission-map-startup-guard',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('id="root"')) return html;
        const script = `<script>${startupGuardScript(texts())}</script>`;
        return html.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    ${script}`);
      },
    },
  };
}
