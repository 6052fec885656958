/**
 * A first-come-first-served cap on work in flight. Under a surge it keeps most messages waiting cheaply,
 * so that the few that skip the cap (danger messages) meet a short line instead of hundreds of others.
 */
export interface Limiter {
  /** Resolves with a release function once a slot is free. */
  acquire(): Promise<() => void>;
  readonly inFlight: number;
  readonly waiting: number;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`limiter needs a positive whole number, got ${max}`);
  let inFlight = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next(); // hand the slot over directly
    else inFlight--;
  };
  const slot = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  return {
    acquire() {
      if (inFlight < max) {
        inFlight++;
        return Promise.resolve(slot());
      }
      return new Promise((resolve) => queue.push(() => resolve(slot())));
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
  };
}
