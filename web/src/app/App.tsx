import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import { DesignerPage } from '../designer/DesignerPage';
import { PipelinesPage } from '../pipelines/PipelinesPage';
import { ServerStatus } from './ServerStatus';

/** The app: a header with the server status, and the page for the address. */
export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <header className="app-header">
          <div className="app-header__brand">
            <img className="app-header__logo" src="/favicon.svg" alt="" width={32} height={32} />
            <div>
              <h1 className="app-header__name">Pipewright</h1>
              <p className="app-header__tagline">
                A local-first studio for SageMaker-style ML pipelines.
              </p>
            </div>
          </div>
          <nav className="app-nav" aria-label="Main">
            <Link href="/">Pipelines</Link>
            <Link href="/new">New pipeline</Link>
          </nav>
          <ServerStatus />
        </header>
        <Switch>
          <Route path="/new">{() => <DesignerPage pipelineName={null} />}</Route>
          <Route path="/pipelines/:name">
            {(params) => <DesignerPage pipelineName={decodeURIComponent(params.name)} />}
          </Route>
          <Route>
            <PipelinesPage />
          </Route>
        </Switch>
      </div>
    </QueryClientProvider>
  );
}
