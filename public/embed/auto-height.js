/*! permission-map auto-height, v2. Optional: embeds work without it.
 * Add once per page, after or before the iframes (the share dialog gives the versioned URL with
 * its integrity hash):
 *   <script src="https://YOUR-HOST/PATH/embed/auto-height-HASH.js" integrity="sha384-…" crossorigin="anonymous" async></script>
 * It resizes only iframes marked data-permission-map, only from messages of type
 * "permission-map:height" sent by that iframe's own window from that iframe's origin, and never
 * beyond MAX pixels. */
(function () {
  'use strict';
  if (window.permissionMapAutoHeight) return;
  window.permissionMapAutoHeight = true;
  var MAX = 4000;

  function markedFrameOf(source) {
    var frames = document.querySelectorAll('iframe[data-permission-map]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  // A frame sandboxed without allow-same-origin sends from the opaque origin "null".
  function originMatches(frame, origin) {
    var sandbox = frame.getAttribute('sandbox');
    if (origin === 'null') return sandbox !== null && !/\ballow-same-origin\b/.test(sandbox);
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch (e) {
      return false;
    }
  }
  function hello(win) {
    try {
      win.postMessage({ type: 'permission-map:auto-height' }, '*');
    } catch (e) {
      /* frame gone */
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type !== 'permission-map:ready' && data.type !== 'permission-map:height') return;
    var frame = markedFrameOf(event.source);
    if (!frame || !originMatches(frame, event.origin)) return;
    if (data.type === 'permission-map:ready') {
      hello(event.source);
      return;
    }
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), MAX) + 'px';
  });

  // Frames that finished loading before this script ran have already said "ready": greet them.
  var marked = document.querySelectorAll('iframe[data-permission-map]');
  for (var i = 0; i < marked.length; i++) if (marked[i].contentWindow) hello(marked[i].contentWindow);
})();
