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
  | 'USAGE'
  | 'URL_INVALID'
  | 'URL_NOT_PUBLIC'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TYPE'
  | 'FETCH_REDIRECTS'
  | 'ARTICLE_NOT_FOUND'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_TYPE'
  | 'ARTICLE_DUPLICATE'
  | 'ARTICLE_EMPTY'
  | 'ARTICLE_UNKNOWN'
  | 'FEED_INVALID'
  | 'FEED_IS_A_PAGE'
  | 'FEED_UNKNOWN'
  | 'FEED_DUPLICATE'
  | 'FEEDS_MAX';

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
