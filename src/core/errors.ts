/**
 * The one error type. Codes are a public contract (clients branch on them); the HTTP status for
 * each code is decided here and nowhere else.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  invalid_answers: 400,
  unknown_campaign: 400,
  unknown_retrieval_code: 400,
  tenant_required: 400,
  consent_required: 400,
  invalid_phone: 400,
  invalid_phone_code: 400,
  invalid_roster: 400,
  invalid_checkin_code: 400,
  phone_required: 400,
  final_measure_required: 400,
  invalid_measure_token: 400,
  invalid_query: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  invalid_totp: 401,
  session_expired: 401,
  csrf_failed: 403,
  forbidden: 403,
  stage_incomplete: 403,
  review_own_work: 403,
  not_found: 404,
  instrument_unavailable: 404,
  slot_not_found: 404,
  booking_not_found: 404,
  content_not_found: 404,
  event_not_found: 404,
  registration_not_found: 404,
  order_not_found: 404,
  report_not_found: 404,
  conflict: 409,
  idempotency_key_reused: 409,
  slot_taken: 409,
  slot_passed: 409,
  too_short_notice: 409,
  too_far_ahead: 409,
  too_many_bookings: 409,
  cancel_too_late: 409,
  booking_closed: 409,
  time_taken: 409,
  no_duty: 409,
  slots_available: 409,
  already_waiting: 409,
  offer_expired: 409,
  checkin_closed: 409,
  already_taken: 409,
  case_closed: 409,
  case_open: 409,
  measure_closed: 409,
  invalid_transition: 409,
  version_conflict: 409,
  slug_taken: 409,
  event_closed: 409,
  already_registered: 409,
  not_attended: 409,
  feedback_given: 409,
  feedback_closed: 409,
  host_busy: 409,
  payload_too_large: 413,
  image_too_large: 413,
  unsupported_media_type: 415,
  unsupported_image: 415,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  record_unreadable: 500,
  unavailable: 503,
  report_font_missing: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
