import { z } from 'zod';

/** SageMaker's `CallbackToken`: exactly 10 letters and digits. */
export const callbackTokenPattern = /^[A-Za-z0-9]{10}$/;

/** A Callback step's token, as its metadata shows it (`Metadata.Callback.CallbackToken`). */
export const CallbackTokenSchema = z
  .string()
  .regex(callbackTokenPattern, 'A callback token is exactly 10 letters and digits.');

/** One output parameter sent with success, as SageMaker's `OutputParameter`: the value is text. */
export const CallbackOutputParameterSchema = z.strictObject({
  Name: z.string().min(1, 'An output parameter needs a Name.').max(256),
  Value: z.string().max(1024, 'An output parameter value has at most 1024 characters.'),
});
export type CallbackOutputParameter = z.infer<typeof CallbackOutputParameterSchema>;

/**
 * `POST /api/callbacks/success` (SageMaker's `SendPipelineExecutionStepSuccess`): the waiting
 * Callback step succeeds with these outputs, each converted to its declared OutputType.
 */
export const SendCallbackSuccessRequestSchema = z.strictObject({
  callbackToken: CallbackTokenSchema,
  outputParameters: z
    .array(CallbackOutputParameterSchema)
    .max(50, 'At most 50 output parameters can be sent.')
    .optional(),
});
export type SendCallbackSuccessRequest = z.infer<typeof SendCallbackSuccessRequestSchema>;

/**
 * `POST /api/callbacks/failure` (SageMaker's `SendPipelineExecutionStepFailure`): the waiting
 * Callback step fails with this reason.
 */
export const SendCallbackFailureRequestSchema = z.strictObject({
  callbackToken: CallbackTokenSchema,
  failureReason: z.string().max(1024, 'A failure reason has at most 1024 characters.').optional(),
});
export type SendCallbackFailureRequest = z.infer<typeof SendCallbackFailureRequestSchema>;

/** The answer to both: which execution and step the token belonged to. */
export const CallbackReceiptSchema = z.object({
  PipelineExecutionArn: z.string(),
  StepName: z.string(),
});
export type CallbackReceipt = z.infer<typeof CallbackReceiptSchema>;
