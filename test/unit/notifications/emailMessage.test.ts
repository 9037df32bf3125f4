import {
  composeEmail,
  domainOf,
  messageIdFor,
} from '../../../activities/notification/emailMessage';

const reminder = {
  _id: 'n-1:3:reminder',
  kind: 'reminder' as const,
  nominationId: 'n-1',
  nominationNumber: 'VCSDT-2026-0012/2',
  title: { vi: 'Sắp đến hạn: Thẩm định', en: 'Due soon: Appraisal' },
  body: {
    vi: 'Hồ sơ số VCSDT-2026-0012/2 cần được xử lý ở bước "Thẩm định" trước hết ngày 26/02/2026.',
    en: 'Nomination VCSDT-2026-0012/2 must be handled at "Appraisal" by the end of 26/02/2026.',
  },
  // The deadline ends at 00:00 on 27/02 in Vietnam (17:00 UTC on 26/02).
  dueAt: new Date('2026-02-26T17:00:00.000Z'),
  // 23:30 UTC on 01/03 is already 02/03 in Vietnam.
  createdAt: new Date('2026-03-01T23:30:00.000Z'),
};

describe('notification e-mail text', () => {
  test('Vietnamese first, with diacritics; dates dd/mm/yyyy in Vietnam time', () => {
    const { subject, text } = composeEmail(reminder, 'Hoàng Thị Mai');
    expect(subject).toBe('[TĐKT] Sắp đến hạn: Thẩm định');
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Kính gửi Hoàng Thị Mai,',
      '',
      reminder.body.vi,
      '',
      'Số hồ sơ: VCSDT-2026-0012/2',
      'Hạn xử lý: hết ngày 26/02/2026',
      'Ngày thông báo: 02/03/2026',
    ]);
    expect(text).toContain('Due: end of 26/02/2026');
    expect(text).toContain('Number: VCSDT-2026-0012/2');
    // The number stands for the dossier; its database id is nobody's business.
    expect(text).not.toContain('n-1');
  });

  test('without a deadline or a nomination, those lines are left out', () => {
    const { text } = composeEmail(
      { ...reminder, dueAt: null, nominationId: null, nominationNumber: null },
      'A',
    );
    expect(text).not.toContain('Hạn xử lý');
    expect(text).not.toContain('Số hồ sơ');
  });
});

describe('e-mail identity', () => {
  test('one Message-ID per (notification, recipient), stable and well-formed', () => {
    const messageId = messageIdFor('n-1:3:reminder', 'thuongtruc', 'bdttg.gov.vn');
    expect(messageId).toMatch(/^<[0-9a-f]{40}\.tdkt@bdttg\.gov\.vn>$/);
    expect(messageIdFor('n-1:3:reminder', 'thuongtruc', 'bdttg.gov.vn')).toBe(messageId);
    expect(messageIdFor('n-1:3:reminder', 'chutich', 'bdttg.gov.vn')).not.toBe(messageId);
  });

  test.each([
    ['TĐKT Flow <no-reply@BDTTG.gov.vn>', 'bdttg.gov.vn'],
    ['no-reply@example.org', 'example.org'],
    ['nobody', 'tdkt-flow.invalid'],
  ])('the Message-ID domain of %s is %s', (from, domain) => {
    expect(domainOf(from)).toBe(domain);
  });
});
