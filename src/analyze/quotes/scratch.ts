// Zero-filled typed arrays for per-document token flags, on buffers reused across documents: allocating a fresh
// typed array per document costs more than clearing a spare one.

const spare: ArrayBuffer[] = [];
const MAX_SPARE = 6;
/** New buffers are at least this large (16k tokens of Int32), so most documents fit a spare one. */
const MIN_BYTES = 65536;

/** A spare buffer of at least `bytes` bytes, cleared over its first `bytes`, or a new one. */
function takeBuffer(bytes: number): ArrayBuffer {
  for (let i = spare.length - 1; i >= 0; i--) {
    if (spare[i].byteLength < bytes) continue;
    const buffer = spare[i];
    spare.splice(i, 1);
    new Uint8Array(buffer, 0, bytes).fill(0);
    return buffer;
  }
  return new ArrayBuffer(Math.max(bytes, MIN_BYTES));
}

export function zeroedInt32(length: number): Int32Array {
  return new Int32Array(takeBuffer(length * 4), 0, length);
}

export function zeroedUint8(length: number): Uint8Array {
  return new Uint8Array(takeBuffer(length), 0, length);
}

/** Hands arrays from zeroedInt32/zeroedUint8 back once nothing reads them any more (the caller's last use). */
export function giveBack(...arrays: (Int32Array | Uint8Array | undefined)[]): void {
  for (const array of arrays) if (array && spare.length < MAX_SPARE && !spare.includes(array.buffer as ArrayBuffer)) spare.push(array.buffer as ArrayBuffer);
}
