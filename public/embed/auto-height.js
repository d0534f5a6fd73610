/*! permission-map auto-height, v1. Optional: embeds work without it.
 * Add once per page, after or before the iframes:
 *   <script src="https://YOUR-HOST/PATH/embed/auto-height.js" async></script>
 * It resizes each map iframe (marked data-permission-map) to the height its content needs. It only
 * reads messages of type "permission-map:height" and only from the iframe that sent them. */
(function () {
  'use strict';
  if (window.permissionMapAutoHeight) return;
  window.permissionMapAutoHeight = true;
  var MAX = 10000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
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
    if (data.type === 'permission-map:ready') {
      hello(event.source);
      return;
    }
    if (data.type !== 'permission-map:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });

  // Frames that finished loading before this script ran have already said "ready": greet them.
  var marked = document.querySelectorAll('iframe[data-permission-map]');
  for (var i = 0; i < marked.length; i++) if (marked[i].contentWindow) hello(marked[i].contentWindow);
})();
