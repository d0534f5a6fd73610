import type { UrlState } from '../url/params';

/** What the embed shows, from its URL: `controls`, `legend` and `static` (see URL_PARAMS). */
export interface EmbedOptions {
  controls: boolean;
  legend: boolean;
  /** No interaction at all: for print, screenshots and slides. */
  static: boolean;
}

export function embedOptionsFrom(url: UrlState): EmbedOptions {
  const isStatic = url.static ?? false;
  return {
    static: isStatic,
    controls: isStatic ? false : (url.controls ?? true),
    legend: url.legend ?? true,
  };
}
