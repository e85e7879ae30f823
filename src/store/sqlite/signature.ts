/** MinHash signatures stored as little-endian uint32 blobs. */

export function encodeSignature(signature: readonly number[]): Buffer {
  const buf = Buffer.alloc(signature.length * 4);
  signature.forEach((v, i) => buf.writeUInt32LE(v >>> 0, i * 4));
  return buf;
}

export function decodeSignature(blob: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= blob.length; i += 4) out.push(blob.readUInt32LE(i));
  return out;
}
