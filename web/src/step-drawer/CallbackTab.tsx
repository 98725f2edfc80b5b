import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { executionQueries } from '../api/executions.queries';
import { Dialog } from '../ui/Dialog';
import {
  type CallbackOutputField,
  callbackOutputFields,
  outputValueProblem,
} from './callback-outputs';
import { JsonBlock } from './JsonBlock';
import { sendCallbackFailure, sendCallbackSuccess, stepDrawerQueries } from './step-drawer.queries';
import type { TabProps } from './tab-props';

type Pending = { kind: 'approve' } | { kind: 'reject' } | null;

/**
 * A waiting Callback step answered from the dashboard: Approve sends success with the values
 * of its declared outputs, Reject sends failure with a reason. Both ask for confirmation.
 */
export function CallbackTab({ executionId, stepName, context }: TabProps) {
  const { run, node } = context;
  const token = run?.metadata?.Callback?.CallbackToken;
  const waiting = run?.status === 'Executing' && typeof token === 'string';
  const [fields, setFields] = useState(() => callbackOutputFields(node?.step));
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const message = useQuery({
    ...stepDrawerQueries.arguments(executionId, stepName),
    enabled: run !== undefined,
  });
  const send = useMutation({
    mutationFn: (kind: 'approve' | 'reject') =>
      kind === 'approve'
        ? sendCallbackSuccess(
            String(token),
            fields.map((field) => ({ Name: field.name, Value: field.value })),
          )
        : sendCallbackFailure(String(token), reason.trim()),
    onSuccess: (_receipt, kind) => {
      setPending(null);
      setSent(
        kind === 'approve' ? 'Success sent: the step succeeds.' : 'Failure sent: the step fails.',
      );
      void queryClient.invalidateQueries({ queryKey: executionQueries.all() });
    },
  });
  const problems = fields.map(outputValueProblem);
  const invalid = problems.some((problem) => problem !== undefined);
  const update = (index: number, value: string) =>
    setFields((current) =>
      current.map((field, at) => (at === index ? { ...field, value } : field)),
    );

  return (
    <div className="step-drawer__stack">
      <p role="status" className="step-drawer__note">
        {sent ??
          (waiting
            ? 'Waiting for an answer.'
            : run === undefined
              ? 'This step has not started yet.'
              : `No longer waiting: the step is ${run.status}.`)}
      </p>
      {typeof token === 'string' && (
        <p className="step-drawer__note">
          Callback token <code className="step-drawer__mono">{token}</code>
        </p>
      )}
      {message.data && (
        <details className="step-drawer__details">
          <summary>The message it sent</summary>
          <JsonBlock value={message.data.arguments} label="Callback message" />
        </details>
      )}
      {waiting && (
        <>
          {fields.length > 0 && (
            <OutputTable fields={fields} problems={problems} onChange={update} />
          )}
          <div className="step-drawer__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={invalid || send.isPending}
              onClick={() => setPending({ kind: 'approve' })}
            >
              Approve
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={send.isPending}
              onClick={() => setPending({ kind: 'reject' })}
            >
              Reject
            </button>
          </div>
        </>
      )}
      {pending?.kind === 'approve' && (
        <Dialog title={`Approve ${stepName}?`} onClose={() => setPending(null)}>
          <p>
            The step succeeds
            {fields.length > 0
              ? ` with ${fields.map((field) => `${field.name} = ${field.value || '""'}`).join(', ')}`
              : ''}
            , and the execution goes on.
          </p>
          <SendError error={send.error} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setPending(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={send.isPending}
              onClick={() => send.mutate('approve')}
            >
              Send success
            </button>
          </div>
        </Dialog>
      )}
      {pending?.kind === 'reject' && (
        <RejectDialog
          stepName={stepName}
          reason={reason}
          onReason={setReason}
          busy={send.isPending}
          error={send.error}
          onSend={() => send.mutate('reject')}
          onClose={() => setPending(null)}
        />
      )}
    </div>
  );
}

function OutputTable({
  fields,
  problems,
  onChange,
}: {
  fields: CallbackOutputField[];
  problems: (string | undefined)[];
  onChange: (index: number, value: string) => void;
}) {
  const id = useId();
  return (
    <table className="step-drawer__table">
      <caption>Output parameters to send</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field, index) => (
          <tr key={field.name}>
            <th scope="row">{field.name}</th>
            <td>{field.type}</td>
            <td>
              {field.type === 'Boolean' ? (
                <select
                  className="field__input"
                  aria-label={`Value of ${field.name}`}
                  value={field.value}
                  onChange={(event) => onChange(index, event.target.value)}
                >
                  <option value="true">true</option>
                  <option value="false">false</option>
                </select>
              ) : (
                <input
                  className="field__input"
                  aria-label={`Value of ${field.name}`}
                  value={field.value}
                  inputMode={field.type === 'String' ? 'text' : 'decimal'}
                  aria-invalid={problems[index] !== undefined}
                  aria-describedby={problems[index] ? `${id}-${index}` : undefined}
                  onChange={(event) => onChange(index, event.target.value)}
                />
              )}
              {problems[index] && (
                <span id={`${id}-${index}`} className="field__error">
                  {problems[index]}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RejectDialog(props: {
  stepName: string;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  error: Error | null;
  onSend: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const [tried, setTried] = useState(false);
  const missing = props.reason.trim() === '';
  return (
    <Dialog title={`Reject ${props.stepName}?`} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!missing) props.onSend();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={id}>
            Reason (required)
          </label>
          <textarea
            id={id}
            className="field__input"
            rows={3}
            maxLength={1024}
            value={props.reason}
            aria-invalid={tried && missing}
            aria-describedby={tried && missing ? `${id}-error` : undefined}
            onChange={(event) => props.onReason(event.target.value)}
          />
          {tried && missing && (
            <span id={`${id}-error`} className="field__error">
              Say why, so the people who look at this execution later know.
            </span>
          )}
        </div>
        <p>The step fails with this reason, and so does the execution.</p>
        <SendError error={props.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={props.busy}>
            Send failure
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function SendError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p className="callout callout--error" role="alert">
      {error.message}
    </p>
  );
}
