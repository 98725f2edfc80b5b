import {
  type EmbeddedFile,
  type PipelineDocument,
  extensionOf,
  setEmbeddedFile,
  updateStep,
} from '@pipewright/shared';
import { findStepNode } from '../edit/step-lookup';
import { getIn, setIn } from '../mapping/lens';
import { newProcessingInput } from '../mapping/processing.mapping';
import { decodeJsonString } from '../mapping/training.mapping';

type Raw = Record<string, unknown>;
type Language = NonNullable<EmbeddedFile['language']>;

/** Where a step's script lives, or why the editor cannot embed it. */
export type ScriptLocation =
  { ok: true; uri: string } | { ok: false; reason: string; missing: boolean };

/** The script language a file name implies. */
export function languageOfUri(uri: string): Language {
  const extension = /\.([A-Za-z0-9]+)$/.exec(uri)?.[1]?.toLowerCase();
  if (extension === 'py') return 'python';
  if (extension === 'js' || extension === 'mjs' || extension === 'cjs') return 'javascript';
  if (extension === 'sh' || extension === 'bash') return 'shell';
  return 'text';
}

/** Monaco's name for an embedded file's language. */
export function monacoLanguage(language: Language): string {
  return language === 'text' ? 'plaintext' : language;
}

const codePath = '/opt/ml/processing/input/code';
const inputsPath = ['Arguments', 'ProcessingInputs'];

function codeInput(step: Raw): { index: number; input: Raw } | undefined {
  const inputs = getIn(step, inputsPath);
  if (!Array.isArray(inputs)) return undefined;
  const index = inputs.findIndex((input) => (input as Raw | null)?.InputName === 'code');
  return index < 0 ? undefined : { index, input: inputs[index] as Raw };
}

/**
 * A Processing step's script: the URI its "code" input reads. When that input names a folder
 * (`s3://bucket/code/`), the script is the file of that folder the entrypoint runs.
 */
export function processingScript(step: Raw): ScriptLocation {
  const code = codeInput(step);
  if (!code) return { ok: false, missing: true, reason: 'This step has no "code" input yet.' };
  const uri = getIn(code.input, ['S3Input', 'S3Uri']);
  if (typeof uri !== 'string' || uri === '') {
    return {
      ok: false,
      missing: false,
      reason:
        'The "code" input reads an expression, not a fixed URI: its script cannot be embedded.',
    };
  }
  if (!uri.endsWith('/')) return { ok: true, uri };
  const local = getIn(code.input, ['S3Input', 'LocalPath']);
  const entrypoint = getIn(step, ['Arguments', 'AppSpecification', 'ContainerEntrypoint']);
  const prefix = `${typeof local === 'string' ? local.replace(/\/$/, '') : codePath}/`;
  const script = Array.isArray(entrypoint)
    ? entrypoint.find((word): word is string => typeof word === 'string' && word.startsWith(prefix))
    : undefined;
  if (!script) {
    return {
      ok: false,
      missing: false,
      reason: `The "code" input is the folder ${uri}; name the script to run in the entrypoint (${prefix}…).`,
    };
  }
  return { ok: true, uri: uri + script.slice(prefix.length) };
}

/**
 * Gives a Processing step a script: a "code" input reading `s3://pipewright/code/<step>.py` and
 * an entrypoint running it when they are missing, and the embedded file with a starter.
 */
export function createProcessingScript(
  document: PipelineDocument,
  stepName: string,
): PipelineDocument {
  let next = updateStep(document, stepName, (step) => {
    let result = step;
    if (!codeInput(result)) {
      const input = newProcessingInput('code');
      const s3 = input.S3Input as Raw;
      input.S3Input = { ...s3, S3Uri: `s3://pipewright/code/${stepName}.py`, LocalPath: codePath };
      const inputs = getIn(result, inputsPath);
      result = setIn(result, inputsPath, [...(Array.isArray(inputs) ? inputs : []), input]);
    }
    const entrypointPath = ['Arguments', 'AppSpecification', 'ContainerEntrypoint'];
    const entrypoint = getIn(result, entrypointPath);
    if (!Array.isArray(entrypoint) || entrypoint.length === 0) {
      result = setIn(result, entrypointPath, ['python3', `${codePath}/${stepName}.py`]);
    }
    return result;
  });
  const step = findStepNode(next, stepName)?.step;
  const location = step ? processingScript(step) : undefined;
  if (location?.ok) next = ensureFile(next, location.uri, starter(location.uri, 'processing'));
  return next;
}

/**
 * A Training step's script in script mode: `sagemaker_submit_directory` + `sagemaker_program`,
 * both JSON-encoded hyperparameters as the SDK writes them. `hyperparameters` is where they are
 * (a Tuning step keeps them in its training job definition's static hyperparameters).
 */
export function trainingScript(step: Raw, hyperparameters: readonly string[]): ScriptLocation {
  const program = decodeJsonString(getIn(step, [...hyperparameters, 'sagemaker_program']));
  const directory = decodeJsonString(
    getIn(step, [...hyperparameters, 'sagemaker_submit_directory']),
  );
  if (program === '' || directory === '') {
    return {
      ok: false,
      missing: true,
      reason:
        'Script mode needs the sagemaker_program and sagemaker_submit_directory hyperparameters.',
    };
  }
  if (/\.(tar\.gz|tgz|tar)$/.test(directory)) {
    return {
      ok: false,
      missing: false,
      reason: `The source is the archive ${directory}; set a folder URI to embed the script.`,
    };
  }
  return { ok: true, uri: `${directory.replace(/\/?$/, '/')}${program}` };
}

/** Gives a Training step script-mode hyperparameters when missing, and the embedded file. */
export function createTrainingScript(
  document: PipelineDocument,
  stepName: string,
  hyperparameters: readonly string[],
): PipelineDocument {
  let next = updateStep(document, stepName, (step) => {
    let result = step;
    const programPath = [...hyperparameters, 'sagemaker_program'];
    const directoryPath = [...hyperparameters, 'sagemaker_submit_directory'];
    if (decodeJsonString(getIn(result, programPath)) === '') {
      result = setIn(result, programPath, JSON.stringify(`${stepName}.py`));
    }
    if (decodeJsonString(getIn(result, directoryPath)) === '') {
      result = setIn(result, directoryPath, JSON.stringify(`s3://pipewright/code/${stepName}/`));
    }
    return result;
  });
  const step = findStepNode(next, stepName)?.step;
  const location = step ? trainingScript(step, hyperparameters) : undefined;
  if (location?.ok) next = ensureFile(next, location.uri, starter(location.uri, 'training'));
  return next;
}

/**
 * A Lambda step's handler, by the local runtime's rule (docs/local-runtime.md): an `s3://`
 * FunctionArn is the file itself; otherwise the function's name picks the one embedded file whose
 * URI ends in `/<name>.py`, `.mjs` or `.js`, and a new one is `s3://pipewright/lambdas/<name>.py`.
 */
export function lambdaHandler(
  files: Record<string, EmbeddedFile> | undefined,
  step: Raw,
): ScriptLocation {
  const arn = typeof step.FunctionArn === 'string' ? step.FunctionArn : '';
  if (arn.startsWith('s3://')) return { ok: true, uri: arn };
  if (arn.startsWith('file://')) {
    return { ok: false, missing: false, reason: `The handler is the local file ${arn}.` };
  }
  const name = functionName(arn);
  if (!name)
    return { ok: false, missing: false, reason: 'Set the FunctionArn to name the handler.' };
  const matches = Object.keys(files ?? {}).filter((uri) =>
    ['.py', '.mjs', '.js'].some((end) => uri.endsWith(`/${name}${end}`)),
  );
  if (matches.length > 1) {
    return {
      ok: false,
      missing: false,
      reason: `Several embedded files could be the handler of "${name}": ${matches.join(', ')}. Keep one.`,
    };
  }
  return { ok: true, uri: matches[0] ?? `s3://pipewright/lambdas/${name}.py` };
}

/** The function name of a Lambda ARN (a `:version` or `:alias` suffix ignored) or a bare name. */
export function functionName(arn: string): string {
  const match = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(arn);
  if (match?.[1]) return match[1];
  return arn.includes(':') ? '' : arn;
}

/** Adds the embedded file at `uri` with `content` unless it exists. */
export function ensureFile(
  document: PipelineDocument,
  uri: string,
  content: string,
): PipelineDocument {
  if (extensionOf(document).files?.[uri]) return document;
  return setEmbeddedFile(document, uri, { content, language: languageOfUri(uri) });
}

/** The first lines of a new script, by what runs it and its language. */
export function starter(uri: string, kind: 'processing' | 'training' | 'lambda'): string {
  const language = languageOfUri(uri);
  if (kind === 'lambda') {
    return language === 'javascript'
      ? 'export async function handler(event, context) {\n  return {};\n}\n'
      : 'def lambda_handler(event, context):\n    return {}\n';
  }
  if (language === 'shell') return '#!/bin/sh\nset -eu\n';
  if (language === 'javascript') return `console.log('Hello from ${kind}');\n`;
  if (kind === 'training') {
    return 'import argparse\n\nif __name__ == "__main__":\n    parser = argparse.ArgumentParser()\n    args, _ = parser.parse_known_args()\n    print("training with", args)\n';
  }
  return 'import os\n\nif __name__ == "__main__":\n    print("inputs:", os.listdir("/opt/ml/processing/input"))\n';
}
