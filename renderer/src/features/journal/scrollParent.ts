/**
 * The element that scrolls the journal. The shell scrolls its content column rather than the
 * window, and the timeline shares that scrollbar (so the page reads as one surface); looking it
 * up keeps the journal independent of the shell's exact markup.
 */
export function scrollParentOf(el: HTMLElement | null): HTMLElement | null {
  for (let node = el?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** Where `el` starts inside the scrolling content of `scroller`, in pixels. */
export function offsetWithin(el: HTMLElement, scroller: HTMLElement): number {
  return Math.round(el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}
