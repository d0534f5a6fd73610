// The map cannot be drawn: MapLibre needs WebGL2 and could not get a context.

export class WebGL2UnavailableError extends Error {
  constructor(cause?: unknown) {
    super('WebGL2 is not available in this browser.', { cause });
    this.name = 'WebGL2UnavailableError';
  }
}
