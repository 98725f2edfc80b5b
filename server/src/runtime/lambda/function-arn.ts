import { RuntimeUserError } from '../runtime-error';

/** What a Lambda step's `FunctionArn` names on this machine. */
export type FunctionTarget =
  /** A handler file given directly: `s3://bucket/key.py` or `file:///path/handler.mjs`. */
  | { kind: 'uri'; uri: string; functionName: string; region: string }
  /** A function by name (from its ARN), found by the naming rule in docs/local-runtime.md. */
  | { kind: 'name'; functionName: string; region: string };

/** The file extensions a local handler may have, in the order they are looked for. */
export const handlerExtensions = ['.py', '.mjs', '.js'] as const;

// arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]
const functionArn =
  /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;
const bareName = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads a Lambda step's FunctionArn: a Lambda function ARN (a version or alias suffix is
 * allowed and ignored) or a bare function name, or the `s3://`/`file://` URI of a handler file
 * ending in `.py`, `.mjs` or `.js`. Throws a `RuntimeUserError` saying which forms work.
 */
export function parseFunctionArn(value: unknown): FunctionTarget {
  if (typeof value !== 'string' || value === '') {
    throw new RuntimeUserError('invalid-arguments', 'The step has no FunctionArn.');
  }
  if (value.startsWith('s3://') || value.startsWith('file://')) {
    const file = value.slice(value.lastIndexOf('/') + 1);
    const extension = handlerExtensions.find((ext) => file.endsWith(ext));
    if (extension === undefined || file.length === extension.length) {
      throw new RuntimeUserError(
        'invalid-arguments',
        `FunctionArn ${value} is not a handler file: it must end in .py, .mjs or .js.`,
      );
    }
    return {
      kind: 'uri',
      uri: value,
      functionName: file.slice(0, -extension.length),
      region: 'local',
    };
  }
  const arn = functionArn.exec(value);
  if (arn) return { kind: 'name', functionName: arn[3] ?? '', region: arn[1] ?? 'local' };
  if (bareName.test(value)) return { kind: 'name', functionName: value, region: 'local' };
  throw new RuntimeUserError(
    'invalid-arguments',
    `FunctionArn "${value}" is neither a Lambda function ARN ` +
      '(arn:aws:lambda:<region>:<account>:function:<name>) nor the s3:// or file:// URI of a handler file.',
  );
}
