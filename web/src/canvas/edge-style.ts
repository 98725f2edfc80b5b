import type { EdgeKind } from '@pipewright/shared';

export interface EdgeLook {
  /** CSS colour: a custom property, so light and dark themes each get theirs. */
  color: string;
  /** SVG dash pattern; undefined draws a solid line. */
  dash?: string;
  /** Text on the edge: the branch a Condition step takes. */
  label?: string;
  /** Data edges come from expressions: only editing the expression removes them. */
  deletable: boolean;
}

/**
 * How each kind of edge looks, so they can be told apart at a glance: an explicit DependsOn is a
 * solid grey line; a data reference (derived from a `Steps.X…` expression, never drawn by hand)
 * is dashed blue; a Condition's branches are green "true" and red "false".
 */
export function edgeLook(kind: EdgeKind): EdgeLook {
  switch (kind) {
    case 'depends-on':
      return { color: 'var(--pw-edge-depends)', deletable: true };
    case 'data':
      return {
        color: 'var(--pw-edge-data)',
        dash: '6 4',
        deletable: false,
      };
    case 'branch-if':
      return {
        color: 'var(--pw-edge-true)',
        label: 'true',
        deletable: true,
      };
    case 'branch-else':
      return {
        color: 'var(--pw-edge-false)',
        label: 'false',
        deletable: true,
      };
  }
}

/** The accessible name of an edge, e.g. "AbaloneTrain uses data from AbaloneProcess". */
export function edgeAriaLabel(kind: EdgeKind, from: string, to: string): string {
  switch (kind) {
    case 'depends-on':
      return `${to} runs after ${from}`;
    case 'data':
      return `${to} uses data from ${from}`;
    case 'branch-if':
      return `${to} runs when ${from} is true`;
    case 'branch-else':
      return `${to} runs when ${from} is false`;
  }
}
