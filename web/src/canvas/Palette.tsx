import { type KnownStepType, knownStepTypes } from '@pipewright/shared';
import { useCallback, useMemo, useState } from 'react';
import { PaletteItem } from './PaletteItem';
import { searchStepTypes } from './palette-search';
import { type StepCategory, categoryLabels, stepTypeMeta } from './step-type-meta';
import { useAddStep } from './useAddStep';
import './canvas-tokens.css';
import './palette.css';

const categoryOrder: StepCategory[] = ['compute', 'training', 'model', 'control', 'check'];

/**
 * Every step type, searchable. Drag one onto the canvas, or click it (Enter or Space from the
 * keyboard) to add it in the middle of the view; Enter in the search box adds the best match.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const addStep = useAddStep();
  const found = useMemo(() => searchStepTypes(query), [query]);
  const searching = query.trim() !== '';
  const add = useCallback((type: KnownStepType) => void addStep(type), [addStep]);

  return (
    <aside className="pw-palette" aria-label="Step palette">
      <div className="pw-palette__head">
        <h2 className="pw-palette__title">Steps</h2>
        <input
          className="pw-palette__search"
          type="search"
          aria-label="Search step types"
          placeholder="Search steps…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            const best = found[0];
            if (event.key === 'Enter' && searching && best) add(best);
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <div className="pw-palette__body">
        {searching ? (
          <ul className="pw-palette__list" aria-label="Matching step types">
            {found.map((type) => (
              <li key={type}>
                <PaletteItem type={type} onAdd={add} />
              </li>
            ))}
          </ul>
        ) : (
          categoryOrder.map((category) => (
            <section key={category} aria-label={categoryLabels[category]}>
              <h3 className="pw-palette__group">{categoryLabels[category]}</h3>
              <ul className="pw-palette__list">
                {knownStepTypes
                  .filter((type) => stepTypeMeta(type).category === category)
                  .map((type) => (
                    <li key={type}>
                      <PaletteItem type={type} onAdd={add} />
                    </li>
                  ))}
              </ul>
            </section>
          ))
        )}
        {searching && found.length === 0 && (
          <p className="pw-palette__empty" role="status">
            No step type matches “{query.trim()}”.
          </p>
        )}
      </div>
      <p className="pw-palette__hint">Drag a step onto the canvas, or press Enter to add it.</p>
    </aside>
  );
}
