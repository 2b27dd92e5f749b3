import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs: ids and command names only, never message content or the token. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'sori' },
      redact: {
        paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
