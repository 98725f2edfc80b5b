import type { ReactNode } from 'react';

// Strings (a key when a colon follows), literals and numbers, in the order they appear.
const tokenPattern =
  /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

function highlight(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const index = match.index;
    if (index > last) nodes.push(text.slice(last, index));
    const [whole, string, colon, literal] = match;
    const kind = string !== undefined ? (colon ? 'key' : 'string') : literal ? 'literal' : 'number';
    nodes.push(
      <span key={index} className={`json-block__${kind}`}>
        {string ?? whole}
      </span>,
    );
    if (colon) nodes.push(colon);
    last = index + whole.length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

/** A value as read-only, highlighted JSON; `label` names the region for screen readers. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  return (
    <pre className="json-block" aria-label={label} tabIndex={0}>
      <code>{highlight(text)}</code>
    </pre>
  );
}
