/** Toolbar drawings on a 24×24 grid; decorative (every button has its own name). */
const paths = {
  tidy: 'M4 5h5v4H4z M15 3h5v4h-5z M15 11h5v4h-5z M15 19h5v2h-5 M9 7h3v10h3 M12 5v2h3 M12 13h3',
  fit: 'M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5 M9 9h6v6H9z',
  zoomIn: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14z M20 20l-4-4 M8 11h6 M11 8v6',
  zoomOut: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14z M20 20l-4-4 M8 11h6',
  note: 'M5 4h14v10l-6 6H5z M13 20v-6h6 M8 8h8 M8 11h5',
  keyboard: 'M3 6h18v12H3z M7 10h.5 M11 10h.5 M15 10h.5 M7 14h10',
} as const;

export type ToolIconName = keyof typeof paths;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
