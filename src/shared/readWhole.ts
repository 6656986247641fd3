import { closeSync, fstatSync, openSync, read } from 'node:fs';

/**
 * `file`'s bytes, read by one request to libuv's threads, so that the kernel fills their
 * fresh pages there rather than on the calling thread. fs.readFile reads in 512 KiB pieces,
 * each asked for in the last one's callback: its read ends only after as many turns of the
 * event loop, which a start's busy main thread makes a few times only. Opening and sizing
 * the file happen here, synchronously (two short calls). Rejects unless it read it whole.
 */
export function readWhole(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (err) {
      reject(err as Error);
      return;
    }
    try {
      const bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
      read(fd, bytes, 0, bytes.length, 0, (error, n) => {
        closeSync(fd);
        if (error) reject(error);
        else if (n !== bytes.length) reject(new Error(`${file}: read ${n} of ${bytes.length} bytes`));
        else resolve(bytes);
      });
    } catch (err) {
      closeSync(fd);
      reject(err as Error);
    }
  });
}
