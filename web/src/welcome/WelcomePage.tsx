import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { exampleQueries } from '../api/examples.queries';
import { ImportDefinitionButton } from '../pipelines/ImportDefinitionButton';
import '../ui/ui.css';
import { ExampleCard } from './ExampleCard';
import './welcome.css';

/**
 * The first thing a new person sees: what Pipewright is, the examples to open or run in one
 * click, and the two other ways to start (an empty pipeline, an existing SageMaker definition).
 */
export function WelcomePage({
  takenNames = new Set<string>(),
}: {
  takenNames?: ReadonlySet<string>;
}) {
  const examples = useQuery(exampleQueries.list());
  return (
    <main className="app-main welcome">
      <section className="welcome__intro" aria-labelledby="welcome-title">
        <h2 id="welcome-title">Welcome to Pipewright</h2>
        <p>
          Design ML pipelines as graphs of steps, run them on this machine, and watch every step
          live. Each pipeline is a real SageMaker pipeline definition, so it goes to SageMaker
          unchanged. Start with an example: <strong>Run</strong> it to see a whole run, or{' '}
          <strong>Open</strong> it to see how it is built.
        </p>
        <div className="welcome__starts">
          <Link href="/new" className="button">
            New empty pipeline
          </Link>
          <ImportDefinitionButton takenNames={takenNames} />
        </div>
      </section>
      <section aria-labelledby="examples-title">
        <h2 id="examples-title" className="welcome__section-title">
          Examples
        </h2>
        {examples.isPending && <p className="welcome__note">Loading the examples…</p>}
        {examples.isError && (
          <p className="callout callout--error">
            Could not load the examples: {examples.error.message}
          </p>
        )}
        {examples.data && (
          <div className="welcome__gallery">
            {examples.data.items.map((example) => (
              <ExampleCard key={example.id} example={example} />
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
