import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

/**
 * Monaco's web workers, bundled by Vite (`?worker`) and served from our own origin: nothing is
 * fetched from a CDN. Only JSON gets a language worker; Python, JavaScript and shell are
 * highlighted by Monaco's tokenizers on the main thread, which keeps the TypeScript worker (several
 * megabytes) out of the bundle.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};
