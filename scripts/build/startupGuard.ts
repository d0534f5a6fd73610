// The startup guard: a tiny inline script (allowed by its CSP hash) that shows a translated
// message with a reload button when the page's own code fails to load (a 404 chunk after a
// partial deploy, a stale cache, a dropped connection), instead of a blank page (audit D3).
// Plain ES5 text, so it runs where no module can; it builds the message with textContent only.

export interface StartupTexts {
  startFailedTitle: string;
  startFailedBody: string;
  reload: string;
}

const GUARD = `function (texts) {
  var shown = false;
  function show() {
    var root = document.getElementById('root');
    if (shown || !root) return;
    shown = true;
    var m = /[?&]lang=([a-z]{2})(?:&|$)/.exec(location.search);
    var t = (m && texts[m[1]]) || texts.en;
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'start-failed');
    box.className = 'start-failed';
    var h = document.createElement('h1');
    h.textContent = t.startFailedTitle;
    var p = document.createElement('p');
    p.textContent = t.startFailedBody;
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = t.reload;
    b.addEventListener('click', function () { location.reload(); });
    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(b);
    root.replaceChildren(box);
  }
  window.addEventListener('error', function (event) {
    var el = event.target;
    if (el && (el.tagName === 'SCRIPT' || (el.tagName === 'LINK' && el.rel === 'modulepreload'))) show();
  }, true);
  window.addEventListener('vite:preloadError', show);
}`;

/** The guard's source for a page, with the texts of every language in it. */
export function startupGuardScript(texts: Record<string, StartupTexts>): string {
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  return `(${GUARD})(${json});`;
}
