import { REDACTED, nominationIdsIn, redactBody, whyOf } from '../../../audit/redact';
import { mergeTimeline, timelineCsv, vietnamTime } from '../../../audit/timeline';
import type { AuditEntryDocument } from '../../../audit/auditEntry';

describe('what of a request body enters the audit log', () => {
  test.each([
    [
      'a password',
      { username: 'quantri', password: 'TdktDemo@2026' },
      { username: 'quantri', password: REDACTED },
    ],
    [
      'a password change',
      { currentPassword: 'a', newPassword: 'b' },
      { currentPassword: REDACTED, newPassword: REDACTED },
    ],
    [
      'a token anywhere',
      { nested: { csrfToken: 'x', apiKey: 'y' } },
      { nested: { csrfToken: REDACTED, apiKey: REDACTED } },
    ],
    [
      'ordinary fields',
      { outcome: 'approve', reason: 'Đủ điều kiện' },
      { outcome: 'approve', reason: 'Đủ điều kiện' },
    ],
  ])('%s', (_name, body, expected) => {
    expect(redactBody(body)).toEqual(expected);
  });

  test('long text is cut, so one request cannot bloat the log', () => {
    const body = redactBody({ achievements: 'x'.repeat(5000) }) as { achievements: string };
    expect(body.achievements.length).toBeLessThan(2100);
  });

  test.each([
    ['reason', { reason: 'Thiếu hồ sơ' }, 'Thiếu hồ sơ'],
    ['note', { note: 'Đã bổ sung' }, 'Đã bổ sung'],
    [
      'structured reasons',
      { reasons: [{ message: { vi: 'Thiếu báo cáo' } }, { message: { vi: 'Sai mẫu' } }] },
      'Thiếu báo cáo; Sai mẫu',
    ],
    ['nothing', { outcome: 'approve' }, undefined],
  ])('why: %s', (_name, body, expected) => {
    expect(whyOf(body)).toBe(expected);
  });

  test('nomination IDs are found in bodies and responses', () => {
    expect(
      nominationIdsIn({ nominationIds: ['a1', 'b2'], nominations: [{ nominationId: 'c3' }] }),
    ).toEqual(['a1', 'b2', 'c3']);
    expect(nominationIdsIn({ nominationId: '$bad' })).toEqual([]);
  });
});

describe('the exported timeline', () => {
  const actor = { userId: 'thuongtruc', name: 'Hoàng Thị Mai', role: 'secretariat' };
  const history = [
    { seq: 0, at: new Date('2025-12-22T02:00:00Z'), action: 'drafted', stage: 'draft', actor },
    {
      seq: 1,
      at: new Date('2025-12-22T03:00:00Z'),
      action: 'submitted',
      stage: 'appraisal',
      actor,
    },
  ];
  const audit = [
    {
      _id: 7,
      key: 'api:x',
      at: new Date('2025-12-22T02:59:59Z'),
      action: 'POST /api/nominations/:id/submit',
      actor,
      summary: { vi: 'Trình hồ sơ', en: '' },
      ip: '127.0.0.1',
      status: 202,
    },
    {
      _id: 8,
      key: 'transition:n1:1',
      at: new Date('2025-12-22T03:00:00Z'),
      action: 'transition.submitted',
      actor,
    },
  ] as unknown as AuditEntryDocument[];

  test('merges the read model and the audit log in time order; a step appears once, attested', () => {
    const rows = mergeTimeline(history, audit);
    expect(rows.map((r) => [r.source, r.action, r.auditSeq])).toEqual([
      ['timeline', 'drafted', undefined],
      ['audit', 'POST /api/nominations/:id/submit', 7],
      ['timeline', 'submitted', 8],
    ]);
  });

  test('Vietnam time is UTC+7', () => {
    expect(vietnamTime(new Date('2025-12-22T20:30:00Z'))).toBe('2025-12-23 03:30:00');
  });

  test('the CSV starts with a byte-order mark, keeps diacritics and defuses formulas', () => {
    const csv = timelineCsv([
      ...mergeTimeline(history, audit),
      {
        at: 'x',
        atVietnam: 'x',
        source: 'audit',
        action: '=HYPERLINK("http://evil")',
        actorId: 'a',
        actorName: 'a',
        actorRole: 'a',
      },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Thời điểm (giờ Việt Nam)');
    expect(csv).toContain('Hoàng Thị Mai');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
