export class WebGL2UnavailableError extends Error {
  constructor(cause?: unknown) {
    super('WebGL2 is not available in this browser.', { cause });
    this.name = 'WebGL2UnavailableError';
  }
}

export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
