// @vitest-environment jsdom
import { type PipelineDocument, addStep, newStep } from '@pipewright/shared';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../test/fixtures';
import { renderInspector } from '../test/render-inspector';

const mse = {
  'Std:JsonGet': {
    PropertyFile: { Get: 'Steps.AbaloneEval.PropertyFiles.EvaluationReport' },
    Path: 'regression_metrics.mse.value',
  },
};

/** The abalone pipeline with a new, empty Condition step "Gate" after the evaluation. */
function withGate(): PipelineDocument {
  return addStep(fixtures.abalone(), {
    ...newStep('Condition', 'Gate'),
    DependsOn: ['AbaloneEval'],
  });
}

// By label rather than role: role queries check visibility through jsdom's slow computed styles.
const select = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name, { selector: 'select' }), { target: { value } });
const type = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name, { selector: 'input' }), { target: { value } });
const press = (name: string) =>
  fireEvent.click(screen.getByLabelText(name, { selector: 'button' }));
/** Opens the reference picker of a value, searches it and picks the one option found. */
function pick(valueName: string, search: string) {
  press(`Choose a reference for ${valueName}`);
  fireEvent.change(screen.getByLabelText('Search references'), { target: { value: search } });
  fireEvent.click(within(screen.getByRole('listbox', { name: 'References' })).getByRole('option'));
}

// Whole-inspector renders in jsdom take a while on a busy machine; nothing here measures time.
describe('the condition builder', { timeout: 30_000 }, () => {
  afterEach(cleanup);

  function setup() {
    const { store } = renderInspector(withGate(), { steps: ['Gate'] });
    const conditions = () =>
      (store.getState().document.Steps.at(-1) as { Arguments: { Conditions: unknown[] } }).Arguments
        .Conditions;
    press('Add Condition 1');
    // The left side: a value read from the evaluation's property file, through the picker.
    pick('Condition 1 left value', 'Steps.AbaloneEval.PropertyFiles.EvaluationReport');
    type('Condition 1 left value JSON path', 'regression_metrics.mse.value');
    select('Condition 1 right value type', 'number');
    type('Condition 1 right value', '6.5');
    return { store, conditions };
  }

  it('writes each comparison with its two operands', () => {
    const { conditions } = setup();
    for (const operator of [
      'Equals',
      'GreaterThan',
      'GreaterThanOrEqualTo',
      'LessThan',
      'LessThanOrEqualTo',
    ]) {
      select('Condition 1 operator', operator);
      expect(conditions()).toEqual([{ Type: operator, LeftValue: mse, RightValue: 6.5 }]);
    }
  });

  it('writes In with its query value and choices', () => {
    const { conditions } = setup();
    select('Condition 1 operator', 'In');
    press('Add a choice to Condition 1');
    pick('Condition 1 choice 2', 'Parameters.MseThreshold');
    expect(conditions()).toEqual([
      { Type: 'In', QueryValue: mse, Values: [6.5, { Get: 'Parameters.MseThreshold' }] },
    ]);
  });

  it('writes Not around a condition, and Or of alternatives inside it', () => {
    const { conditions } = setup();
    select('Condition 1 operator', 'Not');
    expect(conditions()).toEqual([
      { Type: 'Not', Condition: { Type: 'Equals', LeftValue: mse, RightValue: 6.5 } },
    ]);
    select('Condition 1.1 operator', 'Or');
    press('Add Condition 1.1.2');
    select('Condition 1.1.2 operator', 'GreaterThan');
    pick('Condition 1.1.2 left value', 'Execution.PipelineName');
    type('Condition 1.1.2 right value', 'abalone');
    expect(conditions()).toEqual([
      {
        Type: 'Not',
        Condition: {
          Type: 'Or',
          Conditions: [
            { Type: 'Equals', LeftValue: mse, RightValue: 6.5 },
            {
              Type: 'GreaterThan',
              LeftValue: { Get: 'Execution.PipelineName' },
              RightValue: 'abalone',
            },
          ],
        },
      },
    ]);
  });

  it('removes a condition', () => {
    const { conditions } = setup();
    press('Remove Condition 1');
    expect(conditions()).toEqual([]);
  });
});
