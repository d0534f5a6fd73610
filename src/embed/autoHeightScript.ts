declare const __AUTO_HEIGHT_SCRIPT__: { path: string; integrity: string } | undefined;

/**
 * Where the versioned auto-height script is published and its SRI hash (computed at build by
 * scripts/build/autoHeightPlugin.ts); without a build (plain node), the unversioned script.
 */
export const AUTO_HEIGHT_SCRIPT: { path: string; integrity: string | null } =
  typeof __AUTO_HEIGHT_SCRIPT__ !== 'undefined'
    ? __AUTO_HEIGHT_SCRIPT__
    : { path: 'embed/auto-height.js', integrity: null };
