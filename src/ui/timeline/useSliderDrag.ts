import { useRef, type PointerEvent, type RefObject } from 'react';
import type { TimelineModel } from '../../domain/timeline';
import type { AppStore } from '../../store/appStore';

export interface SliderDragHandlers {
  onPointerDown(event: PointerEvent<HTMLDivElement>): void;
  onPointerMove(event: PointerEvent<HTMLDivElement>): void;
  onPointerUp(event: PointerEvent<HTMLDivElement>): void;
  onPointerCancel(event: PointerEvent<HTMLDivElement>): void;
}

/**
 * Pointer dragging on the track: the day under the pointer, at most one per frame while moving,
 * and exactly the release point on pointer-up. Nothing here depends on the current date, so the
 * handlers are not rebuilt on every tick.
 */
export function useSliderDrag(
  track: RefObject<HTMLDivElement | null>,
  model: TimelineModel,
  store: AppStore,
): SliderDragHandlers {
  const pendingX = useRef<number | null>(null);
  const frame = useRef<number | null>(null);

  const dateAt = (clientX: number): string | null => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    return model.dateAtPosition((clientX - rect.left) / rect.width);
  };
  const moveTo = (clientX: number) => {
    const date = dateAt(clientX);
    if (date) store.getState().setDate(date);
  };
  // Pointer moves can outpace frames; apply at most one date per frame.
  const scheduleMove = (clientX: number) => {
    pendingX.current = clientX;
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (pendingX.current !== null) moveTo(pendingX.current);
    });
  };
  // The release point is where the user meant to stop: apply it now rather than on the next frame.
  const endDrag = (event: PointerEvent<HTMLDivElement>, apply: boolean) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    pendingX.current = null;
    if (apply) moveTo(event.clientX);
  };

  return {
    onPointerDown(event) {
      if (event.button !== 0) return;
      // No text selection or native drag-and-drop: either would cancel the pointer mid-drag.
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      (event.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus();
      store.getState().setPlaying(false);
      moveTo(event.clientX);
    },
    onPointerMove(event) {
      if (event.currentTarget.hasPointerCapture(event.pointerId)) scheduleMove(event.clientX);
    },
    onPointerUp: (event) => endDrag(event, true),
    // A cancelled pointer (the browser took over the gesture) keeps the date reached so far.
    onPointerCancel: (event) => endDrag(event, false),
  };
}
