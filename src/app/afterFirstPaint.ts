/** Longest wait for the paint to be reported (browsers without paint timing report nothing). */
const MAX_WAIT_MS = 1500;

/**
 * Resolves once the browser has put the static page shell, with its coloured zone picture, on
 * screen (the first-contentful-paint entry). The app then renders and starts MapLibre, whose
 * WebGL set-up occupies the graphics pipeline for up to seconds under software rendering:
 * started earlier, it held the picture's frame back with it (first paint 3.2 s, the picture
 * coloured at 0.7 s). A hidden tab paints nothing, so there it resolves at once.
 */
export function afterFirstPaint(win: Window): Promise<void> {
  if (win.document.visibilityState !== 'visible' || typeof PerformanceObserver !== 'function')
    return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list: PerformanceObserverEntryList) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = win.setTimeout(done, MAX_WAIT_MS);
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
}
