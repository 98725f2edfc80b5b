import { CallbackService } from './callbacks/callback.service';
import { EventBus } from './events/event-bus';
import { Engine } from './engine/engine';
import { stepRuntimeFrom } from './engine/runtime-adapter';
import { engineStoreFrom } from './engine/store-adapter';
import { defaultBucket } from './runtime/attempt-paths';
import type { ImageMapConfig } from './runtime/image-map';
import { ObjectStore } from './runtime/object-store';
import { type Sandbox, detectSandbox } from './runtime/sandbox';
import { LiveSettings } from './settings/live-settings';
import { SettingsService } from './settings/settings.service';
import { type Store, openStore } from './store';

export interface ServicesConfig {
  dataDir: string;
  /** Steps running at once across all executions. */
  globalConcurrency?: number;
  imageMap?: ImageMapConfig;
  /** Where outputs without an S3Uri go; `pipewright` when not set. */
  defaultBucket?: string;
  /** The `--config <file>` the server started with; settings are saved there when given. */
  configFile?: string;
  /** `host` forces running without bubblewrap. */
  sandbox?: 'auto' | 'host';
  workingDir?: string;
  stopGraceMs?: number;
}

/** The server's moving parts, built once and shared by the HTTP API, the WebSocket hub and the CLI. */
export interface Services {
  store: Store;
  bus: EventBus;
  engine: Engine;
  objectStore: ObjectStore;
  sandbox: Sandbox;
  /** Callback tokens of Callback steps, answered through the API. */
  callbacks: CallbackService;
  /** What the server runs with, and the settings that change while it runs. */
  settings: SettingsService;
  close(): Promise<void>;
}

/** Opens the store, detects the sandbox, builds the engine and resumes what was running. */
export async function openServices(config: ServicesConfig): Promise<Services> {
  const store = openStore(config.dataDir);
  const bus = new EventBus();
  const objectStore = new ObjectStore({
    dataDir: config.dataDir,
    ...(config.workingDir !== undefined && { fileBaseDir: config.workingDir }),
  });
  const sandbox = await detectSandbox(config.sandbox ?? 'auto');
  const callbacks = new CallbackService(store.database);
  const live = new LiveSettings(config.imageMap ?? [], config.defaultBucket ?? defaultBucket);
  const engine = new Engine({
    store: engineStoreFrom(store),
    runtime: stepRuntimeFrom({
      dataDir: config.dataDir,
      objectStore,
      // Getters: each attempt reads the settings as they are when it starts.
      get imageMap() {
        return live.imageMap;
      },
      get defaultBucket() {
        return live.defaultBucket;
      },
      sandbox,
      store,
      callbacks,
      ...(config.workingDir !== undefined && { workingDir: config.workingDir }),
      ...(config.stopGraceMs !== undefined && { stopGraceMs: config.stopGraceMs }),
    }),
    bus,
    globalConcurrency: config.globalConcurrency ?? defaultConcurrency(),
  });
  engine.recover();
  const settings = new SettingsService({
    dataDir: config.dataDir,
    ...(config.configFile !== undefined && { configFile: config.configFile }),
    sandbox,
    sandboxChoice: config.sandbox ?? 'auto',
    engine,
    live,
    objectStoreDir: objectStore.objectsDir,
  });
  return {
    store,
    bus,
    engine,
    objectStore,
    sandbox,
    callbacks,
    settings,
    async close() {
      await engine.shutdown();
      store.close();
    },
  };
}

function defaultConcurrency(): number {
  return 16;
}
