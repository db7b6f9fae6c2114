import type { ReactNode } from 'react';

/** A wide table's box, scrolled sideways on a phone: reachable by keyboard (Tab, then the arrow keys). */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must take focus to scroll by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label="Bảng số liệu, cuộn ngang được">
      {children}
    </section>
  );
}
