/** Polls `get` every 20 ms until it gives a value (not undefined, null or false); fails naming `what` after `timeoutMs`. */
export async function until<T>(get: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
