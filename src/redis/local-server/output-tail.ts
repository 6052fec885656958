/** The last few thousand characters a child process printed, for error messages. */

const OUTPUT_TAIL_CHARS = 4_000;

/** Keeps the last `max` characters of a process's output. */
export class OutputTail {
  private text = '';
  constructor(private readonly max = OUTPUT_TAIL_CHARS) {}

  /** Appends a chunk of output. */
  push(chunk: Buffer | string): void {
    this.text += chunk.toString();
    if (this.text.length > this.max * 2) this.text = this.text.slice(-this.max);
  }

  /** The kept output, trimmed, starting with `…` when older output was dropped. */
  toString(): string {
    const tail = this.text.slice(-this.max).trim();
    return tail.length < this.text.trim().length ? `…${tail}` : tail;
  }
}
