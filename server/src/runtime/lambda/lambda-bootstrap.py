"""Pipewright's local Lambda runtime for Python handlers (see docs/local-runtime.md).

    python3 lambda-bootstrap.py HANDLER_FILE INVOCATION_JSON RESULT_JSON

Imports the handler module, calls its `lambda_handler(event, context)` (or `handler`) and writes
{"result": ...} or {"errorType", "errorMessage"} to RESULT_JSON. Standard output and error stay
the handler's own: they are the step's log.
"""
import importlib.util
import json
import os
import sys
import time
import traceback


class HandlerNotFound(Exception):
    pass


class LambdaContext:
    """The attributes and method of AWS Lambda's Python context object."""

    def __init__(self, info):
        self.function_name = info["functionName"]
        self.function_version = info["functionVersion"]
        self.invoked_function_arn = info["invokedFunctionArn"]
        self.memory_limit_in_mb = info["memoryLimitInMB"]
        self.aws_request_id = info["awsRequestId"]
        self.log_group_name = info["logGroupName"]
        self.log_stream_name = info["logStreamName"]
        self._deadline_ms = info["deadlineMs"]

    def get_remaining_time_in_millis(self):
        return max(0, int(self._deadline_ms - time.time() * 1000))


def write_result(path, text):
    staging = path + ".partial"
    with open(staging, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(staging, path)


def load_handler(path):
    folder = os.path.dirname(os.path.abspath(path))
    # Lambda puts the function's folder on the path, so a handler can import its siblings.
    sys.path.insert(0, folder)
    name = os.path.splitext(os.path.basename(path))[0].replace("-", "_").replace(".", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    for attribute in ("lambda_handler", "handler"):
        function = getattr(module, attribute, None)
        if callable(function):
            return function
    raise HandlerNotFound(f'{path} defines no function named "lambda_handler" or "handler"')


def main():
    handler_path, invocation_path, result_path = sys.argv[1:4]
    try:
        with open(invocation_path, encoding="utf-8") as handle:
            invocation = json.load(handle)
        function = load_handler(handler_path)
        result = function(invocation["event"], LambdaContext(invocation["context"]))
        try:
            text = json.dumps({"result": result}, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise TypeError(f"the handler's result cannot be written as JSON: {error}") from None
    except Exception as error:  # the handler's own failure: reported, not re-raised
        traceback.print_exc()
        error_type = "Runtime.HandlerNotFound" if isinstance(error, HandlerNotFound) else type(error).__name__
        write_result(result_path, json.dumps({"errorType": error_type, "errorMessage": str(error)}))
        sys.stdout.flush()
        sys.exit(1)
    write_result(result_path, text)
    sys.stdout.flush()
    sys.stderr.flush()
    # Lambda freezes the process once the handler returns: threads it left behind never run.
    os._exit(0)


if __name__ == "__main__":
    main()
