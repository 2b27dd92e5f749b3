/** Waiting on the fake's state: re-checks a probe after every change until it returns a value. */
import type { EventEmitter } from 'node:events';

export function waitFor<T>(emitter: EventEmitter, probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): boolean => {
      const value = probe();
      if (value === undefined) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    // Changes to the fake emit 'change'; the poll also catches state the test itself holds.
    const poll = setInterval(check, 10);
    const cleanup = (): void => {
      clearTimeout(timer);
      clearInterval(poll);
      emitter.off('change', check);
    };
    emitter.on('change', check);
    check();
  });
}
