import { UserError, problemsFromIssues } from '@pipewright/shared';
import type { FastifyPluginAsync } from 'fastify';
import { SettingsUpdateSchema, settingsIssueMessage } from '../../settings/settings.schema';
import type { RouteDeps } from '../route-deps';

export interface SettingsRouteDeps extends RouteDeps {
  /** The address the server listens on, shown read-only (it changes only with a restart). */
  server: { host: string; port: number };
}

/**
 * The settings page: what the server runs with (`GET`), and the settings that change while it
 * runs (`PUT`: concurrency, default bucket, image map), saved to the config file.
 */
export const settingsRoutes: FastifyPluginAsync<SettingsRouteDeps> = async (
  app,
  { services, server },
) => {
  app.get('/settings', async () => services.settings.view(server));

  app.put('/settings', async (request) => {
    services.settings.update(parseUpdate(request.body));
    return services.settings.view(server);
  });
};

/** Like `parseRequest`, with messages about settings instead of zod's programmer wording. */
function parseUpdate(body: unknown) {
  const result = SettingsUpdateSchema.safeParse(body ?? {}, { error: settingsIssueMessage });
  if (result.success) return result.data;
  const problems = problemsFromIssues(result.error.issues, 'body');
  const [first] = problems;
  const where = first?.path.replace(/^\/body\/?/, '').replaceAll('/', '.') || 'the body';
  throw new UserError(`Invalid settings: ${where}: ${first?.message ?? 'not valid'}`, {
    details: problems,
  });
}
