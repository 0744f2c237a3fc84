/** Bytes buffered before a chunk goes out: big enough to cost little per line, small enough to stream. */
const CHUNK_BYTES = 64 * 1024;

/**
 * JSON lines as a byte stream that pulls from `lines` only as the client
 * reads: nothing is loaded ahead of what the response needs. A failure
 * after the first chunk cannot change the status any more; the stream ends
 * in an error and the file lacks its last line, which says it is cut off.
 */
export function ndjsonStream(lines: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = lines[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      while (chunk.length < CHUNK_BYTES) {
        const next = await source.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += `${JSON.stringify(next.value)}\n`;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await source.return?.();
    },
  });
}
