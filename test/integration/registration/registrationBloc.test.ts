import { PersonModel } from '../../../data/history/personModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Registration for the year's movement, and bloc score sheets with ranking (domain.md §3).
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let otherHead: ApiClient;
let secretariat: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, otherHead, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'giamdoc.tttt', 'thuongtruc'].map((u) =>
      ApiClient.signIn(stack.apiUrl, u),
    ),
  );
  const person = (id: string, fullName: string, unitId: string) => ({
    _id: id,
    fullName,
    gender: 'female',
    ethnicityCode: '01',
    unitId,
    recruitmentDate: '2012-01-01',
  });
  await PersonModel.create([
    person('RG-1', 'Lường Thị Xuân', 'VCSDT'),
    person('RG-2', 'Phùng Văn Hải', 'VCSDT'),
    person('RG-3', 'Trịnh Thị Yến', 'TTTT'),
  ] as any[]);
});
afterAll(() => stack.stop());

describe('registration and bloc ranking: registration', () => {
  test('units and people register; the status shows who has not', async () => {
    const unit = await officer.post('/api/registrations', {
      year: 2026,
      subjectKind: 'unit',
      titles: ['TTLDXS'],
      pledges: ['Hoàn thành 100% nhiệm vụ được giao đúng tiến độ'],
    });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ _id: '2026:unit:VCSDT', name: 'Vụ Chính sách Dân tộc' });
    const individual = await officer.post('/api/registrations', {
      year: 2026,
      subjectKind: 'individual',
      personId: 'RG-1',
      titles: ['CSTDCS'],
    });
    expect(individual.body.name).toBe('Lường Thị Xuân');
    // Another unit's person, or someone else's unit: refused.
    expect(
      (
        await officer.post('/api/registrations', {
          year: 2026,
          subjectKind: 'individual',
          personId: 'RG-3',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await officer.post('/api/registrations', {
          year: 2026,
          subjectKind: 'unit',
          unitId: 'TTTT',
        })
      ).status,
    ).toBe(403);
    expect(
      (await officer.post('/api/registrations', { year: 2026, subjectKind: 'individual' })).body
        .error.field,
    ).toBe('personId');

    const status = await secretariat.get('/api/registrations/status?year=2026');
    expect(status.status).toBe(200);
    expect(status.body.unitsNotRegistered).toEqual(['TTTT', 'VKHTC', 'VP', 'VTCCB']);
    expect(status.body.units.find((u: { unitId: string }) => u.unitId === 'VCSDT')).toMatchObject({
      unitRegistered: true,
      people: await PersonModel.countDocuments({ unitId: 'VCSDT' }),
      peopleRegistered: 1,
    });
    const mine = await officer.get('/api/registrations/status?year=2026&unitId=VCSDT');
    const others = await PersonModel.countDocuments({ unitId: 'VCSDT', _id: { $ne: 'RG-1' } });
    expect(mine.body.peopleNotRegistered).toHaveLength(others);
    expect(mine.body.peopleNotRegistered).toContainEqual({
      personId: 'RG-2',
      fullName: 'Phùng Văn Hải',
    });
    expect((await officer.get('/api/registrations/status?year=2026&unitId=TTTT')).status).toBe(403);
    const list = await officer.get('/api/registrations?year=2026');
    expect(list.body).toMatchObject({ total: 2, page: 1 });
  });
});

describe('registration and bloc ranking: score sheets', () => {
  test('score sheets: configurable template, self score then council score, bloc ranking', async () => {
    const template = {
      groups: [
        {
          code: 'A',
          title: 'Nhiệm vụ chuyên môn',
          criteria: [{ code: 'A1', title: 'Kế hoạch năm', maxPoints: 70 }],
        },
        {
          code: 'B',
          title: 'Phong trào thi đua',
          criteria: [{ code: 'B1', title: 'Tổ chức phong trào', maxPoints: 30 }],
        },
      ],
      bonusMax: 5,
      deductionMax: 10,
    };
    expect((await head.request('PUT', '/api/registrations/templates/2026', template)).status).toBe(
      403,
    );
    const saved = await secretariat.request<any>(
      'PUT',
      '/api/registrations/templates/2026',
      template,
    );
    expect(saved.body).toMatchObject({ isDefault: false, bonusMax: 5 });
    expect((await head.get('/api/registrations/templates/2027')).body.isDefault).toBe(true);

    const self = await head.request<any>('PUT', '/api/registrations/score-sheets/2026/VCSDT/self', {
      scores: { A1: 68, B1: 29 },
      bonus: 3,
    });
    expect(self.status).toBe(200);
    const tooHigh = await otherHead.request<any>(
      'PUT',
      '/api/registrations/score-sheets/2026/TTTT/self',
      {
        scores: { A1: 71 },
      },
    );
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.error).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', field: 'scores.A1' });
    expect(
      (
        await head.request('PUT', '/api/registrations/score-sheets/2026/TTTT/self', {
          scores: { A1: 1 },
        })
      ).status,
    ).toBe(403);
    await otherHead.request('PUT', '/api/registrations/score-sheets/2026/TTTT/self', {
      scores: { A1: 65, B1: 30 },
    });

    let ranking = await secretariat.get('/api/registrations/blocs/KHOI-2/ranking?year=2026');
    expect(
      ranking.body.ranking.map((r: { unitId: string; rank?: number; selfTotal?: number }) => [
        r.unitId,
        r.rank,
        r.selfTotal,
      ]),
    ).toEqual([
      ['TTTT', undefined, 95],
      ['VCSDT', undefined, 100],
    ]);

    await secretariat.request('PUT', '/api/registrations/score-sheets/2026/VCSDT/council', {
      scores: { A1: 62, B1: 25 },
      bonus: 2,
      deduction: 1,
      note: 'Chậm báo cáo quý III',
    });
    await secretariat.request('PUT', '/api/registrations/score-sheets/2026/TTTT/council', {
      scores: { A1: 64, B1: 28 },
    });
    ranking = await head.get('/api/registrations/blocs/KHOI-2/ranking?year=2026');
    expect(
      ranking.body.ranking.map(
        (r: { unitId: string; rank: number; councilTotal: number; name: string }) => [
          r.unitId,
          r.rank,
          r.councilTotal,
          r.name,
        ],
      ),
    ).toEqual([
      ['TTTT', 1, 92, 'Trung tâm Thông tin'],
      ['VCSDT', 2, 88, 'Vụ Chính sách Dân tộc'],
    ]);
    expect((await head.get('/api/registrations/blocs/NOPE/ranking?year=2026')).status).toBe(404);
  });
});
