import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SettingsChange, saveSettings, settingsQueries } from '../api/settings.queries';

/**
 * Saves one section's settings. The answer is the server's whole view, put in the cache at once
 * so the page shows what was saved; other tabs and pages refetch through the invalidation.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SettingsChange) => saveSettings(change),
    onSuccess: async (settings) => {
      queryClient.setQueryData(settingsQueries.current().queryKey, settings);
      await queryClient.invalidateQueries({ queryKey: settingsQueries.all() });
    },
  });
}
