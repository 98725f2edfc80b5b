import { type ReactNode, useId } from 'react';

/** A titled group of fields in the inspector. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="insp-form-section" aria-labelledby={id}>
      <h3 id={id} className="insp-form-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
