import { randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new callback token: 10 random letters and digits, as SageMaker's `CallbackToken`. */
export function newCallbackToken(): string {
  let token = '';
  for (let index = 0; index < 10; index++) token += alphabet[randomInt(alphabet.length)];
  return token;
}
