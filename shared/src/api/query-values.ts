import { z } from 'zod';

/**
 * A whole number from `min` to `max` written in a query string (`?limit=20`). Query values
 * arrive as text; only plain decimal digits are taken, so `1e3`, `0x10` or ` 5` are refused
 * instead of read as something the caller did not mean.
 */
export function countText(name: string, min: number, max: number = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  const message = `${name} must be a whole number ${range}.`;
  return z
    .string({ error: message })
    .regex(/^\d{1,15}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

/** A byte offset in a query string: a whole number of at least 0. */
export function wholeNumberText(name: string) {
  return countText(name, 0);
}
