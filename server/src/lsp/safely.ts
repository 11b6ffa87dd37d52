import type { Logger } from './logger';

/**
 * Wraps a request or notification handler so that an exception (from the engine
 * or from this layer) is logged and answered with `fallback` instead of taking
 * the server down or leaving the client with an error it cannot act on.
 */
export function safely<P extends unknown[], R>(
  logger: Logger,
  name: string,
  fallback: R,
  handler: (...params: P) => R | Promise<R>,
): (...params: P) => Promise<R> {
  return async (...params: P): Promise<R> => {
    try {
      return await handler(...params);
    } catch (cause) {
      logger.error(`contract-review: ${name} failed`, cause);
      return fallback;
    }
  };
}
