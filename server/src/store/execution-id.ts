import { randomInt } from 'node:crypto';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh execution id: 12 random lowercase letters and digits, like SageMaker's. */
export function newExecutionId(): string {
  let id = '';
  for (let index = 0; index < 12; index += 1) id += alphabet[randomInt(alphabet.length)];
  return id;
}
