import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, list } from 'tar';
import { ImageMap } from './image-map';
import { ObjectStore } from './object-store';
import type { Sandbox } from './sandbox';
import type { TrainingJobContext } from './training-runner';

/** A scratch folder with an object store in it, for runner tests. */
export class TrainingBench {
  readonly store: ObjectStore;

  private constructor(readonly root: string) {
    this.store = new ObjectStore({ dataDir: join(root, 'data') });
  }

  static async create(): Promise<TrainingBench> {
    return new TrainingBench(await mkdtemp(join(tmpdir(), 'pw-training-')));
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  /** Writes `content` and stores it at `uri`. */
  async put(uri: string, content: string): Promise<void> {
    const file = join(this.root, 'staging', uri.replace(/[^A-Za-z0-9.]+/g, '_'));
    await mkdir(join(this.root, 'staging'), { recursive: true });
    await writeFile(file, content);
    await this.store.put(file, uri);
  }

  /** Packs `files` as a `sourcedir.tar.gz` (what the SDK uploads) and stores it at `uri`. */
  async putSourceDir(uri: string, files: Record<string, string>): Promise<void> {
    const dir = await mkdtemp(join(this.root, 'src-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const tarball = join(this.root, `sourcedir-${Date.now()}.tar.gz`);
    await create({ gzip: true, file: tarball, cwd: dir }, Object.keys(files));
    await this.store.put(tarball, uri);
  }

  /** The entry names of a stored tarball. */
  async tarEntries(uri: string): Promise<string[]> {
    const names: string[] = [];
    await list({
      file: this.store.locate(uri).path,
      onReadEntry: (entry) => names.push(entry.path),
    });
    return names.sort();
  }

  /** A job context with test defaults; `logs()` is everything it printed. */
  context(sandbox: Sandbox, overrides: Partial<TrainingJobContext> & { arguments: unknown }) {
    const chunks: string[] = [];
    const context: TrainingJobContext = {
      jobName: 'Train-exec0001',
      attemptDir: join(this.root, 'attempts', overrides.jobName ?? 'Train-exec0001'),
      objectStore: this.store,
      imageMap: new ImageMap(),
      sandbox,
      defaultOutputPath: 's3://pipewright/executions/exec0001/Train',
      onLog: (_stream, text) => chunks.push(text),
      signal: new AbortController().signal,
      workingDir: this.root,
      stopGraceMs: 1000,
      ...overrides,
    };
    return { context, logs: () => chunks.join('') };
  }
}
