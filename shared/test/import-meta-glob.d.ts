// Vitest (Vite) resolves `import.meta.glob` at transform time; this declares the one form the
// fixture tests use, so `shared` does not need Vite's client types.
interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { eager: true; query: '?raw'; import: 'default' },
  ): Record<string, T>;
}
