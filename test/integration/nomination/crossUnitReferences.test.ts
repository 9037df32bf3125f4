import { runAppraisalChecks } from '../../../activities/nomination/runAppraisalChecks';
import { CollectiveModel } from '../../../data/history/collectiveModel';
import { PersonModel } from '../../../data/history/personModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Issue 18, finding 1: a unit reaches only its own people and collectives through the ids a
 * nomination carries. Drafting and editing refuse another unit's, the appraisal leaves such
 * a history unread if one gets past the API, and unit staff see that a hold or discipline
 * record bears on their nominee, not what it is. Real HTTP, Temporal and database.
 * One stack for the file, shared by both describes in order.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;

const complaint = { kind: 'complaint', from: '2025-02-01', to: null };
const person = (id: string, unitId: string) => ({
  _id: id,
  fullName: `Người ${id}`,
  gender: 'female',
  ethnicityCode: '01',
  unitId,
  recruitmentDate: '2010-01-01',
  holds: { h1: complaint },
});

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  [officer, head, secretariat] = await Promise.all(
    ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
  );
  await PersonModel.create([person('XU-A', 'VCSDT'), person('XU-B', 'TTTT')] as never);
  await CollectiveModel.create({ _id: 'XC-B', name: 'Phòng của TTTT', unitId: 'TTTT' } as never);
});
afterAll(() => stack.stop());

const content = (nominee: Record<string, string>) => ({
  nominee: { name: 'Hà Thị Ngọc', ...nominee },
  awardCode: 'CSTDCS',
  year: 2025,
  achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
});
const outside = (field: string) => ({
  error: expect.objectContaining({
    code: 'NOMINEE_OUTSIDE_UNIT',
    field,
    messageVi: expect.stringContaining('đơn vị của bạn'),
    message: expect.stringContaining('your unit'),
  }),
});

describe("another unit's person or collective in a nomination: drafting and registration", () => {
  test('drafting and editing refuse a person or collective the unit may not nominate (422, the field named), and write nothing', async () => {
    const before = await NominationModel.countDocuments();
    for (const [nominee, field] of [
      [{ kind: 'individual', personId: 'XU-B' }, 'nominee.personId'],
      [{ kind: 'individual', personId: 'XU-KHONGCO' }, 'nominee.personId'],
      [{ kind: 'collective', collectiveId: 'XC-B' }, 'nominee.collectiveId'],
      // The field the nominee's kind does not read is stored too: it is refused as well.
      [{ kind: 'individual', collectiveId: 'XC-B' }, 'nominee.collectiveId'],
    ] as const) {
      const refused = await officer.post('/api/nominations', content(nominee));
      expect({ nominee, status: refused.status }).toEqual({ nominee, status: 422 });
      expect(refused.body).toEqual(outside(field));
    }
    expect(await NominationModel.countDocuments()).toBe(before);

    const own = await officer.post(
      '/api/nominations',
      content({ kind: 'individual', personId: 'XU-A' }),
    );
    expect(own.status).toBe(201);
    const edited = await officer.request('PATCH', `/api/nominations/${own.body._id}`, {
      nominee: { kind: 'individual', name: 'Hà Thị Ngọc', personId: 'XU-B' },
    });
    expect(edited.status).toBe(422);
    expect(edited.body).toEqual(outside('nominee.personId'));
    const kept = await NominationModel.findById(own.body._id).lean();
    expect(kept?.nominee.personId).toBe('XU-A');
  });

  test("a unit's registration names no person: it would store any unit's person's id unchecked", async () => {
    const refused = await officer.post('/api/registrations', {
      year: 2026,
      subjectKind: 'unit',
      personId: 'XU-B',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('personId');
  });
});

describe("another unit's person or collective in a nomination: appraisal and holds", () => {
  test("the appraisal does not read another unit's person's history onto a nomination that got past the API", async () => {
    await NominationModel.create({
      _id: 'XU-PAST-API',
      unitId: 'VCSDT',
      nominee: { kind: 'individual', name: 'Người XU-B', personId: 'XU-B' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      stage: 'appraisal',
      createdBy: { userId: 'canbo.vcsdt', name: 'Cán bộ', role: 'unit_officer', unitId: 'VCSDT' },
    });
    const summary = await runAppraisalChecks({ nominationId: 'XU-PAST-API' });
    expect(summary.verdict).toBe('needs_judgement');
    const stored = await NominationModel.findById('XU-PAST-API').lean();
    expect(stored?.checks.reasons.map((r: { code: string }) => r.code)).toEqual([
      'NOMINEE_OUTSIDE_UNIT',
    ]);
    expect(JSON.stringify(stored?.checks)).not.toMatch(/complaint|khiếu nại|2025-02-01/);
  });

  test('unit staff see that a hold bears on their nominee, not its kind or dates; the secretariat sees all', async () => {
    const [id] = await submitToAppraisal(officer, head, [{ name: 'Người XU-A', personId: 'XU-A' }]);
    const held = (body: any) => body.checks.reasons.find((r: any) => r.code === 'HOLD_ACTIVE');

    const full = held((await secretariat.get(`/api/nominations/${id}`)).body);
    expect(full.facts).toMatchObject({ holdKind: 'complaint', from: '2025-02-01' });
    expect(full.message.vi).toContain('khiếu nại');

    const fromUnit = [
      held((await officer.get(`/api/nominations/${id}`)).body),
      held((await head.get(`/api/nominations/${id}`)).body),
    ];
    const dossierId = (await secretariat.get(`/api/nominations/${id}`)).body.dossierId;
    fromUnit.push(held((await head.get(`/api/dossiers/${dossierId}`)).body.nominations[0]));
    for (const reason of fromUnit) {
      expect(reason.facts).toEqual({});
      expect(reason.message.vi).toContain('Thường trực Hội đồng');
      // The citation quotes the law, which names every kind of hold; the message names none.
      expect(JSON.stringify(reason.message)).not.toMatch(/khiếu nại|complaint|2025-02-01/);
    }

    const preview = await officer.get('/api/people/XU-A/eligibility?award=CSTDCS&year=2025');
    expect(preview.status).toBe(200);
    const previewed = preview.body.reasons.find((r: any) => r.code === 'HOLD_ACTIVE');
    expect(previewed.facts).toEqual({});
    expect(JSON.stringify([previewed.message, preview.body.summary])).not.toMatch(
      /khiếu nại|complaint|2025-02-01/,
    );
  });
});
