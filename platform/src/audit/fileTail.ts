import { open, type FileHandle } from 'node:fs/promises';

/** A record line longer than this is treated as damage, not read into memory. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export type FileTail =
  | { kind: 'empty' }
  | { kind: 'line'; text: string }
  /** The file does not end in a newline: `intactLength` bytes hold whole lines. */
  | { kind: 'torn'; intactLength: number; size: number };

/** Reads only the end of a JSON-lines file: its last complete line, or a torn tail. */
export async function readFileTail(path: string): Promise<FileTail> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return { kind: 'empty' };
    const last = await readBytes(handle, size - 1, 1);
    if (last[0] !== NEWLINE) {
      const intactLength = await findLineStart(handle, size);
      assertLineFits(path, size - intactLength);
      return { kind: 'torn', intactLength, size };
    }
    const start = await findLineStart(handle, size - 1);
    assertLineFits(path, size - 1 - start);
    const text = (await readBytes(handle, start, size - 1 - start)).toString(
      'utf8',
    );
    return { kind: 'line', text };
  } finally {
    await handle.close();
  }
}

function assertLineFits(path: string, length: number): void {
  if (length > MAX_LINE_BYTES) {
    throw new Error(
      `${path}: last line is longer than ${MAX_LINE_BYTES} bytes`,
    );
  }
}

/** The offset just after the last newline before `end`, or 0. */
async function findLineStart(handle: FileHandle, end: number): Promise<number> {
  let chunkEnd = end;
  while (chunkEnd > 0 && end - chunkEnd <= MAX_LINE_BYTES) {
    const chunkStart = Math.max(0, chunkEnd - CHUNK_BYTES);
    const chunk = await readBytes(handle, chunkStart, chunkEnd - chunkStart);
    const newline = chunk.lastIndexOf(NEWLINE);
    if (newline >= 0) return chunkStart + newline + 1;
    chunkEnd = chunkStart;
  }
  return chunkEnd;
}

async function readBytes(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const result = await handle.read(
      buffer,
      read,
      length - read,
      position + read,
    );
    if (result.bytesRead === 0) break;
    read += result.bytesRead;
  }
  return buffer.subarray(0, read);
}
