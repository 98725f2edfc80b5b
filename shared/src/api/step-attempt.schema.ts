import { z } from 'zod';
import { stepStatuses } from '../execution';
import { TimestampSchema } from './timestamp.schema';

/**
 * One attempt of one step, for a timeline: the step list shows only each step's latest attempt,
 * while retries, restarts and `POST /retry` each add an attempt with its own start and end.
 */
export const StepAttemptSchema = z.object({
  stepName: z.string(),
  attempt: z.number().int().positive(),
  startTime: TimestampSchema,
  /** Absent while the attempt runs. */
  endTime: TimestampSchema.optional(),
  status: z.enum(stepStatuses),
  failureReason: z.string().optional(),
  /**
   * Set when the attempt ended without a result because the server stopped (it ran again as a
   * new attempt): `status` is Failed, `failureReason` says why, but the step did not fail.
   */
  interrupted: z.literal(true).optional(),
});
export type StepAttempt = z.infer<typeof StepAttemptSchema>;

/** `GET /api/executions/:id/attempts`: every attempt of every started step, oldest start first. */
export const StepAttemptListSchema = z.object({ attempts: z.array(StepAttemptSchema) });
export type StepAttemptList = z.infer<typeof StepAttemptListSchema>;
