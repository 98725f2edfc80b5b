/** A drawer tab: `id` is its URL segment (`/executions/<id>/steps/<step>/<tab>`). */
export interface StepTab {
  id: StepTabId;
  label: string;
}

export type StepTabId =
  | 'overview'
  | 'logs'
  | 'arguments'
  | 'properties'
  | 'artifacts'
  | 'metrics'
  | 'jobs'
  | 'condition'
  | 'callback';

const labels: Record<StepTabId, string> = {
  overview: 'Overview',
  logs: 'Logs',
  arguments: 'Arguments',
  properties: 'Properties',
  artifacts: 'Artifacts',
  metrics: 'Metrics',
  jobs: 'Jobs',
  condition: 'Condition',
  callback: 'Callback',
};

// Condition and Fail steps are decided by the engine itself: no process, no log, no job request.
const decidedByEngine = new Set(['Condition', 'Fail']);
const writesArtifacts = new Set([
  'Processing',
  'Training',
  'Tuning',
  'Transform',
  'Model',
  'CreateModel',
  'RegisterModel',
]);

/** The tabs that apply to a step type, in the order the drawer shows them. */
export function tabsFor(stepType: string | undefined): StepTab[] {
  const ids: StepTabId[] = ['overview'];
  if (stepType === 'Condition') ids.push('condition');
  if (stepType === 'Callback') ids.push('callback');
  if (stepType === undefined || !decidedByEngine.has(stepType)) ids.push('logs', 'arguments');
  if (stepType === 'Training') ids.push('metrics');
  if (stepType === 'Tuning') ids.push('jobs');
  if (stepType !== 'Fail') ids.push('properties');
  if (stepType !== undefined && writesArtifacts.has(stepType)) ids.push('artifacts');
  return ids.map((id) => ({ id, label: labels[id] }));
}

/** The tab to show for an address: the one it names if it applies, else the overview. */
export function resolveTab(tab: string | undefined, stepType: string | undefined): StepTabId {
  return tabsFor(stepType).find((candidate) => candidate.id === tab)?.id ?? 'overview';
}
