/**
 * Structured logs: one JSON object per line on stderr (`{"time","level","msg",...fields}`), so a
 * process manager or `jq` can read them. Errors in fields are expanded to name, message, code, stack.
 */
import type { LogLevel } from '../config/config.ts';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogRecord {
  readonly time: string;
  readonly level: LogLevel;
  readonly msg: string;
  readonly [field: string]: unknown;
}

/**
 * `json`: one object per line (the bot). `text`: `level: msg key=value` lines for a person at a
 * terminal (the console mode), errors with their stack.
 */
export type LogFormat = 'json' | 'text';

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(line),
  format: LogFormat = 'json',
): Logger {
  const log = (at: LogLevel) => (msg: string, fields: LogFields = {}): void => {
    if (ORDER[at] < ORDER[level]) return;
    if (format === 'text') {
      write(`${textLine(at, msg, fields)}\n`);
      return;
    }
    const record: Record<string, unknown> = { time: new Date().toISOString(), level: at, msg };
    for (const [key, value] of Object.entries(fields)) record[key] = serialize(value);
    let line: string;
    try {
      line = JSON.stringify(record);
    } catch {
      line = JSON.stringify({ time: record.time, level: at, msg, note: 'fields could not be serialized' });
    }
    write(`${line}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that keeps records in memory (tests). */
export function memoryLogger(): Logger & { readonly records: LogRecord[] } {
  const records: LogRecord[] = [];
  const logger = createLogger('debug', (line) => records.push(JSON.parse(line) as LogRecord));
  return Object.assign(logger, { records });
}

function textLine(level: LogLevel, msg: string, fields: LogFields): string {
  let stack = '';
  const parts = Object.entries(fields).map(([key, value]) => {
    if (value instanceof Error) {
      stack = `\n${value.stack ?? value.message}`;
      return `${key}=${JSON.stringify(value.message)}`;
    }
    return `${key}=${typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(serialize(value)) ?? String(value)}`;
  });
  return `${level}: ${msg}${parts.length > 0 ? ` ${parts.join(' ')}` : ''}${stack}`;
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code === undefined ? {} : { code }), stack: value.stack };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
