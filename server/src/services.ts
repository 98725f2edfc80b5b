import { CallbackService } from './callbacks/callback.service';
import { EventBus } from './events/event-bus';
import { Engine } from './engine/engine';
import { stepRuntimeFrom } from './engine/runtime-adapter';
import { engineStoreFrom } from './engine/store-adapter';
import { ImageMap, type ImageMapConfig } from './runtime/image-map';
import { ObjectStore } from './runtime/object-store';
import { type Sandbox, detectSandbox } from './runtime/sandbox';
import { type Store, openStore } from './store';

export interface ServicesConfig {
  dataDir: string;
  /** Steps running at once across all executions. */
  globalConcurrency?: number;
  imageMap?: ImageMapConfig;
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
  const engine = new Engine({
    store: engineStoreFrom(store),
    runtime: stepRuntimeFrom({
      dataDir: config.dataDir,
      objectStore,
      imageMap: new ImageMap(config.imageMap ?? []),
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
  return {
    store,
    bus,
    engine,
    objectStore,
    sandbox,
    callbacks,
    async close() {
      await engine.shutdown();
      store.close();
    },
  };
}

function defaultConcurrency(): number {
  return 16;
}
