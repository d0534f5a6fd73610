/**
 * Reports the embed's content height to the host page whenever it changes, in three dialects:
 * ours (read by public/embed/auto-height.js), AMP's `embed-size`, and Embedly's `iframe.resize`
 * (used by Medium and others). Heights are rounded up so the frame never clips a pixel row.
 */
export function postHeights(element: HTMLElement, win: Window): () => void {
  const parent = win.parent !== win ? win.parent : null;
  if (!parent) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    parent.postMessage({ type: 'permission-map:height', height }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    parent.postMessage(JSON.stringify({ src: win.location.href, context: 'iframe.resize', height }), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
