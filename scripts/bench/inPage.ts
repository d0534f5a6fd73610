// Functions the bench driver runs *inside* the page (page.evaluate serialises them): each must be
// self-contained, with no reference to anything outside its own body. The app and the floor run
// exactly the same code: both pages have a `[role="slider"]` that moves one day per ArrowRight.

export interface SliderSweepResult {
  steps: number;
  /** Per step: input event dispatched → the end of the next frame's main-thread work (ms). */
  latency: number[];
  /** Per step: main-thread work, i.e. latency minus the wait for the next frame (ms); an estimate. */
  work: number[];
  /** Intervals between successive animation frames during the sweep (ms). */
  frameIntervals: number[];
  /** Long tasks (> 50 ms) observed during the sweep, with the step (0-based) they fell in. */
  longTasks: { start: number; duration: number; step: number }[];
  wallMs: number;
  reachedEnd: boolean;
}

/**
 * One sweep of the slider across the whole timeline, one day per step, from Home to the last day.
 *
 * Each step: register a frame callback, dispatch a keydown ArrowRight on the focused slider
 * (the page's own handler runs: React + store + map adapter in the app, a thumb move and
 * setFeatureState in the floor), let microtasks run (React flushes discrete updates there), and
 * wait for the next frame. In that frame's requestAnimationFrame callback (registered before the
 * input, so it runs before MapLibre's own) a MessageChannel message is posted; it is handled
 * after the frame's rendering task (rAF callbacks, MapLibre's draw, style, layout, paint) ends.
 *   latency = message handled − input dispatched: "input event → next painted frame", main thread,
 *             including the wait for the frame (vsync), as a user experiences it;
 *   work    = (microtasks done − input dispatched) + (message handled − frame start): the same
 *             without the idle wait for the frame.
 * The driver steps as soon as the previous frame is painted, i.e. about one day per frame.
 */
export async function sliderSweepInPage(): Promise<SliderSweepResult> {
  const slider = document.querySelector<HTMLElement>('[role="slider"]');
  if (!slider) throw new Error('no [role="slider"] in the page');
  slider.focus();
  const press = (key: string) =>
    slider.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
  const afterNextPaint = () =>
    new Promise<{ frameStart: number; painted: number }>((resolve) => {
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameStart, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    });

  press('Home');
  await afterNextPaint();
  await afterNextPaint();
  const steps = Number(slider.getAttribute('aria-valuemax'));
  if (!(steps > 0)) throw new Error(`slider has no aria-valuemax (${slider.getAttribute('aria-valuemax')})`);

  const longTasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });

  const frames: number[] = [];
  let sweeping = true;
  const tick = (time: number) => {
    frames.push(time);
    if (sweeping) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const latency: number[] = [];
  const work: number[] = [];
  const stepStarts: number[] = [];
  const start = performance.now();
  for (let i = 0; i < steps; i++) {
    const next = afterNextPaint();
    const t0 = performance.now();
    stepStarts.push(t0);
    press('ArrowRight');
    await Promise.resolve();
    await Promise.resolve();
    const t1 = performance.now();
    const { frameStart, painted } = await next;
    latency.push(painted - t0);
    work.push(t1 - t0 + (painted - Math.max(frameStart, t1)));
  }
  const wallMs = performance.now() - start;
  sweeping = false;
  await afterNextPaint();
  for (const entry of observer.takeRecords())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
  observer.disconnect();
  const inSweep = longTasks
    .filter((t) => t.start >= start && t.start <= start + wallMs)
    .map((t) => {
      // The step whose input was dispatched during the task (the driver dispatches the next input
      // in the task that ends the previous step), else the last step begun before it.
      let step = stepStarts.findIndex((s) => s >= t.start && s <= t.start + t.duration);
      if (step < 0)
        step = Math.max(
          0,
          stepStarts.findLastIndex((s) => s < t.start),
        );
      return { ...t, step };
    });
  const frameIntervals = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    steps,
    latency,
    work,
    frameIntervals,
    longTasks: inSweep,
    wallMs,
    reachedEnd: slider.getAttribute('aria-valuenow') === String(steps),
  };
}

/**
 * The display's own pace: the median interval of 30 animation frames with no input (ms). A late
 * frame during a sweep is one that misses it, whatever the page.
 */
export async function refreshIntervalInPage(): Promise<number> {
  const idle: number[] = [];
  let previous = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < 30; i++) {
    const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    idle.push(time - previous);
    previous = time;
  }
  return idle.sort((a, b) => a - b)[Math.floor(idle.length / 2)]!;
}

/**
 * `sweeps` full sweeps of the slider (Home, then ArrowRight to the last day), driven like
 * sliderSweepInPage but without timing: microtasks run after every step (so the app renders every
 * day) and a frame is awaited every `stepsPerFrame` steps (so the map draws as it goes).
 */
export async function memorySweepsInPage(args: {
  sweeps: number;
  stepsPerFrame: number;
}): Promise<{ wallMs: number; reachedEnd: boolean }> {
  const slider = document.querySelector<HTMLElement>('[role="slider"]');
  if (!slider) throw new Error('no [role="slider"] in the page');
  slider.focus();
  const press = (key: string) =>
    slider.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const steps = Number(slider.getAttribute('aria-valuemax'));
  const start = performance.now();
  let reachedEnd = true;
  for (let s = 0; s < args.sweeps; s++) {
    press('Home');
    await frame();
    for (let i = 0; i < steps; i++) {
      press('ArrowRight');
      await Promise.resolve();
      await Promise.resolve();
      if (i % args.stepsPerFrame === args.stepsPerFrame - 1) await frame();
    }
    await frame();
    reachedEnd &&= slider.getAttribute('aria-valuenow') === String(steps);
  }
  return { wallMs: performance.now() - start, reachedEnd };
}

/** What the vitals observer collected since navigation (see installVitalsObserver). */
export interface PageVitals {
  firstPaint: number;
  firstContentfulPaint: number;
  largestPaint: number;
  /** The largest paint's element: tag, id and classes, e.g. "svg#zone-picture.zone-picture__svg". */
  largestPaintElement: string;
  /** Cumulative layout shift, all shifts without recent input (there is none during load). */
  cls: number;
  /** Σ (long task − 50 ms) for long tasks after first contentful paint, until the reading. */
  totalBlockingTime: number;
  longTasksDuringLoad: number;
}

/**
 * Runs before any page script (context.addInitScript): buffers paint, LCP, layout-shift and
 * long-task entries on window.__benchVitals. Self-contained, as page.evaluate needs.
 */
export function installVitalsObserver(): void {
  const store = {
    lcp: [] as PerformanceEntry[],
    shifts: [] as PerformanceEntry[],
    tasks: [] as PerformanceEntry[],
  };
  (window as unknown as { __benchVitals: typeof store }).__benchVitals = store;
  const observe = (type: string, into: PerformanceEntry[]) => {
    try {
      new PerformanceObserver((list) => into.push(...list.getEntries())).observe({ type, buffered: true });
    } catch {
      // an entry type this browser does not know: that figure stays empty
    }
  };
  observe('largest-contentful-paint', store.lcp);
  observe('layout-shift', store.shifts);
  observe('longtask', store.tasks);
}

/** Reads the vitals so far. Self-contained, as page.evaluate needs. */
export function readVitalsInPage(): PageVitals {
  const store = (
    window as unknown as {
      __benchVitals: { lcp: PerformanceEntry[]; shifts: PerformanceEntry[]; tasks: PerformanceEntry[] };
    }
  ).__benchVitals;
  const paint = (name: string) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? Number.NaN;
  const fcp = paint('first-contentful-paint');
  const lcp = store.lcp.at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
  const el = lcp?.element;
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;
  const shifts = store.shifts as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
  return {
    firstPaint: paint('first-paint'),
    firstContentfulPaint: fcp,
    largestPaint: lcp?.startTime ?? Number.NaN,
    largestPaintElement: el ? describe(el) : lcp ? '(removed from the page)' : '',
    cls: shifts.filter((s) => !s.hadRecentInput).reduce((t, s) => t + s.value, 0),
    totalBlockingTime: store.tasks
      .filter((t) => t.startTime >= fcp)
      .reduce((total, t) => total + Math.max(0, t.duration - 50), 0),
    longTasksDuringLoad: store.tasks.length,
  };
}
