import { extensionOf } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { KeyValueField } from '../fields/KeyValueField';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { TextField } from '../fields/TextField';
import { callbackForm, failForm, lambdaForm } from '../mapping/control.mapping';
import { binder } from './binders';
import { OutputParametersField } from './OutputParametersField';
import { ScriptEditor } from './ScriptEditor';
import { ensureFile, functionName, lambdaHandler, starter } from './script-files';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';

/** A Lambda step: the function, its handler code (run locally), its event and outputs. */
export function LambdaForm() {
  const form = useStepForm();
  const field = binder(form, lambdaForm);
  const event = field('event');
  const outputs = field('outputParameters');
  const files = useDocumentStore((state) => extensionOf(state.document).files);
  const location = lambdaHandler(files, form.step);
  const name = functionName(String(form.step.FunctionArn ?? ''));
  const create = (extension: 'py' | 'mjs') => {
    const uri = `s3://pipewright/lambdas/${name}.${extension}`;
    form.edit.apply((document) => ensureFile(document, uri, starter(uri, 'lambda')));
  };
  return (
    <>
      <Section title="Function">
        <TextField
          label="Function ARN"
          mono
          help="Locally, the embedded handler named after the function runs (or s3:// / file:// URI of one)."
          {...field('functionArn')}
        />
        <NumberField label="Timeout (seconds)" placeholder="120" {...field('timeout')} />
      </Section>
      <Section title="Handler">
        <ScriptEditor
          label={`Handler of ${form.name}`}
          location={location}
          create={
            <>
              <button type="button" className="insp-button" onClick={() => create('py')}>
                Create Python handler
              </button>
              <button type="button" className="insp-button" onClick={() => create('mjs')}>
                Create JavaScript handler
              </button>
            </>
          }
        />
      </Section>
      <Section title="Event">
        <KeyValueField
          label="Event"
          hideLegend
          keyName="key"
          newKey="key"
          help="The handler's event: each value may be an expression."
          {...event}
          entries={event.value}
        />
      </Section>
      <Section title="Outputs">
        <OutputParametersField {...outputs} items={outputs.value} />
      </Section>
    </>
  );
}

/** A Callback step: the queue it posts to, the message, and the outputs it waits for. */
export function CallbackForm() {
  const form = useStepForm();
  const field = binder(form, callbackForm);
  const message = field('message');
  const outputs = field('outputParameters');
  return (
    <>
      <Section title="Queue">
        <TextField
          label="SQS queue URL"
          mono
          help="Locally, nothing is sent: the step waits for an answer at the approval gate."
          {...field('queueUrl')}
        />
      </Section>
      <Section title="Message">
        <KeyValueField
          label="Message"
          hideLegend
          keyName="key"
          newKey="key"
          {...message}
          entries={message.value}
        />
      </Section>
      <Section title="Outputs">
        <OutputParametersField {...outputs} items={outputs.value} />
      </Section>
    </>
  );
}

/** A Fail step: the message the execution fails with, which may be built with Join. */
export function FailForm() {
  const form = useStepForm();
  const field = binder(form, failForm);
  return (
    <Section title="Failure">
      <ExpressionField
        label="Error message"
        optional
        help="Join builds it from text and values (ƒx → Join)."
        {...field('errorMessage')}
      />
    </Section>
  );
}
