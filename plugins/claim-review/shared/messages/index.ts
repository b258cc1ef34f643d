export { CATALOGUE, type MessageKey } from './catalogue';
export { message, interpolate, hasMessage, type MessageParam, type MessageParams } from './message';
export { ERROR_REASONS, errorBody } from './error-body';
