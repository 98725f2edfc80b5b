import type { Diagnostic } from '@pipewright/shared';

/** The messages of a field's diagnostics, below it; the control points here with aria-describedby. */
export function ProblemList({ id, problems }: { id?: string; problems: readonly Diagnostic[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="insp-field-problems">
      {problems.map((problem, index) => (
        <li
          key={index}
          className={`insp-field-problems__item insp-field-problems__item--${problem.severity}`}
        >
          {problem.message}
          {problem.hint && <span className="insp-field-problems__hint"> {problem.hint}</span>}
        </li>
      ))}
    </ul>
  );
}
