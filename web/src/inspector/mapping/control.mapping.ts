import type { Condition, OutputParameter } from '@pipewright/shared';
import { entriesAt, listAt, numberAt, textAt, valueAt } from './form-mapping';

/** A Lambda step: the function, its event (the Arguments) and the outputs it returns. */
export const lambdaForm = {
  functionArn: textAt(['FunctionArn']),
  event: entriesAt(['Arguments']),
  outputParameters: listAt<OutputParameter>(['OutputParameters']),
  timeout: numberAt(['Timeout']),
};

/** A Callback step: the queue, the message (the Arguments) and the outputs it waits for. */
export const callbackForm = {
  queueUrl: textAt(['SqsQueueUrl']),
  message: entriesAt(['Arguments']),
  outputParameters: listAt<OutputParameter>(['OutputParameters']),
};

export const outputParameterForm = {
  name: textAt(['OutputName']),
  type: textAt(['OutputType']),
};

export const outputTypes = ['String', 'Integer', 'Float', 'Boolean'];

export const failForm = {
  errorMessage: valueAt(['Arguments', 'ErrorMessage']),
};

export const conditionForm = {
  conditions: listAt<Condition>(['Arguments', 'Conditions']),
};
