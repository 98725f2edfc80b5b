export {
  type UserErrorDetails,
  type UserErrorOptions,
  type UserErrorStatus,
  ConflictError,
  NotFoundError,
  UserError,
} from './user-error';
