import { z } from 'zod';

/** An ISO 8601 timestamp, as every time in the API is sent. */
export const TimestampSchema = z.iso.datetime({ offset: true });
