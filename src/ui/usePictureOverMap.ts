import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { followPicture } from '../map/followPicture';
import { prerenderedPicture } from '../map/picture';
import type { AppStore } from '../store/appStore';

/**
 * The prerendered picture stays on screen, over the map's container, until the map's first
 * coloured frame: laid out before the first paint, so nothing flashes in between. Meanwhile it
 * follows the store (a donor's link, a slider moved before the map has drawn). Returns `retire`,
 * for that first frame: the picture leaves for good.
 */
export function usePictureOverMap(
  container: RefObject<HTMLDivElement | null>,
  failed: boolean,
  store: AppStore,
  theme: 'light' | 'dark',
): () => void {
  const retired = useRef(false);
  const stop = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const picture = prerenderedPicture();
    if (!picture || failed || retired.current) return;
    if (!picture.isConnected) container.current?.append(picture);
    stop.current = followPicture(picture, store, theme, { outline: false });
    return () => {
      stop.current?.();
      stop.current = null;
    };
  }, [container, failed, store, theme]);
  return useCallback(() => {
    retired.current = true;
    stop.current?.();
    stop.current = null;
    prerenderedPicture()?.remove();
  }, []);
}
