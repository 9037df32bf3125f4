import { PersonModel } from '../../../data/history/personModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

interface Checked {
  stage: string;
  checks?: { reasons: { code: string; facts: Record<string, unknown> }[] };
  history: { action: string; detail?: { vi: string } }[];
}

const DUPLICATE = 'DUPLICATE_NOMINATION_OTHER_UNIT';

/**
 * Two units nominate one person for the same title and year (issue 13, defect 6): both
 * dossiers carry the duplicate flag naming the other, the earlier one re-checked by its own
 * workflow when the later arrives, and cleared when the other is withdrawn. Real HTTP,
 * Temporal and database.
 */
describe('a person nominated by two units', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  const units: Record<'VCSDT' | 'TTTT', { officer: ApiClient; head: ApiClient }> = {} as never;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    const [officer, head, otherOfficer, otherHead, sec] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt', 'canbo.tttt', 'giamdoc.tttt', 'thuongtruc'].map((u) =>
        ApiClient.signIn(stack.apiUrl, u),
      ),
    );
    units.VCSDT = { officer, head };
    units.TTTT = { officer: otherOfficer, head: otherHead };
    secretariat = sec;
    // Transferred from VCSDT to TTTT during the year: both units put her forward.
    await PersonModel.create({
      _id: 'DUP-1',
      fullName: 'Lường Thị Tâm',
      gender: 'female',
      ethnicityCode: '01',
      unitId: 'TTTT',
      recruitmentDate: '2012-01-01',
      units: {
        a: { unitId: 'VCSDT', from: '2012-01-01', to: '2025-06-30' },
        b: { unitId: 'TTTT', from: '2025-07-01', to: null },
      },
    } as never);
  });
  afterAll(() => stack.stop());

  const read = async (id: string) =>
    (await secretariat.get<Checked>(`/api/nominations/${id}`)).body;
  const duplicateFlag = (n: Checked) => n.checks?.reasons.find((r) => r.code === DUPLICATE);

  async function nominate(unit: 'VCSDT' | 'TTTT'): Promise<string> {
    const { officer, head } = units[unit];
    const draft = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Lường Thị Tâm', personId: 'DUP-1' },
      awardCode: 'CSTDCS',
      year: 2025,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở được công nhận.',
    });
    expect((await head.post(`/api/nominations/${draft.body._id}/submit`)).status).toBe(202);
    await eventually(
      () => read(draft.body._id),
      (n) => n.stage === 'appraisal' && n.checks !== undefined,
    );
    return draft.body._id;
  }

  test('both dossiers are flagged, each naming the other; a withdrawal clears the flag', async () => {
    const first = await nominate('VCSDT');
    expect(duplicateFlag(await read(first))).toBeUndefined();

    const second = await nominate('TTTT');
    expect(duplicateFlag(await read(second))?.facts).toMatchObject({
      otherNominations: [first],
      otherUnits: ['VCSDT'],
    });
    // The earlier dossier, already in appraisal, is checked again by its own workflow.
    // The check's result is written before its timeline entry: wait for both.
    const flagged = await eventually(
      () => read(first),
      (n) =>
        duplicateFlag(n) !== undefined &&
        n.history.at(-1)?.detail?.vi.startsWith('Kiểm tra lại') === true,
    );
    expect(duplicateFlag(flagged)?.facts).toMatchObject({
      otherNominations: [second],
      otherUnits: ['TTTT'],
    });
    expect(flagged.history.at(-1)!.detail!.vi).toMatch(
      /^Kiểm tra lại: đơn vị TTTT vừa trình hồ sơ đề nghị cùng đối tượng/,
    );

    const withdrawn = await units.TTTT.head.post(`/api/nominations/${second}/withdraw`, {
      reason: 'Cá nhân đã chuyển công tác; đơn vị cũ đề nghị.',
    });
    expect(withdrawn.status).toBe(200);
    const cleared = await eventually(
      () => read(first),
      (n) => n.history.length > flagged.history.length,
    );
    expect(duplicateFlag(cleared)).toBeUndefined();
    expect(cleared.history.at(-1)!.detail!.vi).toMatch(
      /^Kiểm tra lại: hồ sơ trùng của đơn vị TTTT đã kết thúc/,
    );
  });
});
