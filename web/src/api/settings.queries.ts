import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

/**
 * One image map rule as the server keeps it (`ImageMapEntrySchema` in
 * server/src/runtime/image-map.ts): the first rule whose `match` fits an image decides how it runs.
 */
export type ImageMapRule =
  | { match: string; mode: 'host' }
  | { match: string; command: string[] }
  | { match: string; entrypoint: string[] }
  | { match: string; imageEntrypoint: string[] };

/** `GET /api/settings` (server/src/settings/settings.schema.ts `SettingsView`). */
export interface Settings {
  dataDir: string;
  configFile: { path: string; exists: boolean };
  sandbox: { mode: 'bubblewrap' | 'host'; reason?: string; chosen: 'auto' | 'host' };
  globalConcurrency: number;
  defaultBucket: string;
  imageMap: ImageMapRule[];
  objectStoreDir: string;
  server: { host: string; port: number };
}

/** What `PUT /api/settings` changes: the settings that apply without a restart. */
export type SettingsChange = Partial<
  Pick<Settings, 'globalConcurrency' | 'defaultBucket' | 'imageMap'>
>;

/** The server's settings, one `queryOptions` per resource (house style §11). */
export const settingsQueries = {
  all: () => ['settings'] as const,
  current: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'current'],
      queryFn: () => api<Settings>('GET', '/settings'),
    }),
};

/** Saves settings to the config file and applies them to the next steps; answers them all. */
export function saveSettings(change: SettingsChange): Promise<Settings> {
  return api<Settings>('PUT', '/settings', change);
}
