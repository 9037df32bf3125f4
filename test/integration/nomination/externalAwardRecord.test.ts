import { recordExternalAward } from '../../../activities/nomination/recordExternalAward';
import { formatDate } from '../../../data/history/import/cells';
import { AwardRecordModel } from '../../../data/history/awardRecordModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { grantByDecision } from '../../harness/grantByDecision';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { today } from '../awardDecision/awardDecisionFixtures';
import { XLSX, historySheets, workbook } from '../people/historyFixtures';

jest.setTimeout(240_000);

/**
 * An award the Prime Minister decides on the ministry's submission enters the nominee's
 * history when the secretariat enters the Prime Minister's decision granting it, as an award
 * the minister signs does, so the rules that read the history see it: over the API with every
 * workflow real. A refusal upward records nothing.
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  const people = [
    [
      'CB-041',
      'Hà Văn Chiến',
      '20/11/1978',
      'Nam',
      'Tày',
      'VCSDT',
      'Vụ trưởng',
      'Có',
      '01/08/2002',
      null,
    ],
    [
      'CB-042',
      'Vi Thị Nga',
      '08/03/1983',
      'Nữ',
      'Thái',
      'VCSDT',
      'Chuyên viên',
      'Không',
      '01/09/2008',
      null,
    ],
  ];
  const file = await workbook({ 'Cá nhân': [historySheets()['Cá nhân']![0]!, ...people] });
  expect((await secretariat.postFile('/api/history/import', file, XLSX)).status).toBe(200);
});
afterAll(() => stack.stop());

/** An ad hoc PM's Certificate for 2025 (no public comment), signed up to the Prime Minister. */
async function forwardedBkttg(nominee: { name: string; personId: string }): Promise<string> {
  const [id] = await submitToAppraisal(officer, head, [nominee], {
    awardCode: 'BKTTG',
    kind: 'ad_hoc',
  });
  await grantByDecision(stack.apiUrl, {
    ids: [id!],
    awardCode: 'BKTTG',
    year: 2025,
    unitId: 'VCSDT',
  });
  return id!;
}

const enterOutcome = (id: string, outcome: 'granted' | 'refused', number: string) =>
  secretariat.post(`/api/nominations/${id}/external-outcome`, {
    outcome,
    number,
    decidedOn: today(),
    issuer: 'prime_minister',
  });

/** The person's award rows in the history export (the register the secretariat keeps). */
async function exportedAwards(personId: string): Promise<string[]> {
  const file = await secretariat.getText('/api/history/export?format=csv&kind=awards');
  expect(file.status).toBe(200);
  return file.body.split(/\r?\n/).filter((line) => line.includes(personId));
}

/**
 * One achievement is not rewarded twice: an ad hoc Minister's Certificate for the same year
 * (an ad hoc award never overlaps a merit one, so the check asks for the ad hoc kind).
 */
async function sameYearOverlap(personId: string) {
  const response = await officer.get(
    `/api/people/${personId}/eligibility?award=BKBO&year=2025&kind=ad_hoc&receivedOn=${today()}`,
  );
  expect(response.status).toBe(200);
  return response.body.reasons.find((r: any) => r.code === 'OVERLAPPING_AWARD_SAME_YEAR');
}

describe('an award granted upward is recorded in the nominee’s history', () => {
  test('the Prime Minister’s Certificate granted upward is in the history with the Prime Minister’s decision, once however often it is entered, and the rules see it', async () => {
    const id = await forwardedBkttg({ name: 'Hà Văn Chiến', personId: 'CB-041' });
    expect(await exportedAwards('CB-041')).toEqual([]);
    expect(await sameYearOverlap('CB-041')).toBeUndefined();

    // Entered twice at once (a double click, a retried request): one is taken.
    const answers = await Promise.all([1, 2].map(() => enterOutcome(id, 'granted', '512/QĐ-TTg')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);

    const row = `Cá nhân,CB-041,Bằng khen của Thủ tướng Chính phủ,2025,Nhà nước,Đột xuất,512/QĐ-TTg,${formatDate(today())},`;
    expect(await exportedAwards('CB-041')).toEqual([row]);
    const overlap = { severity: 'needs_judgement', facts: { year: 2025, received: ['BKTTG'] } };
    expect(await sameYearOverlap('CB-041')).toMatchObject(overlap);
    const stored = await AwardRecordModel.find({ nominationId: id }).lean();
    expect(stored).toEqual([
      expect.objectContaining({
        _id: `nomination:${id}`,
        subjectId: 'CB-041',
        issuerLevel: 'state',
        decisionNumber: '512/QĐ-TTg',
        decisionDate: today(),
        source: 'decision',
      }),
    ]);

    // The activity run again (a worker lost its answer and Temporal retried it): nothing changes.
    const decision = {
      number: '512/QĐ-TTg',
      decidedOn: today(),
      issuer: 'prime_minister' as const,
    };
    await recordExternalAward({ nominationId: id, decision });
    // (Mongoose stamps `updatedAt` on every write; the record itself stays as inserted.)
    expect(await AwardRecordModel.find({ nominationId: id }).lean()).toEqual([
      { ...stored[0], updatedAt: expect.any(Date) },
    ]);
    expect(await exportedAwards('CB-041')).toEqual([row]);
    expect(await sameYearOverlap('CB-041')).toMatchObject(overlap);
  });
});

describe('an award refused upward', () => {
  test('a refusal upward records nothing', async () => {
    const id = await forwardedBkttg({ name: 'Vi Thị Nga', personId: 'CB-042' });
    const refused = await enterOutcome(id, 'refused', '77/TTg-TĐKT');
    expect([refused.status, refused.body.stage]).toEqual([200, 'rejected']);
    expect(await exportedAwards('CB-042')).toEqual([]);
    expect(await sameYearOverlap('CB-042')).toBeUndefined();
    expect(await AwardRecordModel.countDocuments({ nominationId: id })).toBe(0);
  });
});
