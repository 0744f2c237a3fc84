import type { Db } from "@kycuong/db";
import type { BatchItem } from "drizzle-orm/batch";

/**
 * Reads gathered from several places (one per section of a page) and sent
 * as one batch: one round trip, whichever sections a user's roles ask for.
 * `add` gives back the read's answer once `run` has finished.
 */
export class BatchedReads {
  private readonly reads: BatchItem<"sqlite">[] = [];
  private answers: unknown[] = [];
  private ran = false;

  add<Q extends BatchItem<"sqlite">>(read: Q): () => Awaited<Q> {
    const index = this.reads.push(read) - 1;
    return () => {
      if (!this.ran) throw new Error("BatchedReads: read before run()");
      return this.answers[index] as Awaited<Q>;
    };
  }

  /** Several reads whose answers are wanted together, in their order. */
  addAll<const T extends readonly BatchItem<"sqlite">[]>(reads: T): () => { -readonly [K in keyof T]: Awaited<T[K]> } {
    const answers = reads.map((read) => this.add(read));
    return () => answers.map((answer) => answer()) as { -readonly [K in keyof T]: Awaited<T[K]> };
  }

  async run(db: Db): Promise<void> {
    const [first, ...rest] = this.reads;
    this.answers = first ? await db.batch([first, ...rest]) : [];
    this.ran = true;
  }
}
