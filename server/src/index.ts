export { BODY_LIMIT_BYTES, buildApp, type AppConfig } from './app';
export {
  ConfigError,
  loadConfig,
  serverConfigSchema,
  serverUrl,
  type ConfigSources,
  type ServerConfig,
} from './config';
export type { HealthResponse } from './routes/health/health.routes';
export type { VersionResponse } from './routes/version/version.routes';
export { type Services, type ServicesConfig, openServices } from './services';
