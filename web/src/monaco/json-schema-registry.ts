/**
 * JSON Schemas for Monaco models, kept here rather than on Monaco itself so a caller can register
 * one before the (lazily loaded) editor chunk exists: the Monaco setup applies the registry when
 * it loads and again on every change.
 */

export interface JsonSchemaRegistration {
  /** The schema's own URI (its `$id`, or any unique URI): Monaco keys schemas by it. */
  uri: string;
  /** The model URIs (an editor's `path`) the schema applies to. */
  fileMatch: string[];
  schema: unknown;
}

const registrations = new Map<string, JsonSchemaRegistration>();
const listeners = new Set<() => void>();

/**
 * Validates the JSON models at `modelUri` against `schema` (with completion and hover from it).
 * Returns a function that removes the registration again.
 */
export function registerJsonSchema(
  modelUri: string,
  schema: unknown,
  schemaUri = `pipewright-schema://${encodeURIComponent(modelUri)}`,
): () => void {
  const registration = { uri: schemaUri, fileMatch: [modelUri], schema };
  registrations.set(modelUri, registration);
  notify();
  return () => {
    if (registrations.get(modelUri) !== registration) return;
    registrations.delete(modelUri);
    notify();
  };
}

/** Every current registration, in registration order. */
export function jsonSchemaRegistrations(): JsonSchemaRegistration[] {
  return [...registrations.values()];
}

/** Calls `listener` after every change to the registry; returns the unsubscribe function. */
export function onJsonSchemasChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}
