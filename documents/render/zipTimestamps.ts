/**
 * Sets the modification time of every entry of a zip archive to `when` (in place on a copy).
 * The XLSX writer stamps entries with the clock; a fixed stamp makes the bytes reproducible.
 * Only the DOS time/date fields change: sizes, CRCs and offsets stay valid.
 */
export function fixZipTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const time =
    (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date =
    ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = out.readUInt16LE(eocd + 10);
  let central = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n += 1) {
    if (out.readUInt32LE(central) !== 0x02014b50) throw new Error('bad zip central directory');
    out.writeUInt16LE(time, central + 12);
    out.writeUInt16LE(date, central + 14);
    const local = out.readUInt32LE(central + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad zip local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    central +=
      46 +
      out.readUInt16LE(central + 28) +
      out.readUInt16LE(central + 30) +
      out.readUInt16LE(central + 32);
  }
  return out;
}
