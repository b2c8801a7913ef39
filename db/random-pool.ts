// Random bytes for values that must never repeat nor be guessed but are not secrets: the IVs of sealed fields
// and the public ids of rows, both stored in the clear beside what they belong to. crypto.randomBytes is a
// system call each time (about 7 µs on a small virtual machine) and a submission needs about thirty, so, as
// node's own randomUUID does, the kernel's bytes are drawn 4 KB at a time and each byte is handed out once,
// then zeroed in the pool. Keys and tokens (secrets) never come from here: they keep crypto.randomBytes.
import crypto from "node:crypto";

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let next = POOL_BYTES;

/** `size` fresh random bytes (at most 256), in a buffer of their own. */
export function pooledRandomBytes(size: number): Buffer {
  if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError(`pooledRandomBytes takes 1 to 256 bytes, not ${size}`);
  if (next + size > POOL_BYTES) {
    crypto.randomFillSync(pool);
    next = 0;
  }
  const bytes = Buffer.from(pool.subarray(next, next + size));
  pool.fill(0, next, next + size);
  next += size;
  return bytes;
}
