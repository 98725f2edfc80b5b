export {
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
  LIVE_PATH,
  LiveCloseCode,
} from './protocol-version';
export { type Topic, TopicSchema, topicKey } from './topic.schema';
export {
  type ClientMessage,
  type ClientMessageType,
  ClientMessageSchema,
  clientMessageTypes,
} from './client-message.schema';
export {
  type LiveErrorCode,
  type ServerMessage,
  type ServerMessageOf,
  type ServerMessageType,
  ServerMessageSchema,
  liveErrorCodes,
  serverMessageTypes,
} from './server-message.schema';
export { ExecutionStateSchema, StepRunSchema } from './execution-state.schema';
export {
  type FrameError,
  type FrameParseResult,
  parseClientMessage,
  parseServerMessage,
} from './parse-message';
