// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../test/fixtures';
import { renderInspector } from '../test/render-inspector';

const card = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name} `) });

// Whole-inspector renders in jsdom take a while on a busy machine; nothing here measures time.
describe('the parameters panel (nothing selected)', { timeout: 30_000 }, () => {
  afterEach(cleanup);

  it('lists the typed parameters with their defaults', () => {
    renderInspector(fixtures.abalone());
    expect(screen.getByRole('heading', { name: 'Parameters' })).toBeTruthy();
    const threshold = card('MseThreshold');
    expect(
      (within(threshold).getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value,
    ).toBe('Float');
    expect(
      (within(threshold).getByRole('textbox', { name: 'Default value' }) as HTMLInputElement).value,
    ).toBe('6');
  });

  it('adds a parameter, types it and gives it allowed values', () => {
    const { store } = renderInspector(fixtures.abalone());
    fireEvent.click(screen.getByRole('button', { name: '+ Add parameter' }));
    const added = card('Parameter');
    fireEvent.change(within(added).getByRole('combobox', { name: 'Type' }), {
      target: { value: 'Integer' },
    });
    fireEvent.change(within(added).getByRole('textbox', { name: 'Default value' }), {
      target: { value: '3' },
    });
    fireEvent.click(
      within(added).getByRole('button', { name: 'Add an allowed value to Parameter' }),
    );
    fireEvent.change(within(added).getByRole('textbox', { name: 'Allowed value 1 of Parameter' }), {
      target: { value: '3' },
    });
    expect(store.getState().document.Parameters?.at(-1)).toEqual({
      Name: 'Parameter',
      Type: 'Integer',
      DefaultValue: 3,
      EnumValues: [3],
    });
  });

  it('renames with renameParameter, so references follow', () => {
    const { store } = renderInspector(fixtures.abalone());
    const name = within(card('MseThreshold')).getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'MaxMse' } });
    fireEvent.blur(name);
    const text = JSON.stringify(store.getState().document);
    expect(text).toContain('"Parameters.MaxMse"');
    expect(text).not.toContain('Parameters.MseThreshold');
  });

  it('refuses a name another parameter has, and says why', () => {
    renderInspector(fixtures.abalone());
    const name = within(card('MseThreshold')).getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'L2' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(card('MseThreshold')).getByText('A parameter named "L2" already exists.'),
    ).toBeTruthy();
  });

  it('shows a default that does not fit the type on its field', () => {
    renderInspector(fixtures.abalone());
    const value = within(card('MseThreshold')).getByRole('textbox', { name: 'Default value' });
    fireEvent.change(value, { target: { value: 'high' } });
    expect(value.getAttribute('aria-invalid')).toBe('true');
  });

  it('deletes a parameter; the references it leaves are flagged by validation', () => {
    const { store } = renderInspector(fixtures.abalone());
    fireEvent.click(screen.getByRole('button', { name: 'Delete parameter L2' }));
    expect(store.getState().document.Parameters?.map((parameter) => parameter.Name)).toEqual([
      'InputData',
      'ModelApprovalStatus',
      'MseThreshold',
    ]);
  });
});
