import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Switch } from 'wouter';
import { ComparePage } from '../compare/ComparePage';
import { DesignerPage } from '../designer/DesignerPage';
import { ExecutionPage } from '../execution/ExecutionPage';
import { ExecutionsPage } from '../executions/ExecutionsPage';
import { LiveIndicator } from '../live/LiveIndicator';
import { RegistryPage } from '../registry/RegistryPage';
import { SettingsPage } from '../settings/SettingsPage';
import { HomePage } from '../welcome/HomePage';
import { WelcomePage } from '../welcome/WelcomePage';
import { NavLink } from './NavLink';
import { ServerStatus } from './ServerStatus';

/** The app: a header with the server status, and the page for the address. */
export function App({ queryClient }: { queryClient: QueryClient }) {
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
            <NavLink href="/" sections={['/', '/pipelines']}>
              Pipelines
            </NavLink>
            <NavLink href="/executions" sections={['/executions', '/compare']}>
              Executions
            </NavLink>
            <NavLink href="/registry">Models</NavLink>
            <NavLink href="/settings">Settings</NavLink>
            <NavLink href="/welcome">Examples</NavLink>
            <NavLink href="/new">New pipeline</NavLink>
          </nav>
          <div className="app-header__status">
            <ServerStatus />
            <LiveIndicator />
          </div>
        </header>
        <Switch>
          <Route path="/new">{() => <DesignerPage pipelineName={null} />}</Route>
          <Route path="/pipelines/:name">
            {(params) => <DesignerPage pipelineName={decodeURIComponent(params.name)} />}
          </Route>
          <Route path="/pipelines/:name/executions">
            {(params) => <ExecutionsPage pipelineName={decodeURIComponent(params.name)} />}
          </Route>
          <Route path="/executions">{() => <ExecutionsPage />}</Route>
          <Route path="/executions/:id/steps/:step/:tab?">
            {(params) => (
              <ExecutionPage
                executionId={params.id}
                stepName={decodeURIComponent(params.step)}
                {...(params.tab !== undefined && { stepTab: params.tab })}
              />
            )}
          </Route>
          <Route path="/executions/:id/:view?">
            {(params) => (
              <ExecutionPage
                executionId={params.id}
                {...(params.view !== undefined && { view: params.view })}
              />
            )}
          </Route>
          <Route path="/compare/:left/:right">
            {(params) => <ComparePage left={params.left} right={params.right} />}
          </Route>
          <Route path="/registry/:group?/:version?">
            {(params) => (
              <RegistryPage
                {...(params.group !== undefined && { groupName: decodeURIComponent(params.group) })}
                {...(params.version !== undefined && { version: Number(params.version) })}
              />
            )}
          </Route>
          <Route path="/settings">{() => <SettingsPage />}</Route>
          <Route path="/welcome">{() => <WelcomePage />}</Route>
          <Route>
            <HomePage />
          </Route>
        </Switch>
      </div>
    </QueryClientProvider>
  );
}
