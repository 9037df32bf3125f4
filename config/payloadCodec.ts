import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ConfigurationError, type Environment } from './env';

/** The encoding of a payload this codec encrypted; any other passes through untouched. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** Metadata naming the key that encrypted a payload, so older keys still decrypt after a rotation. */
export const KEY_ID_METADATA = 'encryption-key-id';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const utf8 = new TextEncoder();
const text = new TextDecoder();

export interface PayloadKey {
  id: string;
  /** 32 bytes: AES-256. */
  key: Uint8Array;
}

/** A payload this codec cannot open: unknown key, or altered / truncated ciphertext. */
export class PayloadDecryptionError extends Error {}

/**
 * AES-256-GCM over each whole payload (its metadata and data, as the protobuf message), with a
 * fresh 96-bit IV. The first key encrypts; every key decrypts the payloads it wrote. The key id
 * is the GCM's additional data, so a payload relabelled with another key id fails too.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly keys: ReadonlyMap<string, Uint8Array>;
  private readonly current: PayloadKey;

  constructor(keys: readonly PayloadKey[]) {
    if (keys.length === 0) throw new ConfigurationError('payload codec: no key');
    for (const { id, key } of keys) {
      if (key.length !== 32) throw new ConfigurationError(`payload key ${id}: not 32 bytes`);
    }
    this.current = keys[0];
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    if (this.keys.size !== keys.length) throw new ConfigurationError('payload keys: repeated id');
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      cipher.setAAD(utf8.encode(this.current.id));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          encoding: utf8.encode(ENCRYPTED_ENCODING),
          [KEY_ID_METADATA]: utf8.encode(this.current.id),
        },
        data: sealed,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.encoding;
      // Histories written before the codec was on (and the replay fixtures) stay readable.
      if (!encoding || text.decode(encoding) !== ENCRYPTED_ENCODING) return payload;
      const idBytes = payload.metadata?.[KEY_ID_METADATA];
      const id = idBytes ? text.decode(idBytes) : '';
      const key = this.keys.get(id);
      if (!key) {
        throw new PayloadDecryptionError(
          `Không giải mã được dữ liệu của quy trình: không có khóa "${id}" trong TEMPORAL_PAYLOAD_KEYS / ` +
            `cannot decrypt a workflow payload: key id "${id}" is not in TEMPORAL_PAYLOAD_KEYS ` +
            '(keep every key that encrypted a history still kept)',
        );
      }
      const data = payload.data ?? new Uint8Array();
      if (data.length < IV_BYTES + TAG_BYTES) throw tampered(id);
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(idBytes!);
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      let plain: Buffer;
      try {
        plain = Buffer.concat([
          decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
          decipher.final(),
        ]);
      } catch {
        throw tampered(id);
      }
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

function tampered(id: string): PayloadDecryptionError {
  return new PayloadDecryptionError(
    `Dữ liệu của quy trình đã bị sửa hoặc hỏng (khóa "${id}") / ` +
      `a workflow payload was altered or is corrupt (key "${id}"): authentication failed`,
  );
}

/**
 * The codecs every Temporal client and worker of a process uses: none when no key is set
 * (development, the test servers), and none at all refused in production, where histories
 * would carry names, units and open votes in clear.
 */
export function payloadCodecsFor(
  env: Pick<Environment, 'NODE_ENV'> & { TEMPORAL_PAYLOAD_KEYS: readonly PayloadKey[] },
): PayloadCodec[] {
  if (env.TEMPORAL_PAYLOAD_KEYS.length > 0)
    return [new AesGcmPayloadCodec(env.TEMPORAL_PAYLOAD_KEYS)];
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'Thiếu TEMPORAL_PAYLOAD_KEYS: ở chế độ production, dữ liệu quy trình trên Temporal phải được mã hóa ' +
        '(id:khóa base64 32 byte). / TEMPORAL_PAYLOAD_KEYS is required with NODE_ENV=production: ' +
        'workflow payloads must be encrypted (id:base64 of 32 bytes, newest first).',
    );
  }
  return [];
}
