import { ServerStatus } from './ServerStatus';

const FEATURES = [
  {
    title: 'Design',
    text: 'Draw processing, training, tuning and condition steps as a graph, with mistakes shown while you type.',
  },
  {
    title: 'Run locally',
    text: 'Run pipelines on this machine, with no Docker and no cloud account, and watch every step live.',
  },
  {
    title: 'Export',
    text: 'The pipeline file is a SageMaker pipeline definition, so it opens in the tools you already use.',
  },
];

/** The app shell: until the designer arrives, a header, the server status and what is coming. */
export function App() {
  return (
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
        <ServerStatus />
      </header>

      <main className="app-main">
        <section className="intro" aria-labelledby="intro-heading">
          <h2 id="intro-heading">Your pipeline studio</h2>
          <p>
            The canvas designer and the runs dashboard are on their way. For now this page confirms
            that the web app and the local server are talking to each other.
          </p>
        </section>
        <ul className="features" aria-label="What Pipewright does">
          {FEATURES.map(({ title, text }) => (
            <li key={title} className="feature">
              <h3>{title}</h3>
              <p>{text}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
