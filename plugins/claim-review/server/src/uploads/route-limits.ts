import type { MultipartLimits } from './multipart';

/** A claim holds at most this many photos and documents. */
export const MAX_FILES_PER_CLAIM = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Dealer photo batches: field `files`; no batch can hold more than a claim may. */
export const PHOTO_UPLOAD: MultipartLimits = { fileFields: ['files'], maxFiles: MAX_FILES_PER_CLAIM, maxFileBytes: MAX_FILE_BYTES };
/** Complaint documents (staff): field `files`, at most a complaint's worth per batch. */
export const COMPLAINT_DOCUMENT_UPLOAD: MultipartLimits = { fileFields: ['files'], maxFiles: 20, maxFileBytes: MAX_FILE_BYTES };
/** Staff price-list sheets: one file, field `file`, beside `effectiveFrom`. */
export const SHEET_UPLOAD: MultipartLimits = { fileFields: ['file'], maxFiles: 1, maxFileBytes: MAX_FILE_BYTES };

/** The route-middleware entry that parses a multipart body within `limits`. */
export const multipartFor = (limits: MultipartLimits) => ({ name: 'plugin::claim-review.multipart', config: limits });
