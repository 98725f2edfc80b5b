import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../stores/DocumentStoreProvider';
import { StepFormProvider } from './edit/StepFormContext';
import { findStepNode } from './edit/step-lookup';
import { useDocumentEdit } from './edit/useDocumentEdit';
import { findFieldElement, focusField } from './field-focus';
import { pointerWithin } from './fields/field-problems';
import { StepJsonEditor } from './json/StepJsonEditor';
import { StepForm } from './StepForm';
import { StepProblems } from './StepProblems';
import { Tabs } from './Tabs';

type Tab = 'form' | 'json';
const tabs = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
] as const;

/**
 * One selected step: its name and type, its problems, and the Form and JSON tabs. When a problem
 * is clicked (`selection.field`), the field holding it is scrolled to and focused, or the JSON
 * tab opens at it when no field shows that part of the step.
 */
export function StepInspector({ name }: { name: string }) {
  const node = useDocumentStore(
    useShallow((state) => {
      const found = findStepNode(state.document, name);
      return { step: found?.step, pointer: found?.pointer };
    }),
  );
  const selection = useDocumentStore((state) => state.selection);
  const edit = useDocumentEdit();
  const [tab, setTab] = useState<Tab>('form');
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [reveal, setReveal] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const field = selection.field;
    if (!field || !node.pointer || !pointerWithin(field, node.pointer)) return;
    setTab('form');
    setFocusRequest(field);
  }, [selection, node.pointer]);

  useEffect(() => {
    if (focusRequest === null || tab !== 'form' || !panel.current || !node.pointer) return;
    setFocusRequest(null);
    const element = findFieldElement(panel.current, focusRequest);
    if (element) focusField(element);
    else if (focusRequest !== node.pointer) {
      setReveal(focusRequest);
      setTab('json');
    }
  }, [focusRequest, tab, node.pointer]);

  if (!node.step || node.pointer === undefined) return null;
  const type = String(node.step.Type ?? '');
  const displayName = typeof node.step.DisplayName === 'string' ? node.step.DisplayName : null;
  return (
    <StepFormProvider name={name} pointer={node.pointer} step={node.step} edit={edit}>
      {/* Leaving a field ends its typing burst: the next edit is a new undo step. */}
      <div className="step-inspector" onBlur={edit.endGroup}>
        <header className="inspector__header">
          <p className="inspector__kind">{type} step</p>
          <h2 className="inspector__title">{name}</h2>
          {displayName && <p className="inspector__subtitle">{displayName}</p>}
        </header>
        <StepProblems name={name} pointer={node.pointer} />
        <Tabs
          label={`Edit step ${name}`}
          tabs={tabs}
          selected={tab}
          onSelect={(next) => {
            setReveal(null);
            setTab(next);
          }}
        >
          <div ref={panel}>
            {tab === 'form' ? <StepForm /> : <StepJsonEditor reveal={reveal} />}
          </div>
        </Tabs>
      </div>
    </StepFormProvider>
  );
}
