import { useEffect, useState } from 'react';
import { assetUrl } from '../../app/appRoot';
import { fetchPicture, PICTURE_FILE_PATH, prerenderedPicture } from '../../map/picture';

let fetched: Promise<HTMLElement | null> | null = null;

/**
 * The zone picture the small maps are cloned from: the page's own (the app's shell), else its
 * file, fetched once for every small map (the embed). 'loading' until then; null if unavailable.
 */
export function useZonePictureTemplate(): Element | 'loading' | null {
  const shell = prerenderedPicture();
  const [picture, setPicture] = useState<Element | 'loading' | null>('loading');
  useEffect(() => {
    if (shell) return;
    let live = true;
    fetched ??= fetchPicture(assetUrl(PICTURE_FILE_PATH), document);
    fetched.then(
      (p) => live && setPicture(p),
      (error: unknown) => {
        console.warn('permission-map: the zone picture could not be loaded', error);
        fetched = null;
        if (live) setPicture(null);
      },
    );
    return () => {
      live = false;
    };
  }, [shell]);
  return shell ?? picture;
}
