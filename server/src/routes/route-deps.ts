import type { Services } from '../services';

/** What a route plugin gets: the shared services and the data directory (for log files). */
export interface RouteDeps {
  services: Services;
  dataDir: string;
}
