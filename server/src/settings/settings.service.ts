import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@pipewright/shared';
import { CONFIG_FILE, ConfigFileError } from '../config-file';
import type { Engine } from '../engine/engine';
import type { Sandbox } from '../runtime/sandbox';
import { updateConfigFile } from './config-file-update';
import type { LiveSettings } from './live-settings';
import type { SettingsUpdate, SettingsView } from './settings.schema';

export interface SettingsServiceOptions {
  dataDir: string;
  /** The `--config <file>` the server was started with, if any. */
  configFile?: string;
  sandbox: Sandbox;
  /** The config file's `sandbox` setting. */
  sandboxChoice: 'auto' | 'host';
  engine: Pick<Engine, 'globalConcurrency' | 'setGlobalConcurrency'>;
  live: LiveSettings;
  /** Where the object store keeps its buckets. */
  objectStoreDir: string;
}

/**
 * The settings page's side of the server: what it runs with, and the settings that change
 * without a restart. A change is saved to the config file first and applied only once it is
 * saved, so what runs is always what the next start will read.
 */
export class SettingsService {
  readonly configFilePath: string;

  constructor(private readonly options: SettingsServiceOptions) {
    this.configFilePath = options.configFile ?? join(options.dataDir, CONFIG_FILE);
  }

  view(server: { host: string; port: number }): SettingsView {
    const { sandbox, sandboxChoice, engine, live } = this.options;
    return {
      dataDir: this.options.dataDir,
      configFile: { path: this.configFilePath, exists: existsSync(this.configFilePath) },
      sandbox: {
        mode: sandbox.mode,
        ...(sandbox.mode === 'host' && sandbox.reason !== undefined && { reason: sandbox.reason }),
        chosen: sandboxChoice,
      },
      globalConcurrency: engine.globalConcurrency,
      defaultBucket: live.defaultBucket,
      imageMap: live.imageMapRules,
      objectStoreDir: this.options.objectStoreDir,
      server,
    };
  }

  /** Saves the changes to the config file, then applies them to the steps that start next. */
  update(changes: SettingsUpdate): void {
    try {
      updateConfigFile(this.configFilePath, changes);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new UserError(error.message, { status: 409 });
      throw new UserError(
        `Cannot save the settings to ${this.configFilePath}: ${systemReason(error)}. Nothing was changed.`,
        { status: 409, hint: 'Check that the folder exists and this user can write to it.' },
      );
    }
    const { engine, live } = this.options;
    if (changes.imageMap !== undefined) live.setImageMap(changes.imageMap);
    if (changes.defaultBucket !== undefined) live.defaultBucket = changes.defaultBucket;
    if (changes.globalConcurrency !== undefined) {
      engine.setGlobalConcurrency(changes.globalConcurrency);
    }
  }
}

/** The system's reason (`EACCES: permission denied`) without the paths it repeats. */
function systemReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String(error.code);
    return code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'ENOENT'
          ? 'its folder does not exist'
          : code;
  }
  return 'an unexpected error';
}
