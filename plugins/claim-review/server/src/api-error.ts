import type { ErrorBody, ErrorDetails, ErrorReason, MessageParams } from '../../shared';
import { errorBody } from '../../shared';

/**
 * A request the plugin refuses, carrying its docs/api.md error body. Services throw it
 * with a reason (ALREADY_REGISTERED, STALE_VERSION…); the shared catalogue gives
 * the bilingual message and the status; the `errors` middleware answers it.
 */
export class ApiError extends Error {
  readonly body: ErrorBody;

  constructor(reason: ErrorReason, details: ErrorDetails = {}, params: MessageParams = {}) {
    const body = errorBody(reason, details, params);
    super(body.error.message.en);
    this.name = 'ApiError';
    this.body = body;
  }

  get status() {
    return this.body.error.status;
  }
}
