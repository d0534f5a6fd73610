// Inline SVG icons: no icon font or sprite to fetch, and they render the same on every system
// (Unicode media symbols are missing from many fonts).
const PATHS = {
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  next: 'M16 5h2v14h-2zM4 5l11 7-11 7z',
  play: 'M7 4.5v15L20 12z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  replay: 'M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
  'chevron-down': 'M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z',
  'chevron-up': 'M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}

/** A button showing only an icon: `label` is its accessible name and its tooltip. */
export function IconButton({ icon, label, onClick }: { icon: IconName; label: string; onClick: () => void }) {
  return (
    <button type="button" className="icon-button" onClick={onClick} aria-label={label} title={label}>
      <Icon name={icon} />
    </button>
  );
}
