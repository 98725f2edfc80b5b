import { useQuery } from '@tanstack/react-query';
import { settingsQueries } from '../api/settings.queries';
import '../ui/ui.css';
import { BucketSection } from './BucketSection';
import { ConcurrencySection } from './ConcurrencySection';
import { ImageMapSection } from './ImageMapSection';
import { RuntimeSection } from './RuntimeSection';
import './settings.css';

/**
 * The settings page (`/settings`): where Pipewright keeps things and whether bubblewrap is in
 * use (read at start), and the settings that apply to the next steps as soon as they are saved.
 */
export function SettingsPage() {
  const settings = useQuery(settingsQueries.current());
  return (
    <main className="app-main settings">
      <header className="settings__header">
        <h2 className="settings__title">Settings</h2>
        <p className="settings__note">
          Saved to the config file, so they also hold after a restart.
        </p>
      </header>
      {settings.isPending && <p role="status">Loading the settings…</p>}
      {settings.isError && (
        <p className="callout callout--error" role="alert">
          Could not load the settings: {settings.error.message}
        </p>
      )}
      {settings.data && (
        <>
          <RuntimeSection settings={settings.data} />
          <ConcurrencySection settings={settings.data} />
          <BucketSection settings={settings.data} />
          <ImageMapSection settings={settings.data} />
        </>
      )}
    </main>
  );
}
