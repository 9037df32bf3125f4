import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import type { BallotCounts } from '../../domain/council/tallyBallot';

/**
 * A secret paper as the ballot box stores it: sealed to the box's public key (X25519, then
 * AES-256-GCM under a key derived for this paper alone), so no state of the database — its
 * files' history included — can be read for a choice. The private key is returned once to
 * the round's workflow when the box opens and reaches the box only as the sealing activity's
 * input. Every paper of a box has the same length: one letter per nominee on the paper.
 */
interface BoxKeys {
  /** SPKI DER, base64: stored in the box. */
  publicKey: string;
  /** PKCS#8 DER, base64: never stored in the database. */
  privateKey: string;
}

const CHOICE_LETTERS = { approve: 'a', reject: 'r', abstain: 'x' } as const;
type Choice = keyof typeof CHOICE_LETTERS;
/** Not on this member's paper (a recusal, or a nominee voted openly). */
const NOT_ON_PAPER = '-';
const INFO = Buffer.from('tdkt-flow secret paper');

export function newBoxKeys(): BoxKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

function paperKey(shared: Buffer, ephemeral: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, ephemeral, INFO, 32));
}

/** Seals the choices of one paper; `items` is the box's list of nominees, in its order. */
export function sealPaper(
  publicKey: string,
  items: readonly string[],
  choices: readonly { nominationId: string; choice: Choice }[],
): string {
  const text = items
    .map((id) => {
      const c = choices.find((x) => x.nominationId === id)?.choice;
      return c ? CHOICE_LETTERS[c] : NOT_ON_PAPER;
    })
    .join('');
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralDer = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const shared = diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    }),
  });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', paperKey(shared, ephemeralDer), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([ephemeralDer, iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens every sealed paper with the box's private key and adds them up per nominee. */
export function countPapers(
  privateKey: string,
  items: readonly string[],
  papers: readonly string[],
): Record<string, BallotCounts> {
  const key = createPrivateKey({
    key: Buffer.from(privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const counts: Record<string, BallotCounts> = {};
  for (const id of items) counts[id] = { approve: 0, reject: 0, abstain: 0 };
  const byLetter = Object.fromEntries(
    Object.entries(CHOICE_LETTERS).map(([choice, letter]) => [letter, choice as Choice]),
  );
  for (const paper of papers) {
    const bytes = Buffer.from(paper, 'base64');
    const ephemeralDer = bytes.subarray(0, 44);
    const iv = bytes.subarray(44, 56);
    const tag = bytes.subarray(56, 72);
    const shared = diffieHellman({
      privateKey: key,
      publicKey: createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' }),
    });
    const decipher = createDecipheriv('aes-256-gcm', paperKey(shared, ephemeralDer), iv);
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(bytes.subarray(72)), decipher.final()]).toString();
    [...text].forEach((letter, i) => {
      const choice = byLetter[letter];
      if (choice) counts[items[i]!]![choice] += 1;
    });
  }
  return counts;
}
