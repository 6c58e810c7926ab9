/**
 * The catalogue of expected failures. Each reaches the user as a short message;
 * anything thrown that is not a CitebotError is a bug and is logged with context.
 */
export type ErrorCode =
  | 'CORPUS_MISSING'
  | 'CORPUS_NOT_A_DIRECTORY'
  | 'CORPUS_EMPTY'
  | 'CORPUS_DUPLICATE_ID'
  | 'SOURCE_UNKNOWN'
  | 'QUESTION_EMPTY'
  | 'SPEAKER_UNKNOWN'
  | 'NOT_ALLOWED'
  | 'COOLDOWN'
  | 'COMMAND_UNKNOWN'
  | 'BUTTON_EXPIRED'
  | 'CONFIG_INVALID'
  | 'USAGE';

export class CitebotError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CitebotError';
    this.code = code;
    this.details = details;
  }
}

export function isCitebotError(error: unknown): error is CitebotError {
  return error instanceof CitebotError;
}
