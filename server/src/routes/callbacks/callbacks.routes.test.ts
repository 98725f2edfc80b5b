import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createPipeline, startExecution } from '../../testing/pipeline-fixtures';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

const gate = {
  Version: '2020-12-01',
  Steps: [
    {
      Name: 'Approve',
      Type: 'Callback',
      Arguments: {},
      OutputParameters: [{ OutputName: 'score', OutputType: 'Integer' }],
    },
  ],
};

/** The token the waiting step shows in ListPipelineExecutionSteps, once it shows one. */
async function waitingToken(app: FastifyInstance, id: string): Promise<string> {
  for (let tries = 0; tries < 1000; tries++) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/executions/${id}/steps`,
      headers: AUTH_HEADERS,
    });
    const [step] = res.json<{
      PipelineExecutionSteps: { Metadata?: { Callback?: { CallbackToken: string } } }[];
    }>().PipelineExecutionSteps;
    const token = step?.Metadata?.Callback?.CallbackToken;
    if (token !== undefined) return token;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the step never showed a token');
}

const post = (app: FastifyInstance, path: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/callbacks/${path}`, headers: AUTH_HEADERS, payload });

describe('callback routes', () => {
  const testApp = useTestApp();

  it('sends success with typed outputs once; a second answer is a 409', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'gate', gate);
    const { id } = await startExecution(app, 'gate');
    const callbackToken = await waitingToken(app, id);

    const wrong = await post(app, 'success', {
      callbackToken,
      outputParameters: [{ Name: 'score', Value: 'ten' }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      message: 'Output parameter "score" must be an Integer, but what was sent has the text "ten".',
      problems: [
        { path: '/body/outputParameters/0/Value', hint: 'Give a whole number such as 1.' },
      ],
    });

    const ok = await post(app, 'success', {
      callbackToken,
      outputParameters: [{ Name: 'score', Value: '10' }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      PipelineExecutionArn: `arn:aws:sagemaker:local:000000000000:pipeline/gate/execution/${id}`,
      StepName: 'Approve',
    });
    await services.engine.idle();
    expect(services.store.executions.get(id).state?.status).toBe('Succeeded');

    const again = await post(app, 'failure', { callbackToken });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain(`Callback token ${callbackToken} was already used`);
  });

  it('sends failure with a reason', async () => {
    const { app, services } = await testApp();
    await createPipeline(app, 'gate', gate);
    const { id } = await startExecution(app, 'gate');
    const callbackToken = await waitingToken(app, id);
    const res = await post(app, 'failure', { callbackToken, failureReason: 'Rejected in review.' });
    expect(res.statusCode).toBe(200);
    await services.engine.idle();
    expect(services.store.executions.get(id).state).toMatchObject({
      status: 'Failed',
      steps: { Approve: { status: 'Failed', failureReason: 'Rejected in review.' } },
    });
  });

  it('answers 404 for an unknown token and 400 for one that is not 10 letters and digits', async () => {
    const { app } = await testApp();
    const unknown = await post(app, 'success', { callbackToken: 'AAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('No Callback step has the token "AAAAAAAAAA".');
    const malformed = await post(app, 'failure', { callbackToken: 'short!' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().problems).toEqual([
      {
        path: '/body/callbackToken',
        message: 'A callback token is exactly 10 letters and digits.',
      },
    ]);
  });
});
