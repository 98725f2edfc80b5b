import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectRoutes } from '../testing/route-list';
import { useTestApp } from '../testing/test-app';

const apiDoc = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

/** The rows of the route table in docs/api.md, as `METHOD /path`. */
function documentedRoutes(): string[] {
  const table = apiDoc.slice(apiDoc.indexOf('## Routes'));
  return [...table.matchAll(/^\| `([A-Z]+)`\s*\| `([^`]+)`/gm)].map(
    ([, method, path]) => `${method} ${path}`,
  );
}

describe('docs/api.md', () => {
  const testApp = useTestApp();

  it('documents exactly the routes the server registers', async () => {
    const { app } = await testApp();
    const routes = collectRoutes(app);
    await app.ready();
    const registered = routes
      .filter((route) => !route.isPublic() && route.method !== 'HEAD')
      .map((route) => `${route.method} ${route.url}`);
    expect(documentedRoutes().sort()).toEqual(registered.sort());
  });
});
