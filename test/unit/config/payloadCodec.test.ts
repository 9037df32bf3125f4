import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import fc from 'fast-check';
import { ConfigurationError, loadEnvironment } from '../../../config/env';
import {
  AesGcmPayloadCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA,
  PayloadDecryptionError,
  payloadCodecsFor,
  type PayloadKey,
} from '../../../config/payloadCodec';

const key = (id: string): PayloadKey => ({ id, key: new Uint8Array(randomBytes(32)) });
const older = key('2025-01');
const newer = key('2026-12');
const text = (bytes: Uint8Array | null | undefined) => new TextDecoder().decode(bytes ?? undefined);
const nominee = () => defaultPayloadConverter.toPayload({ nominee: { name: 'Vàng Thị Dung' } });

/** Issue 18, item 10: workflow payloads encrypted with AES-256-GCM, keys rotating by id. */
describe('AesGcmPayloadCodec', () => {
  test('round trip: any payload comes back as it went in, sealed in between', async () => {
    const codec = new AesGcmPayloadCodec([newer]);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const payload = defaultPayloadConverter.toPayload(value);
        const [sealed] = await codec.encode([payload]);
        expect(text(sealed.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
        expect(text(sealed.metadata?.[KEY_ID_METADATA])).toBe('2026-12');
        const [opened] = await codec.decode([sealed]);
        expect(defaultPayloadConverter.fromPayload(opened)).toEqual(
          defaultPayloadConverter.fromPayload(payload),
        );
      }),
      { numRuns: 200 },
    );
  });

  test('no name in clear, and the same payload twice never seals alike (fresh IV)', async () => {
    const codec = new AesGcmPayloadCodec([newer]);
    const [a, b] = await codec.encode([nominee(), nominee()]);
    expect(Buffer.from(a.data!).includes(Buffer.from('Vàng Thị Dung'))).toBe(false);
    expect(Buffer.from(a.data!).includes(Buffer.from('json/plain'))).toBe(false);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  test.each([
    ['a flipped bit of the ciphertext', 20],
    ['a flipped bit of the IV', 0],
    ['a flipped bit of the tag', -1],
  ])('tamper detection: %s is refused', async (_case, at) => {
    const codec = new AesGcmPayloadCodec([newer]);
    const [sealed] = await codec.encode([nominee()]);
    const data = Buffer.from(sealed.data!);
    data[at < 0 ? data.length + at : at] ^= 1;
    await expect(codec.decode([{ ...sealed, data }])).rejects.toThrow(
      /đã bị sửa hoặc hỏng.*altered or is corrupt \(key "2026-12"\)/,
    );
  });

  test('tamper detection: a truncated payload, and one relabelled with another key id', async () => {
    const codec = new AesGcmPayloadCodec([newer, older]);
    const [sealed] = await codec.encode([nominee()]);
    await expect(codec.decode([{ ...sealed, data: sealed.data!.subarray(0, 20) }])).rejects.toThrow(
      PayloadDecryptionError,
    );
    const relabelled: Payload = {
      ...sealed,
      metadata: { ...sealed.metadata, [KEY_ID_METADATA]: new TextEncoder().encode('2025-01') },
    };
    await expect(codec.decode([relabelled])).rejects.toThrow(/altered or is corrupt/);
  });

  test('rotation: the newest (first) key encrypts, every configured key decrypts', async () => {
    const [old] = await new AesGcmPayloadCodec([older]).encode([nominee()]);
    const rotated = new AesGcmPayloadCodec([newer, older]);
    const [fresh] = await rotated.encode([nominee()]);
    expect(text(fresh.metadata?.[KEY_ID_METADATA])).toBe('2026-12');
    const opened = await rotated.decode([old, fresh]);
    expect(opened.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([
      { nominee: { name: 'Vàng Thị Dung' } },
      { nominee: { name: 'Vàng Thị Dung' } },
    ]);
  });

  test('an unknown key id is a clear error naming it, in Vietnamese and English', async () => {
    const [sealed] = await new AesGcmPayloadCodec([older]).encode([nominee()]);
    const decode = new AesGcmPayloadCodec([newer]).decode([sealed]);
    await expect(decode).rejects.toThrow(PayloadDecryptionError);
    await expect(decode).rejects.toThrow(
      'Không giải mã được dữ liệu của quy trình: không có khóa "2025-01" trong TEMPORAL_PAYLOAD_KEYS / ' +
        'cannot decrypt a workflow payload: key id "2025-01" is not in TEMPORAL_PAYLOAD_KEYS',
    );
  });

  test('payloads it did not encrypt pass through (histories recorded before, replay fixtures)', async () => {
    const plain = [nominee(), defaultPayloadConverter.toPayload(undefined)];
    expect(await new AesGcmPayloadCodec([newer]).decode(plain)).toEqual(plain);
  });

  test('a key of another length or a repeated id is refused', () => {
    expect(() => new AesGcmPayloadCodec([{ id: 'short', key: new Uint8Array(16) }])).toThrow(
      ConfigurationError,
    );
    expect(() => new AesGcmPayloadCodec([newer, { ...older, id: newer.id }])).toThrow(
      /repeated id/,
    );
  });
});

describe('TEMPORAL_PAYLOAD_KEYS and payloadCodecsFor', () => {
  const valid = { TEMPORAL_ADDRESS: '127.0.0.1:7233', MONGODB_URI: 'mongodb://127.0.0.1/tdkt' };
  const base64 = (bytes: number) => randomBytes(bytes).toString('base64');

  test('id:base64 pairs, newest first', () => {
    const first = base64(32);
    const keys = loadEnvironment({
      ...valid,
      TEMPORAL_PAYLOAD_KEYS: `2026-12:${first}, 2025-01:${base64(32)}`,
    }).TEMPORAL_PAYLOAD_KEYS;
    expect(keys.map((k) => k.id)).toEqual(['2026-12', '2025-01']);
    expect(Buffer.from(keys[0].key).toString('base64')).toBe(first);
  });

  test.each([
    ['a 16-byte key', () => `k1:${base64(16)}`],
    ['a key without id', () => base64(32)],
    ['a repeated id', () => `k1:${base64(32)},k1:${base64(32)}`],
    ['an id with a space', () => `key one:${base64(32)}`],
  ])('%s is refused', (_case, value) => {
    expect(() => loadEnvironment({ ...valid, TEMPORAL_PAYLOAD_KEYS: value() })).toThrow(
      /TEMPORAL_PAYLOAD_KEYS/,
    );
  });

  test('off without a key in development and test, one codec with keys', () => {
    expect(payloadCodecsFor({ NODE_ENV: 'development', TEMPORAL_PAYLOAD_KEYS: [] })).toEqual([]);
    expect(payloadCodecsFor({ NODE_ENV: 'test', TEMPORAL_PAYLOAD_KEYS: [] })).toEqual([]);
    const codecs = payloadCodecsFor({ NODE_ENV: 'production', TEMPORAL_PAYLOAD_KEYS: [newer] });
    expect(codecs).toHaveLength(1);
    expect(codecs[0]).toBeInstanceOf(AesGcmPayloadCodec);
  });

  test('production refuses to start without a key, saying so in Vietnamese and English', () => {
    expect(() => payloadCodecsFor({ NODE_ENV: 'production', TEMPORAL_PAYLOAD_KEYS: [] })).toThrow(
      /^Thiếu TEMPORAL_PAYLOAD_KEYS: ở chế độ production.* \/ TEMPORAL_PAYLOAD_KEYS is required with NODE_ENV=production/,
    );
  });
});
