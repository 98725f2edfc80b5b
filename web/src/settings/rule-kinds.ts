import type { RuleKind } from './image-map-rows';

/** How each kind of rule is named and explained in the editor (see docs/local-runtime.md). */
export const ruleKinds: Record<RuleKind, { label: string; words?: string; help: string }> = {
  command: {
    label: 'Through a command',
    words: 'Command',
    help: 'The command, then the step’s entrypoint and arguments: a conda environment, a virtualenv’s python, uv run.',
  },
  entrypoint: {
    label: 'Replace the entrypoint',
    words: 'Program',
    help: 'This program and the step’s arguments, instead of its ContainerEntrypoint.',
  },
  imageEntrypoint: {
    label: 'Stand in for the image’s entrypoint',
    words: 'Program',
    help: 'Runs only for a step that names no program; a step’s own entrypoint runs as it is.',
  },
  host: {
    label: 'On the host, as written',
    help: 'The step’s entrypoint as written, on this machine (useful before a broader rule).',
  },
};

export const ruleKindOrder: RuleKind[] = ['command', 'entrypoint', 'imageEntrypoint', 'host'];
