import {
  ChainVerifier,
  GENESIS_HASH,
  canonicalJson,
  entryHash,
  sealEntry,
  storable,
  type ChainReport,
  type ChainedDocument,
  type PublishedHeads,
} from '../../../audit/chain';

/** Verifies a whole chain given in `_id` order, as verifyAuditLog streams it. */
function verifyChain(
  entries: Iterable<ChainedDocument>,
  keys?: Readonly<Record<string, string>>,
  published?: PublishedHeads,
): ChainReport {
  const verifier = new ChainVerifier(keys, published);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.report();
}

/** Builds a chain of `n` entries as the appender would store them, keyed from `keyedFrom`. */
function chainOf(n: number, keyedFrom = Infinity, key = KEY): ChainedDocument[] {
  const entries: ChainedDocument[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const entry = sealEntry(
      seq,
      prev,
      {
        key: `k${seq}`,
        at: new Date(Date.UTC(2025, 11, 22, 3, 0, seq)),
        action: 'POST /api/nominations/:id/appraisal',
        actor: { userId: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat' },
        why: 'Đủ điều kiện theo Điều 23 Luật Thi đua, khen thưởng',
        nominationIds: ['n1'],
      },
      seq >= keyedFrom ? key : undefined,
    );
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

const KEY = { id: 'k2026', secret: 'a secret of at least thirty-two characters' };
const KEYS = { [KEY.id]: KEY.secret };

/** A deep copy, as a second read of the database would return. */
const copy = (entries: ChainedDocument[]) => entries.map((e) => structuredClone(e));

describe('canonical JSON: the same entry always hashes the same', () => {
  test.each([
    ['keys are sorted', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    [
      'nested keys too',
      { z: { y: 1, x: [2, { d: 1, c: 0 }] } },
      '{"z":{"x":[2,{"c":0,"d":1}],"y":1}}',
    ],
    ['undefined fields are left out', { a: undefined, b: null }, '{"b":null}'],
    [
      'dates are ISO instants',
      { at: new Date('2025-12-22T03:00:00.123Z') },
      '{"at":"2025-12-22T03:00:00.123Z"}',
    ],
    ['Vietnamese text is kept', { why: 'Đủ điều kiện' }, '{"why":"Đủ điều kiện"}'],
    ['non-finite numbers are null', { n: Number.NaN }, '{"n":null}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  test('field order from the database does not change the hash', () => {
    expect(entryHash(GENESIS_HASH, { a: 1, b: { c: 2, d: 3 } })).toBe(
      entryHash(GENESIS_HASH, { b: { d: 3, c: 2 }, a: 1 }),
    );
  });

  test('the format is fixed: stored chains must verify forever', () => {
    // sha256("0"×64 + "\n" + canonical JSON), checked with sha256sum. Changing the format
    // breaks every chain already stored.
    expect(entryHash(GENESIS_HASH, { _id: 1, prevHash: GENESIS_HASH, key: 'k', n: 1 })).toBe(
      '7a836f40d1cfe5f2a72e4c1610a9c48d2c79ce9f630e1045fef75de17af109f6',
    );
  });

  test('storable drops undefined and repairs lone surrogates, as the database would', () => {
    expect(storable({ a: undefined, b: 'x\uD800y', c: [undefined] })).toEqual({
      b: 'x\uFFFDy',
      c: [null],
    });
  });
});

describe('verifyChain points at the first broken link', () => {
  type Tamper = (entries: ChainedDocument[]) => ChainedDocument[];
  const cases: [string, Tamper, number | undefined, string | undefined][] = [
    ['an intact chain', (e) => e, undefined, undefined],
    [
      'a changed field',
      (e) => {
        e[3]!.why = 'Không đủ điều kiện';
        return e;
      },
      4,
      'hash_mismatch',
    ],
    [
      'a changed actor',
      (e) => {
        (e[0]!.actor as { userId: string }).userId = 'botruong';
        return e;
      },
      1,
      'hash_mismatch',
    ],
    [
      'an added field',
      (e) => {
        e[2]!.extra = true;
        return e;
      },
      3,
      'hash_mismatch',
    ],
    ['a deleted entry', (e) => e.filter((x) => x._id !== 5), 5, 'missing_entry'],
    ['the first entry deleted', (e) => e.slice(1), 1, 'missing_entry'],
    [
      'two entries swapped (contents moved to the other sequence number)',
      (e) => {
        const [a, b] = [e[5]!, e[6]!];
        e[5] = { ...b, _id: 6 };
        e[6] = { ...a, _id: 7 };
        return e;
      },
      6,
      'prev_hash_mismatch',
    ],
    [
      'an altered entry whose own hash was recomputed',
      (e) => {
        e[2]!.why = 'sửa lại';
        e[2]!.hash = entryHash(e[2]!.prevHash, e[2]!);
        return e;
      },
      4,
      'prev_hash_mismatch',
    ],
    [
      'an entry inserted in the middle',
      (e) => [...e.slice(0, 4), sealEntry(5, e[3]!.hash, { key: 'forged' }), ...e.slice(4)],
      6,
      'bad_sequence',
    ],
  ];

  test.each(cases)('%s', (_name, tamper, firstBrokenSeq, reason) => {
    const report = verifyChain(tamper(copy(chainOf(10))));
    expect(report.ok).toBe(firstBrokenSeq === undefined);
    expect(report.firstBrokenSeq).toBe(firstBrokenSeq);
    expect(report.reason).toBe(reason);
  });

  test('an empty log is intact', () => {
    expect(verifyChain([])).toEqual({ ok: true, entries: 0, lastSeq: 0, lastHash: GENESIS_HASH });
  });

  test('the report names the last intact entry', () => {
    const chain = chainOf(3);
    expect(verifyChain(chain)).toMatchObject({ lastSeq: 3, lastHash: chain[2]!.hash });
  });
});

describe('keyed links: a rewrite needs the key, and the tail is pinned by checkpoints', () => {
  /** What someone with the database alone can do: re-link entries from `from` on with plain hashes. */
  function relinkPlain(entries: ChainedDocument[], from: number, keepKeyId: boolean) {
    for (let i = from - 1; i < entries.length; i += 1) {
      const entry = entries[i]!;
      if (i > 0) entry.prevHash = entries[i - 1]!.hash;
      if (!keepKeyId) delete entry.keyId;
      entry.hash = entryHash(entry.prevHash, entry);
    }
    return entries;
  }

  test('a plain chain switching to keyed links verifies, and reports where it switched', () => {
    const chain = chainOf(10, 6);
    expect(chain[4]!.keyId).toBeUndefined();
    expect(chain[5]!.keyId).toBe('k2026');
    expect(verifyChain(chain, KEYS)).toMatchObject({ ok: true, keyedFrom: 6, lastSeq: 10 });
    // A keyed link is not the plain hash of the same content.
    expect(chain[5]!.hash).not.toBe(entryHash(chain[5]!.prevHash, chain[5]!));
  });

  test.each([
    ['dropping the key id', false, 'unkeyed_entry'],
    ['keeping the key id', true, 'hash_mismatch'],
  ])(
    'an altered entry whose tail is re-linked with plain hashes (%s) is caught there',
    (_name, keepKeyId, reason) => {
      const chain = copy(chainOf(10, 3));
      chain[6]!.why = 'sửa lại';
      expect(verifyChain(relinkPlain(chain, 7, keepKeyId), KEYS)).toMatchObject({
        ok: false,
        firstBrokenSeq: 7,
        reason,
      });
    },
  );

  test('a tail re-linked with another key is caught', () => {
    const chain = chainOf(10, 1);
    const forged = chainOf(10, 1, { id: 'k2026', secret: 'x'.repeat(40) });
    expect(verifyChain([...chain.slice(0, 8), ...forged.slice(8)], KEYS)).toMatchObject({
      ok: false,
      firstBrokenSeq: 9,
    });
  });

  test('an entry signed with a key not held', () => {
    expect(verifyChain(chainOf(4, 2), {})).toMatchObject({
      ok: false,
      firstBrokenSeq: 2,
      reason: 'unknown_key',
    });
  });

  test('a rotated key: entries of the old key verify while it is still listed', () => {
    const newKey = { id: 'k2027', secret: 'the next secret, also thirty-two characters+' };
    const chain = chainOf(6, 1);
    let prev = chain[5]!.hash;
    for (let seq = 7; seq <= 9; seq += 1) {
      const next = sealEntry(seq, prev, { key: `k${seq}` }, newKey);
      chain.push(next);
      prev = next.hash;
    }
    expect(verifyChain(chain, { ...KEYS, [newKey.id]: newKey.secret })).toMatchObject({
      ok: true,
      lastSeq: 9,
    });
  });

  test('a plain chain rewritten from its start verifies alone, but not against a checkpoint', () => {
    const chain = chainOf(10, 4);
    const published = new Map([[8, chain[7]!.hash]]);
    const rewritten = relinkPlain(copy(chain), 1, false);
    rewritten[1]!.why = 'sửa lại';
    relinkPlain(rewritten, 2, false);
    expect(verifyChain(rewritten, KEYS)).toMatchObject({ ok: true });
    expect(verifyChain(rewritten, KEYS, published)).toMatchObject({
      ok: false,
      firstBrokenSeq: 8,
      reason: 'checkpoint_mismatch',
    });
  });

  test('a truncated tail is caught against the last checkpoint, not before it', () => {
    const chain = chainOf(10, 1);
    const published = new Map([
      [5, chain[4]!.hash],
      [9, chain[8]!.hash],
    ]);
    expect(verifyChain(chain, KEYS, published)).toMatchObject({ ok: true, checkpointSeq: 9 });
    expect(verifyChain(chain.slice(0, 9), KEYS, published)).toMatchObject({ ok: true });
    expect(verifyChain(chain.slice(0, 7), KEYS, published)).toMatchObject({
      ok: false,
      lastSeq: 7,
      firstBrokenSeq: 8,
      reason: 'truncated',
    });
  });
});
