import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/** The width inside the element's padding, in CSS px. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** The table's `data-layout`: its columns, or one block per row (see `.place-panel__table`). */
export type TableLayout = 'columns' | 'stacked';

/**
 * Lays a table out in columns while they fit the width of its parent, and as stacked rows when
 * they do not. Whether four columns fit depends on the language and the content, not only on the
 * width: German and Ukrainian headers are long, and browsers without a hyphenation dictionary
 * cannot break "Luftverteidigung" well. So the table is measured instead of guessed with a
 * breakpoint. It runs before paint, so the reader never sees the overflowing version.
 *
 * The layout is written to the element itself (not React state): measuring has to lay the
 * columns out first, and a re-render per measurement would only add a frame.
 */
export function useStackWhenTooWide(ref: RefObject<HTMLTableElement | null>, deps: DependencyList): void {
  useLayoutEffect(() => {
    const table = ref.current;
    const parent = table?.parentElement;
    if (!table || !parent) return;
    let width = -1;
    const fit = () => {
      // Only a change of width can change the answer; the switch itself changes the height.
      if (parent.clientWidth === width) return;
      width = parent.clientWidth;
      table.dataset['layout'] = 'columns' satisfies TableLayout;
      const stacked = table.offsetWidth > contentWidth(parent);
      table.dataset['layout'] = (stacked ? 'stacked' : 'columns') satisfies TableLayout;
    };
    fit();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(fit);
    observer.observe(parent);
    return () => observer.disconnect();
    // The caller's deps say when the content (and so the columns' widths) changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
