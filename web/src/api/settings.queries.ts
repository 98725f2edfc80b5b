import type { SettingsView } from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

/** What `PUT /api/settings` changes: the settings that apply without a restart. */
export type SettingsChange = Partial<
  Pick<SettingsView, 'globalConcurrency' | 'defaultBucket' | 'imageMap'>
>;

/** The server's settings, one `queryOptions` per resource (house style §11). */
export const settingsQueries = {
  all: () => ['settings'] as const,
  current: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'current'],
      queryFn: () => api<SettingsView>('GET', '/settings'),
    }),
};

/** Saves settings to the config file and applies them to the next steps; answers them all. */
export function saveSettings(change: SettingsChange): Promise<SettingsView> {
  return api<SettingsView>('PUT', '/settings', change);
}
