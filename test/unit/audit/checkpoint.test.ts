import { parseCheckpoint, signCheckpoint } from '../../../audit/checkpoint';

const KEY = { id: 'k2026', secret: 'a secret of at least thirty-two characters' };
const KEYS = { [KEY.id]: KEY.secret };
const head = { seq: 42, hash: 'ab'.repeat(32) };
const line = JSON.stringify(signCheckpoint(head, new Date('2026-12-07T05:00:00Z'), KEY));

describe('checkpoints are signed: the file cannot be forged without an audit key', () => {
  test('a signed line reads back', () => {
    expect(parseCheckpoint(line, KEYS)).toMatchObject({
      ...head,
      at: '2026-12-07T05:00:00.000Z',
      keyId: 'k2026',
    });
  });

  test.each([
    ['another place', (c: Record<string, unknown>) => ({ ...c, seq: 41 })],
    ['another hash', (c: Record<string, unknown>) => ({ ...c, hash: 'cd'.repeat(32) })],
    ['an unknown key', (c: Record<string, unknown>) => ({ ...c, keyId: 'k1999' })],
    ['no MAC', (c: Record<string, unknown>) => ({ ...c, mac: undefined })],
    ['a short MAC', (c: Record<string, unknown>) => ({ ...c, mac: 'ab' })],
  ])('%s is refused', (_name, forge) => {
    const forged = JSON.stringify(forge(JSON.parse(line) as Record<string, unknown>));
    expect(parseCheckpoint(forged, KEYS)).toBeUndefined();
  });

  test('a damaged line is refused', () => {
    expect(parseCheckpoint(line.slice(0, 30), KEYS)).toBeUndefined();
  });
});
