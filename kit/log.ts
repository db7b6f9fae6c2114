import { type DestinationStream, type Level, pino } from 'pino';

/**
 * The services' log: JSON, one object a line on standard output (collected like any container log), at
 * LOG_LEVEL (default info). Every line names its service; request lines also their request id.
 *
 * Nothing here should ever carry personal data: lines are built from ids, names and codes. In case someone
 * logs an object that does, these keys are censored wherever they appear at the top level or one level down.
 */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-pakn-identity'];
const PERSONAL_KEYS = [
  ...SECRET_HEADERS,
  'token',
  'password',
  'variables',
  'query',
  'body',
  'phone',
  'email',
  'fullName',
  'address',
  'content',
];
const REDACT_PATHS = PERSONAL_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`]).concat(
  SECRET_HEADERS.flatMap((key) => [`headers["${key}"]`, `*.headers["${key}"]`]),
);

const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL if it names a level, else info. */
export function logLevel(value = process.env.LOG_LEVEL): Level | 'silent' {
  const wanted = value?.trim().toLowerCase() ?? '';
  return (LEVELS.includes(wanted) ? wanted : 'info') as Level | 'silent';
}

// Asynchronous writes (flushed on exit by pino): a busy gateway writes a line per request, and should
// not wait for the terminal or the pipe.
const stdout: DestinationStream = pino.destination({ dest: 1, sync: false });
let destination: DestinationStream = stdout;

export const log = pino(
  {
    level: logLevel(),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // An error is logged as its kind, code and masked message (describeError): pino's own serializer would
    // copy every property, query text and variables included.
    serializers: { err: describeError },
  },
  // The destination is looked up on every write, so that a test can swap it (setLogDestination).
  { write: (line: string) => destination.write(line) },
);

/** Where lines go (tests collect them); returns a function that puts the previous destination back. */
export function setLogDestination(next: DestinationStream): () => void {
  const previous = destination;
  destination = next;
  return () => {
    destination = previous;
  };
}

/** Quoted values, long digit runs (phone numbers, ids) and e-mail addresses in a message. */
const QUOTED = /"([^"\n]*)"|'([^'\n]*)'/g;
const SQL_NAME = /^[a-z_][a-z0-9_]*$/;
const DIGITS = /\d[\d .-]{4,}\d/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * An error message with what could be input masked: database and library messages quote the offending
 * value ("invalid input syntax for type uuid: \"…\""). Quoted SQL names (lowercase) stay, to say where.
 */
export function maskMessage(message: string): string {
  return message
    .replace(QUOTED, (whole, double?: string, single?: string) => {
      const inner = double ?? single ?? '';
      return SQL_NAME.test(inner) ? whole : double !== undefined ? '"…"' : "'…'";
    })
    .replace(EMAIL, '…@…')
    .replace(DIGITS, '…');
}

/** What a log line says of an error: its kind, its code (a database SQLSTATE, a Node code) and its masked message. */
export function describeError(error: unknown): { type: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: maskMessage(String(error)) };
  const cause = (error as Error & { originalError?: unknown }).originalError;
  const inner = cause instanceof Error ? cause : error;
  const code = (inner as Error & { code?: unknown }).code;
  return {
    type: inner.constructor?.name ?? 'Error',
    ...(typeof code === 'string' ? { code } : {}),
    message: maskMessage(inner.message),
  };
}
