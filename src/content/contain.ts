// Nothing the content script does may break the page: every entry point runs through `contained`, which logs and
// swallows errors, and stops the script quietly once the extension context is gone (reload or update of the extension
// leaves old content scripts running with a dead `chrome.runtime`: "Extension context invalidated").

let stopped = false;
const stopHandlers: Array<() => void> = [];

export function onStop(handler: () => void): void {
  stopHandlers.push(handler);
}

export function isStopped(): boolean {
  return stopped;
}

export function stop(): void {
  if (stopped) return;
  stopped = true;
  for (const handler of stopHandlers.splice(0)) {
    try {
      handler();
    } catch {
      // Tearing down must not throw either.
    }
  }
}

function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated|context invalidated/i.test(error.message);
}

export function report(error: unknown, where: string): void {
  if (isContextInvalidated(error)) {
    stop();
    return;
  }
  console.warn(`[Reply Coach] ${where}:`, error);
}

/** Wraps a callback so it never throws into the page and does nothing after the script stopped. */
export function contained<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    if (stopped) return;
    try {
      fn(...args);
    } catch (error) {
      report(error, where);
    }
  };
}

export async function containedAsync<T>(where: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  if (stopped) return fallback;
  try {
    return await fn();
  } catch (error) {
    report(error, where);
    return fallback;
  }
}
