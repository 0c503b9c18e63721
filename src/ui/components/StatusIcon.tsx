import type { PopupStatus } from '../lib/popupStatus.ts';

/** A small glyph beside the status words (decorative: the words carry the meaning). */
export function StatusIcon({ status }: { status: PopupStatus }) {
  return (
    <svg class="status-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" opacity="0.18" />
      <path
        d={PATHS[status]}
        fill="none"
        stroke="currentColor"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

const PATHS: Record<PopupStatus, string> = {
  // two overlapping sheets: a copy
  verified: 'M8 7h8v10H8z M5 10v10h8',
  // a chain link: linked, authorised
  syndicated: 'M10 14l4-4 M8.5 11.5l-2 2a2.8 2.8 0 004 4l2-2 M15.5 12.5l2-2a2.8 2.8 0 00-4-4l-2 2',
  // exclamation: look closer
  suspected: 'M12 6.5v7 M12 17.2v.3',
  // check mark
  clean: 'M7 12.5l3.2 3.2L17 9',
  // clock hands
  checking: 'M12 7v5l3 2',
  // a cross
  error: 'M8.5 8.5l7 7 M15.5 8.5l-7 7',
  // a key
  'needs-permission': 'M9 14a3 3 0 110-.01 M11.6 12.5H18v2.5 M15.5 12.5v2',
  // power symbol
  off: 'M12 6v6 M8.2 8.5a5.5 5.5 0 107.6 0',
  // a dash
  unsupported: 'M7.5 12h9',
  // an "i"
  'not-article': 'M12 11v6 M12 7.2v.3',
};
