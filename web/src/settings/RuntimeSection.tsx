import type { SettingsView } from '@pipewright/shared';

/** Where things are and how steps are isolated: read at start, so shown without controls. */
export function RuntimeSection({ settings }: { settings: SettingsView }) {
  const { sandbox, configFile, server } = settings;
  return (
    <section className="settings__section" aria-labelledby="settings-runtime">
      <h3 id="settings-runtime">Runtime</h3>
      <dl className="settings__facts">
        <div>
          <dt>Sandbox</dt>
          <dd>
            {sandbox.mode === 'bubblewrap' ? (
              <>
                <span className="settings__badge settings__badge--ok">Bubblewrap: in use</span>
                <p className="settings__note">
                  Each step runs inside bubblewrap and sees its attempt folder at /opt/ml, as in a
                  SageMaker container.
                </p>
              </>
            ) : (
              <>
                <span className="settings__badge settings__badge--wait">
                  Bubblewrap: not in use — {sandbox.reason ?? 'it is not available'}
                </span>
                <p className="settings__note">
                  {sandbox.chosen === 'host' ? (
                    <>
                      The config file says <code>"sandbox": "host"</code>. Remove that line and
                      restart Pipewright to run steps inside bubblewrap.
                    </>
                  ) : (
                    <>
                      Steps run as your user and can read and write anything you can. Install
                      bubblewrap (<code>sudo apt-get install bubblewrap</code>) and restart
                      Pipewright.
                    </>
                  )}
                </p>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Data directory</dt>
          <dd>
            <code className="settings__path">{settings.dataDir}</code>
          </dd>
        </div>
        <div>
          <dt>Object store folder</dt>
          <dd>
            <code className="settings__path">{settings.objectStoreDir}</code>
            <p className="settings__note">
              <code>s3://bucket/key</code> is the file <code>bucket/key</code> in this folder.
            </p>
          </dd>
        </div>
        <div>
          <dt>Config file</dt>
          <dd>
            <code className="settings__path">{configFile.path}</code>
            {!configFile.exists && (
              <p className="settings__note">Not created yet: saving a setting below creates it.</p>
            )}
          </dd>
        </div>
        <div>
          <dt>Server address</dt>
          <dd>
            <code className="settings__path">
              http://{server.host.includes(':') ? `[${server.host}]` : server.host}:{server.port}
            </code>
          </dd>
        </div>
      </dl>
      <p className="settings__note">
        The address, the token and the sandbox are read when Pipewright starts: change them in the
        config file and restart. The settings below apply to the next steps as soon as they are
        saved.
      </p>
    </section>
  );
}
