import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExecutionState, parseServerMessage, reduceExecution } from '@pipewright/shared';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort, killStartedServers, startServerProcess } from './server-process';

const example = fileURLToPath(
  new URL('../../../examples/quality-gate/pipeline.json', import.meta.url),
);

afterEach(killStartedServers);

describe('the quality-gate example through the HTTP API, watched live', () => {
  it('runs to Succeeded while the WebSocket streams every event and log line', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-api-run-'));
    const token = 'api-run-test-token-0123456789abcdef';
    const port = await freePort();
    const server = await startServerProcess({ dataDir, port, token });
    try {
      const definition = JSON.parse(await readFile(example, 'utf8'));
      expect(
        (await server.api('POST', '/api/pipelines', { name: 'quality-gate', definition })).status,
      ).toBe(201);
      const started = await server.api('POST', '/api/pipelines/quality-gate/executions', {
        parameters: { MaxError: 0.2 },
        displayName: 'from-the-api-test',
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const id = started.body.PipelineExecutionId as string;

      const socket = new WebSocket(`ws://127.0.0.1:${port}/api/live`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const messages: unknown[] = [];
      let wake: () => void = () => {};
      socket.on('message', (data) => {
        messages.push(JSON.parse(data.toString()));
        wake();
      });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      socket.send(JSON.stringify({ type: 'hello', protocolVersion: 1 }));
      socket.send(
        JSON.stringify({
          type: 'subscribe',
          topic: { kind: 'execution', executionId: id },
          sinceSeq: 0,
        }),
      );

      let state: ExecutionState | undefined;
      const logs: string[] = [];
      while (state?.endTime === undefined) {
        if (messages.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const parsed = parseServerMessage(JSON.stringify(messages.shift()));
        if (!parsed.ok) throw new Error(parsed.error.message);
        const message = parsed.message;
        if (message.type === 'snapshot') state = message.state ?? undefined;
        if (message.type !== 'events') continue;
        for (const { seq, event } of message.events) {
          state = reduceExecution(state, event, seq);
          if (event.type === 'log') logs.push(event.text);
        }
      }
      socket.close();

      expect(state.status).toBe('Succeeded');
      expect(state.steps.CheckQuality?.metadata).toEqual({ Condition: { Outcome: 'True' } });
      expect(logs.join('')).toMatch(/test MAE 0\.\d+/);

      const described = await server.api('GET', `/api/executions/${id}`);
      expect(described.body).toMatchObject({
        PipelineExecutionStatus: 'Succeeded',
        PipelineExecutionDisplayName: 'from-the-api-test',
      });
      const properties = await server.api('GET', `/api/executions/${id}/steps/Evaluate/properties`);
      expect(JSON.stringify(properties.body)).toContain('evaluation');
      const objects = await server.api(
        'GET',
        `/api/objects?prefix=${encodeURIComponent(`s3://pipewright/executions/${id}/Publish/`)}`,
      );
      expect(JSON.stringify(objects.body)).toContain('model-card.txt');
    } finally {
      await server.stop();
    }
  });
});
