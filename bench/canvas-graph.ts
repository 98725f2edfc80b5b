/**
 * The layered DAG both sides of `pnpm bench:canvas` draw: `lanes` steps per layer, each step
 * after the first layer waiting for two steps of the layer before, every step with a position
 * (layers left to right), so nothing is laid out. Pure data: the bench script and the bare
 * React Flow page (bundled by Vite) both import it.
 */
export const lanes = 10;

export interface BenchStep {
  name: string;
  position: { x: number; y: number };
  dependsOn: string[];
}

const stepName = (layer: number, lane: number) => `L${layer}S${lane}`;

export function benchSteps(count: number): BenchStep[] {
  const steps: BenchStep[] = [];
  for (let index = 0; index < count; index++) {
    const layer = Math.floor(index / lanes);
    const lane = index % lanes;
    steps.push({
      name: stepName(layer, lane),
      position: { x: layer * 340, y: lane * 110 },
      dependsOn:
        layer === 0 ? [] : [stepName(layer - 1, lane), stepName(layer - 1, (lane + 1) % lanes)],
    });
  }
  return steps;
}
