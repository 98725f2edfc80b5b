import { currentFormatVersion } from '../schema/extension.schema';

/**
 * Ordered migrations of the extension key, each lifting one format version to the next. A new
 * format version adds an entry here and a test with a document of the old version.
 */
export const extensionMigrations: ReadonlyArray<{
  from: number;
  migrate: (extension: Record<string, unknown>) => Record<string, unknown>;
}> = [];

export type MigrationResult =
  | { ok: true; extension: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; reason: string; hint: string };

/** Brings an extension object of any older format version up to the current one. */
export function migrateExtension(extension: Record<string, unknown>): MigrationResult {
  const version = extension.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      reason: `the extension's formatVersion is ${JSON.stringify(version)}, not a format version`,
      hint: `Set "formatVersion": ${currentFormatVersion}.`,
    };
  }
  if (version > currentFormatVersion) {
    return {
      ok: false,
      reason: `the document was written by a newer Pipewright (format ${version}); this one reads formats up to ${currentFormatVersion}`,
      hint: 'Update Pipewright to open it; its SageMaker content is still readable.',
    };
  }
  let migrated = extension;
  for (const migration of extensionMigrations) {
    if (migration.from >= version) migrated = migration.migrate(migrated);
  }
  return version === currentFormatVersion
    ? { ok: true, extension: migrated }
    : {
        ok: true,
        extension: { ...migrated, formatVersion: currentFormatVersion },
        migratedFrom: version,
      };
}
