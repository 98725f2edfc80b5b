import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient, prefetchForAddress } from './app/query-client';
import './app/app.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element to render Pipewright into.');
}

const queryClient = createQueryClient();
void prefetchForAddress(queryClient, location.pathname).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
