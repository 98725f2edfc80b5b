import type { DeclaredOutput } from '../runtime/output-parameters';

/** A value of each type to fill in, so the printed commands run as they are. */
const sampleValues: Record<DeclaredOutput['type'], string> = {
  String: 'value',
  Integer: '1',
  Float: '0.5',
  Boolean: 'true',
};

/** Quotes a word for a POSIX shell when it needs quoting. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `pipewright callback succeed|fail …` lines that answer `token` in the data directory `dataDir`. */
export function cliInstructions(
  token: string,
  declared: readonly DeclaredOutput[],
  dataDir: string,
): string[] {
  const outputs = declared.map(
    (output) => ` --output ${shellWord(`${output.name}=${sampleValues[output.type]}`)}`,
  );
  const data = ` --data ${shellWord(dataDir)}`;
  return [
    `pipewright callback succeed --token ${token}${outputs.join('')}${data}`,
    `pipewright callback fail --token ${token} --reason 'why it failed'${data}`,
  ];
}

/** `curl` lines that answer `token` through a running server's API (`$PIPEWRIGHT_URL`, `$PIPEWRIGHT_TOKEN`). */
export function apiInstructions(token: string, declared: readonly DeclaredOutput[]): string[] {
  const success = {
    callbackToken: token,
    outputParameters: declared.map((output) => ({
      Name: output.name,
      Value: sampleValues[output.type],
    })),
  };
  const failure = { callbackToken: token, failureReason: 'why it failed' };
  const curl = (path: string, body: unknown) =>
    `curl -X POST "$PIPEWRIGHT_URL/api/callbacks/${path}" -H "Authorization: Bearer $PIPEWRIGHT_TOKEN" ` +
    `-H 'Content-Type: application/json' -d ${shellWord(JSON.stringify(body))}`;
  return [curl('success', success), curl('failure', failure)];
}
