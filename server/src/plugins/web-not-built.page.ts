const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** What the browser shows when the server runs before `pnpm build` has produced the web app. */
export function webNotBuiltPage(webDir: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pipewright: web app not built</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; }
      code { background: #f1f3f5; padding: 0.1rem 0.3rem; border-radius: 4px; }
    </style>
  </head>
  <body>
    <main>
      <h1>The Pipewright web app is not built yet</h1>
      <p>The server is running, but <code>${escapeHtml(webDir)}</code> has no <code>index.html</code>.</p>
      <p>Run <code>pnpm build</code> in the Pipewright folder, then reload this page.</p>
    </main>
  </body>
</html>
`;
}
