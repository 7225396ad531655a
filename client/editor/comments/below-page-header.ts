import { onCleanup } from 'solid-js';

/**
 * Keeps a fixed side panel just below the application header while the header is in view, and at the top of the
 * window once it has scrolled away, so the header's account and language controls stay reachable.
 */
export function keepBelowPageHeader(panel: HTMLElement): void {
  const place = () => {
    const header = panel.ownerDocument.querySelector('.nd-header');
    const bottom = header ? header.getBoundingClientRect().bottom : 0;
    panel.style.top = `${Math.max(0, bottom)}px`;
  };
  place();
  const view = panel.ownerDocument.defaultView;
  view?.addEventListener('scroll', place, { passive: true });
  view?.addEventListener('resize', place);
  onCleanup(() => {
    view?.removeEventListener('scroll', place);
    view?.removeEventListener('resize', place);
  });
}
