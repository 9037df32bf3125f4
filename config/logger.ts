import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; one logger per process, named after it. */
export function createLogger(name: string, level: string): Logger {
  return pino({ name, level });
}
