import { describe, expect, it } from 'vitest';
import type { ExecutionSummary } from '../api';
import { fold, ran } from '../execution/execution-test-helpers';
import { parseClientMessage, parseServerMessage } from './parse-message';
import type { ServerMessage } from './server-message.schema';

const executionId = 'abc123def456';

describe('parseClientMessage accepts every client message', () => {
  it.each([
    [{ type: 'hello', protocolVersion: 1 }],
    [{ type: 'hello', protocolVersion: 7 }],
    [{ type: 'subscribe', topic: { kind: 'execution', executionId } }],
    [{ type: 'subscribe', topic: { kind: 'execution', executionId }, sinceSeq: 0 }],
    [{ type: 'subscribe', topic: { kind: 'executions' }, sinceSeq: 1234 }],
    [{ type: 'unsubscribe', topic: { kind: 'executions' } }],
    [{ type: 'ping' }],
    [{ type: 'ping', id: 'p-1' }],
  ])('%j', (message) => {
    expect(parseClientMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it('ignores keys it does not know, so a newer client can add optional ones', () => {
    const result = parseClientMessage('{"type":"ping","id":"1","trace":"x"}');
    expect(result).toEqual({ ok: true, message: { type: 'ping', id: '1' } });
  });
});

describe('parseClientMessage explains a bad frame', () => {
  it.each([
    ['not JSON', 'hello', 'not-json', undefined, /not JSON: hello/],
    ['a JSON array', '[1]', 'invalid-message', '', /JSON object/],
    ['a JSON string', '"hello"', 'invalid-message', '', /JSON object/],
    ['no type', '{"protocolVersion":1}', 'invalid-message', '/type', /"type" string/],
    ['a numeric type', '{"type":3}', 'invalid-message', '/type', /"type" string/],
    ['an unknown type', '{"type":"shout"}', 'unknown-type', '/type', /"shout".*hello, subscribe/],
    [
      'a hello without a version',
      '{"type":"hello"}',
      'invalid-message',
      '/protocolVersion',
      /"hello" message is malformed at \/protocolVersion/,
    ],
    [
      'a fractional version',
      '{"type":"hello","protocolVersion":1.5}',
      'invalid-message',
      '/protocolVersion',
      /expected int/,
    ],
    [
      'an unknown topic kind',
      '{"type":"subscribe","topic":{"kind":"pipelines"}}',
      'invalid-message',
      '/topic/kind',
      /malformed at \/topic\/kind/,
    ],
    [
      'a bad execution id',
      '{"type":"subscribe","topic":{"kind":"execution","executionId":"../x"}}',
      'invalid-message',
      '/topic/executionId',
      /12 lowercase letters and digits/,
    ],
    [
      'a negative cursor',
      '{"type":"subscribe","topic":{"kind":"executions"},"sinceSeq":-1}',
      'invalid-message',
      '/sinceSeq',
      /sinceSeq/,
    ],
    [
      'a ping id that is too long',
      JSON.stringify({ type: 'ping', id: 'x'.repeat(65) }),
      'invalid-message',
      '/id',
      /\/id/,
    ],
  ])('%s', (_name, frame, code, path, message) => {
    const result = parseClientMessage(frame);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path).toBe(path);
    expect(result.error.message).toMatch(message);
  });

  it('does not echo a long frame back whole', () => {
    const result = parseClientMessage(`x${'y'.repeat(10_000)}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(100);
  });
});

const summary: ExecutionSummary = {
  PipelineExecutionArn: `arn:aws:sagemaker:local:000000000000:pipeline/p/execution/${executionId}`,
  PipelineExecutionId: executionId,
  PipelineArn: 'arn:aws:sagemaker:local:000000000000:pipeline/p',
  PipelineName: 'p',
  PipelineVersion: 1,
  PipelineExecutionDisplayName: 'run',
  PipelineExecutionStatus: 'Executing',
  CreationTime: '2026-01-01T00:00:00.000Z',
  StartTime: '2026-01-01T00:00:00.000Z',
  LastModifiedTime: '2026-01-01T00:00:01.000Z',
  Parameters: [],
  StepCounts: {
    Total: 1,
    NotStarted: 0,
    Starting: 0,
    Executing: 0,
    Stopping: 0,
    Stopped: 0,
    Failed: 1,
    Succeeded: 0,
  },
};
const state = fold([
  { type: 'execution-started', parameters: { N: 1 }, stepNames: ['A'] },
  ...ran('A', 'failed', { reason: 'exit 1', metadata: { ProcessingJob: { Arn: 'x' } } }),
]);
const at = '2026-01-01T00:00:00.000Z';

describe('parseServerMessage reads back every server message', () => {
  it.each<ServerMessage>([
    { type: 'welcome', protocolVersion: 1, serverVersion: '0.1.0', heartbeatIntervalMs: 30_000 },
    { type: 'incompatible', protocolVersion: 2, supported: [1], reason: 'too new' },
    { type: 'subscribed', topic: { kind: 'execution', executionId }, cursor: 4 },
    {
      type: 'events',
      executionId,
      events: [
        { seq: 5, event: { type: 'execution-stopping', at } },
        {
          seq: 6,
          event: { type: 'log', at, stepName: 'A', attempt: 1, stream: 'stderr', text: 'x\n' },
        },
      ],
    },
    { type: 'snapshot', executionId, seq: 4, state },
    { type: 'snapshot', executionId, seq: 0, state: null },
    { type: 'execution-status', cursor: 17, summary },
    { type: 'executions-snapshot', cursor: 17, executions: [summary] },
    { type: 'error', code: 'not-found', message: 'no such', path: '/topic/executionId' },
    { type: 'pong', id: 'p-1' },
    { type: 'pong' },
    { type: 'heartbeat' },
  ])('$type', (message) => {
    expect(parseServerMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it.each([
    ['an empty events batch', { type: 'events', executionId, events: [] }, '/events'],
    [
      'a seq of 0',
      { type: 'events', executionId, events: [{ seq: 0, event: { type: 'heartbeat', at } }] },
      '/events/0/seq',
    ],
    ['an unknown error code', { type: 'error', code: 'oops', message: 'x' }, '/code'],
    [
      'a state that is not one',
      { type: 'snapshot', executionId, seq: 1, state: { lastSeq: 1 } },
      '/state/status',
    ],
  ])('refuses %s', (_name, message, path) => {
    const result = parseServerMessage(JSON.stringify(message));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-message', path } });
  });
});
