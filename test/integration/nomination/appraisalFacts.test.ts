import { runAppraisalChecks } from '../../../activities/nomination/runAppraisalChecks';
import { PersonModel } from '../../../data/history/personModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

interface Checked {
  stage: string;
  reviewOccasion?: string | null;
  checks?: { verdict: string; reasons: { code: string }[] };
}

/**
 * Issue 16: the facts a nomination carries reach its automatic appraisal. The review occasion
 * is drafted and edited with the dossier, so a Hero of Labour proposal is judged on it; the
 * other nominations' kinds reach the overlap check. Real HTTP, Temporal and database.
 */
describe('the facts a nomination carries reach its appraisal', () => {
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
    await PersonModel.create(
      ['AF-1', 'AF-2'].map((id) => ({
        _id: id,
        fullName: `Người ${id}`,
        gender: 'male',
        ethnicityCode: '01',
        unitId: 'VCSDT',
        recruitmentDate: '2005-01-01',
      })) as never,
    );
  });
  afterAll(() => stack.stop());

  const content = (extra: Record<string, unknown>) => ({
    nominee: { kind: 'individual', name: 'Người AF-1', personId: 'AF-1' },
    awardCode: 'AHLD',
    year: 2025,
    achievements: 'Thành tích đặc biệt xuất sắc trong lao động sáng tạo.',
    ...extra,
  });
  const read = async (id: string) =>
    (await secretariat.get<Checked>(`/api/nominations/${id}`)).body;

  test('an unknown review occasion is refused on drafting and editing (400, the field named)', async () => {
    const drafted = await officer.post('/api/nominations', content({ reviewOccasion: 'party' }));
    expect([drafted.status, drafted.body.error?.field]).toEqual([400, 'reviewOccasion']);
    const own = await officer.post('/api/nominations', content({}));
    expect(own.status).toBe(201);
    const edited = await officer.request<any>('PATCH', `/api/nominations/${own.body._id}`, {
      reviewOccasion: 'party',
    });
    expect([edited.status, edited.body.error?.field]).toEqual([400, 'reviewOccasion']);
  });

  test('the occasion is kept with the draft, edited and cleared', async () => {
    const own = await officer.post('/api/nominations', content({ reviewOccasion: 'ad_hoc' }));
    expect(own.body.reviewOccasion).toBe('ad_hoc');
    const id: string = own.body._id;
    const patch = (reviewOccasion: string | null) =>
      officer.request<Checked>('PATCH', `/api/nominations/${id}`, { reviewOccasion });
    expect((await patch('emulation_congress')).body.reviewOccasion).toBe('emulation_congress');
    expect((await officer.get(`/api/nominations/${id}`)).body.reviewOccasion).toBe(
      'emulation_congress',
    );
    expect((await patch(null)).body.reviewOccasion ?? null).toBeNull();
  });

  test.each([
    ['annual', 'not_eligible', 'HERO_NOT_AT_EMULATION_CONGRESS'],
    ['emulation_congress', 'needs_judgement', 'HERO_AT_EMULATION_CONGRESS'],
    [undefined, 'needs_judgement', 'REVIEW_OCCASION_MISSING'],
  ])(
    'a Hero of Labour proposal drafted with occasion %s is appraised with it (%s, %s)',
    async (reviewOccasion, verdict, code) => {
      const drafted = await officer.post(
        '/api/nominations',
        content(reviewOccasion ? { reviewOccasion } : {}),
      );
      expect(drafted.status).toBe(201);
      expect((await head.post(`/api/nominations/${drafted.body._id}/submit`)).status).toBe(202);
      const checked = await eventually(
        () => read(drafted.body._id),
        (n) => n.stage === 'appraisal' && n.checks !== undefined,
      );
      expect(checked.checks?.verdict).toBe(verdict);
      const codes = checked.checks?.reasons.map((r) => r.code) ?? [];
      expect(codes).toContain(code);
      for (const other of [
        'HERO_NOT_AT_EMULATION_CONGRESS',
        'HERO_AT_EMULATION_CONGRESS',
        'REVIEW_OCCASION_MISSING',
      ].filter((c) => c !== code)) {
        expect(codes).not.toContain(other);
      }
    },
  );

  test.each([
    ['thematic', false],
    ['merit', true],
  ])(
    "another live nomination's kind reaches the overlap check: a %s GK beside a merit BKBO overlaps: %s",
    async (otherKind, overlaps) => {
      const suffix = `${otherKind}`;
      const base = {
        unitId: 'VCSDT',
        nominee: { kind: 'individual', name: 'Người AF-2', personId: 'AF-2' },
        year: 2025,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
        stage: 'appraisal',
        createdBy: { userId: 'canbo.vcsdt', name: 'Cán bộ', role: 'unit_officer', unitId: 'VCSDT' },
      };
      await NominationModel.create([
        { ...base, _id: `AF-GK-${suffix}`, awardCode: 'GK', kind: otherKind },
        { ...base, _id: `AF-BKBO-${suffix}`, awardCode: 'BKBO', kind: 'merit' },
      ] as never);
      try {
        await runAppraisalChecks({ nominationId: `AF-BKBO-${suffix}` });
        const stored = await NominationModel.findById(`AF-BKBO-${suffix}`).lean();
        const codes = stored?.checks.reasons.map((r: { code: string }) => r.code);
        expect(codes.includes('OVERLAPPING_AWARD_SAME_YEAR')).toBe(overlaps);
      } finally {
        await NominationModel.deleteMany({
          _id: { $in: [`AF-GK-${suffix}`, `AF-BKBO-${suffix}`] },
        });
      }
    },
  );
});
