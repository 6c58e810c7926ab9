/**
 * Structured logs: one JSON object per line on stderr (`{"time","level","msg",...fields}`), so a
 * process manager or `jq` can read them. Errors in fields are expanded to name, message, code, stack
 * (and their cause). An error wrapped in `expected()` (a refused token, an unreachable host: the
 * message already says what to do) is logged by name, message and code, with its stack only at
 * LOG_LEVEL=debug: stacks are for bugs.
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

/** An error the program expected and explains itself: see `expected()`. */
export class Expected {
  constructor(readonly error: unknown) {}
}

/** Marks an error as expected: logged without its stack, except at level debug. */
export function expected(error: unknown): Expected {
  return new Expected(error);
}

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
  const log =
    (at: LogLevel) =>
    (msg: string, fields: LogFields = {}): void => {
      if (ORDER[at] < ORDER[level]) return;
      const stacks = level === 'debug';
      if (format === 'text') {
        write(`${textLine(at, msg, fields, stacks)}\n`);
        return;
      }
      const record: Record<string, unknown> = { time: new Date().toISOString(), level: at, msg };
      for (const [key, value] of Object.entries(fields)) record[key] = serialize(value, stacks);
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

function textLine(level: LogLevel, msg: string, fields: LogFields, stacks: boolean): string {
  let stack = '';
  const parts = Object.entries(fields).map(([key, raw]) => {
    const isExpected = raw instanceof Expected;
    const value = raw instanceof Expected ? raw.error : raw;
    if (value instanceof Error) {
      if (!isExpected || stacks) stack = `\n${value.stack ?? value.message}`;
      return `${key}=${JSON.stringify(value.message)}`;
    }
    return `${key}=${typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(serialize(value, stacks)) ?? String(value))}`;
  });
  return `${level}: ${msg}${parts.length > 0 ? ` ${parts.join(' ')}` : ''}${stack}`;
}

/** `stacks`: whether expected errors keep their stack too (level debug); unexpected ones always do. */
function serialize(value: unknown, stacks: boolean): unknown {
  if (value instanceof Expected)
    return value.error instanceof Error ? describeError(value.error, stacks, 0) : serialize(value.error, stacks);
  if (value instanceof Error) return describeError(value, true, 0);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Name, message, code, the cause's the same way (a few deep), and the stack when asked. */
function describeError(value: Error, withStack: boolean, depth: number): Record<string, unknown> {
  const code = (value as { code?: unknown }).code;
  const cause =
    depth < 3 && value.cause instanceof Error ? describeError(value.cause, withStack, depth + 1) : undefined;
  return {
    name: value.name,
    message: value.message,
    ...(code === undefined ? {} : { code }),
    ...(cause === undefined ? {} : { cause }),
    ...(withStack ? { stack: value.stack } : {}),
  };
}
