// Pipewright's local Lambda runtime for JavaScript handlers (see docs/local-runtime.md).
//   node lambda-bootstrap.mjs HANDLER_FILE INVOCATION_JSON RESULT_JSON
// Imports the handler module, calls its `handler(event, context)` (awaiting a promise) and writes
// `{"result": …}` or `{"errorType", "errorMessage"}` to RESULT_JSON. Standard output and error
// stay the handler's own: they are the step's log.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [handlerPath, invocationPath, resultPath] = process.argv.slice(2);

function writeResult(value) {
  const staging = `${resultPath}.partial`;
  writeFileSync(staging, JSON.stringify(value));
  renameSync(staging, resultPath);
}

function contextFrom(info) {
  return {
    functionName: info.functionName,
    functionVersion: info.functionVersion,
    invokedFunctionArn: info.invokedFunctionArn,
    memoryLimitInMB: info.memoryLimitInMB,
    awsRequestId: info.awsRequestId,
    logGroupName: info.logGroupName,
    logStreamName: info.logStreamName,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, info.deadlineMs - Date.now()),
  };
}

try {
  const invocation = JSON.parse(readFileSync(invocationPath, 'utf8'));
  const module = await import(pathToFileURL(handlerPath).href);
  const handler = module.handler ?? module.default?.handler;
  if (typeof handler !== 'function') {
    const error = new Error(`${handlerPath} does not export a function named "handler"`);
    error.name = 'Runtime.HandlerNotFound';
    throw error;
  }
  const result = await handler(invocation.event, contextFrom(invocation.context));
  let text;
  try {
    text = JSON.stringify(result === undefined ? null : result);
  } catch (cause) {
    const error = new Error(`the handler's result cannot be written as JSON: ${cause.message}`);
    error.name = 'Runtime.ResultNotJson';
    throw error;
  }
  writeResult({ result: JSON.parse(text) });
  // Lambda freezes the process once the handler returns: timers it left behind never run.
  process.exit(0);
} catch (error) {
  const isError = error instanceof Error;
  console.error(isError ? (error.stack ?? String(error)) : String(error));
  writeResult({
    errorType: isError ? error.name : 'Error',
    errorMessage: isError ? error.message : String(error),
  });
  process.exit(1);
}
