import type { ImageMapRow, RowProblem, RuleKind } from './image-map-rows';
import { ruleKindOrder, ruleKinds } from './rule-kinds';

/** One rule of the image map: its pattern, how it runs, its words, and moving or removing it. */
export function ImageMapRowEditor({
  row,
  index,
  count,
  focusOnMount,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  row: ImageMapRow;
  index: number;
  count: number;
  focusOnMount: boolean;
  problems: readonly RowProblem[];
  onChange: (row: ImageMapRow) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const kind = ruleKinds[row.kind];
  const problemsId = `${row.id}-problems`;
  const describedBy = problems.length > 0 ? problemsId : undefined;
  const invalid = (field: RowProblem['field']) =>
    problems.some((problem) => problem.field === field || problem.field === 'rule');

  return (
    <>
      <tr
        className={
          problems.length > 0 ? 'image-map__row image-map__row--invalid' : 'image-map__row'
        }
      >
        <th scope="row" className="image-map__number">
          {n}
        </th>
        <td>
          <input
            className="field__input image-map__input"
            aria-label={`Image pattern, rule ${n}`}
            // Only a row the person just added, right after their click.
            autoFocus={focusOnMount}
            placeholder="sagemaker-scikit-learn"
            spellCheck={false}
            value={row.match}
            aria-invalid={invalid('match')}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...row, match: event.target.value })}
          />
        </td>
        <td>
          <select
            className="field__input image-map__input"
            aria-label={`How rule ${n} runs`}
            title={kind.help}
            value={row.kind}
            onChange={(event) => onChange({ ...row, kind: event.target.value as RuleKind })}
          >
            {ruleKindOrder.map((option) => (
              <option key={option} value={option}>
                {ruleKinds[option].label}
              </option>
            ))}
          </select>
        </td>
        <td>
          {kind.words === undefined ? (
            <span className="image-map__none">nothing to add</span>
          ) : (
            <input
              className="field__input image-map__input image-map__words"
              aria-label={`${kind.words}, rule ${n}`}
              placeholder={row.kind === 'command' ? 'conda run -n ml' : '/path/to/program'}
              spellCheck={false}
              value={row.words}
              aria-invalid={invalid('words')}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ ...row, words: event.target.value })}
            />
          )}
        </td>
        <td className="image-map__actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move rule ${n} up`}
            title="Move up (tried earlier)"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move rule ${n} down`}
            title="Move down (tried later)"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove rule ${n}`}
            title="Remove"
            onClick={onRemove}
          >
            ×
          </button>
        </td>
      </tr>
      {problems.length > 0 && (
        <tr className="image-map__problems">
          <td />
          <td colSpan={4} id={problemsId}>
            <ul>
              {problems.map((problem, at) => (
                <li key={at}>
                  {problem.field === 'match'
                    ? 'Image pattern: '
                    : problem.field === 'words'
                      ? `${kind.words ?? 'Words'}: `
                      : ''}
                  {problem.message}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}
