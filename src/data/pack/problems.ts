// A capped list of problems: a broken 100k-event pack can have a million of them, and nobody reads
// past the first screenful. The rest are counted, not kept.

export const MAX_MESSAGES = 20;

export class Problems {
  private readonly kept: string[] = [];
  private more = 0;

  add(message: string): void {
    if (this.kept.length < MAX_MESSAGES) this.kept.push(message);
    else this.more++;
  }

  get count(): number {
    return this.kept.length + this.more;
  }

  /** Once the cap is reached, callers may stop looking for more of the same kind. */
  get full(): boolean {
    return this.kept.length >= MAX_MESSAGES;
  }

  messages(): string[] {
    if (!this.more) return [...this.kept];
    return [...this.kept, `…and ${this.more} more ${this.more === 1 ? 'problem' : 'problems'}.`];
  }
}
