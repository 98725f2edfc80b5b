import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ObjectStore } from '../object-store';
import { RuntimeUserError } from '../runtime-error';
import { type FunctionTarget, handlerExtensions } from './function-arn';

/** The handler file a Lambda step runs, and the runtime that runs it. */
export interface LambdaHandler {
  path: string;
  runtime: 'python' | 'node';
  /** Where it came from, for the log: `the embedded file s3://…`, `lambdas/decide.py`. */
  origin: string;
}

export interface HandlerLookup {
  target: FunctionTarget;
  /** The document's `x-pipewright.files`, keyed by URI. */
  embeddedFiles: Readonly<Record<string, { content: string }>>;
  /** Where `lambdas/` is looked for: the server's (or `pipewright run`'s) working directory. */
  workingDir: string;
  objectStore: ObjectStore;
  /** The attempt's own folder for a handler that has to be written out (embedded or `s3://`). */
  functionDir: string;
}

/**
 * Finds the handler of a Lambda step by the naming rule (docs/local-runtime.md, "Lambda
 * steps"): a FunctionArn URI is the handler itself; a function name `<name>` is the one embedded
 * file whose URI ends in `/<name>.py`, `.mjs` or `.js`, otherwise `lambdas/<name>.py|.mjs|.js`
 * in the working directory. Two candidates in one place are refused rather than guessed
 * between; none at all fails with a message that says where it looked.
 */
export async function findLambdaHandler(lookup: HandlerLookup): Promise<LambdaHandler> {
  const { target } = lookup;
  if (target.kind === 'uri') return handlerAtUri(lookup, target.uri);
  const name = target.functionName;
  const fileNames = handlerExtensions.map((ext) => `${name}${ext}`);
  const embedded = Object.keys(lookup.embeddedFiles).filter((uri) =>
    fileNames.includes(uri.slice(uri.lastIndexOf('/') + 1)),
  );
  if (embedded.length > 1) {
    throw new RuntimeUserError(
      'conflict',
      `Lambda function "${name}" matches ${embedded.length} embedded files (${embedded.join(', ')}); ` +
        'keep one, or set FunctionArn to the URI of the one to run.',
    );
  }
  const [uri] = embedded;
  if (uri !== undefined) {
    const path = join(lookup.functionDir, basename(uri));
    await writeHandler(lookup.functionDir, path, lookup.embeddedFiles[uri]?.content ?? '');
    return { path, runtime: runtimeOf(path), origin: `the embedded file ${uri}` };
  }
  const folder = join(lookup.workingDir, 'lambdas');
  const onDisk = (
    await Promise.all(
      fileNames.map(async (file) => ((await isFile(join(folder, file))) ? file : '')),
    )
  ).filter((file) => file !== '');
  if (onDisk.length > 1) {
    throw new RuntimeUserError(
      'conflict',
      `Lambda function "${name}" has ${onDisk.length} handlers in ${folder} (${onDisk.join(', ')}); keep one.`,
    );
  }
  const [file] = onDisk;
  if (file !== undefined) {
    const path = join(folder, file);
    return { path, runtime: runtimeOf(path), origin: path };
  }
  throw new RuntimeUserError(
    'not-found',
    `No local handler for Lambda function "${name}". Pipewright looked for an embedded file ` +
      `(x-pipewright.files) whose URI ends in /${fileNames.join(', /')}, then for ` +
      `${fileNames.map((f) => join(folder, f)).join(', ')}. Embed the handler in the document, ` +
      `put it in ${folder}, or set FunctionArn to the s3:// or file:// URI of the handler file.`,
  );
}

async function handlerAtUri(lookup: HandlerLookup, uri: string): Promise<LambdaHandler> {
  const location = lookup.objectStore.locate(uri);
  if (location.scheme === 'file') {
    if (!(await isFile(location.path))) {
      throw new RuntimeUserError(
        'not-found',
        `FunctionArn ${uri}: there is no file at ${location.path}.`,
      );
    }
    return { path: location.path, runtime: runtimeOf(location.path), origin: location.path };
  }
  await mkdir(lookup.functionDir, { recursive: true });
  await lookup.objectStore.copyTo(uri, lookup.functionDir);
  const path = join(lookup.functionDir, basename(location.path));
  if (!(await isFile(path))) {
    throw new RuntimeUserError('not-found', `FunctionArn ${uri} is a prefix, not a handler file.`);
  }
  await moduleTypeMarker(lookup.functionDir, path);
  return { path, runtime: runtimeOf(path), origin: uri };
}

async function writeHandler(folder: string, path: string, content: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path, content);
  await moduleTypeMarker(folder, path);
}

/**
 * A handler written into the data directory would otherwise inherit the `"type"` of whatever
 * package.json is above it. An empty one lets Node tell ES modules from CommonJS by their syntax.
 */
async function moduleTypeMarker(folder: string, path: string): Promise<void> {
  if (extname(path) === '.js') await writeFile(join(folder, 'package.json'), '{}\n');
}

function runtimeOf(path: string): LambdaHandler['runtime'] {
  return extname(path) === '.py' ? 'python' : 'node';
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
