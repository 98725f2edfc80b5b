/**
 * @pipewright/shared: the pipeline document and everything pure about it. No IO, no framework:
 * the server and the browser run this same code.
 */
export * from './pipeline';
export * from './execution';
export * from './api';
export * from './errors';
export * from './protocol';
