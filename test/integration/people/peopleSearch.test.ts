import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * GET /api/people over real HTTP, on the demo history: three people of VCSDT (Lò Văn Púa,
 * Nguyễn Thị Hằng, Trần Quốc Việt) and two of TTTT (Y Blúp Êban, Lê Thị Thanh Tâm).
 */
describe('GET /api/people: find a person by name, within what the caller may see', () => {
  let stack: TestStack;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    const users = ['canbo.vcsdt', 'vutruong.vcsdt', 'canbo.tttt', 'thuongtruc', 'thanhtra'];
    const others = ['hoidong.1', 'chutich', 'botruong', 'quantri'];
    for (const user of [...users, ...others]) as[user] = await ApiClient.signIn(stack.apiUrl, user);
  });
  afterAll(() => stack.stop());

  const names = async (client: ApiClient, query: string) => {
    const response = await client.get(`/api/people?${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as Array<{ fullName: string }>).map((p) => p.fullName);
  };

  test('marks, case and spacing do not matter; a match starts at a word', async () => {
    const officer = as['canbo.vcsdt']!;
    for (const q of ['Lo Van', 'lò văn', 'LO  VAN PUA', 'van pu', 'Púa']) {
      expect([q, await names(officer, `q=${encodeURIComponent(q)}`)]).toEqual([q, ['Lò Văn Púa']]);
    }
    expect(await names(officer, 'q=an')).toEqual([]); // "Văn" holds "ăn", but not at a word start
    expect(await names(officer, 'q=viet')).toEqual(['Trần Quốc Việt']);
    expect(await names(officer, `q=${encodeURIComponent('Trần Q.')}`)).toEqual([]);
    expect(await names(officer, `q=${encodeURIComponent('(Lo')}`)).toEqual([]);
    expect(await names(officer, 'q=.')).toHaveLength(3); // nothing to search by: everyone
  });

  test("unit staff find only their own unit's people, whatever unit they ask for", async () => {
    const response = await as['vutruong.vcsdt']!.get('/api/people');
    expect(response.body).toEqual({
      items: [
        {
          id: 'DEMO-VCSDT-01',
          fullName: 'Lò Văn Púa',
          unitId: 'VCSDT',
          position: 'Chuyên viên chính',
        },
        {
          id: 'DEMO-VCSDT-02',
          fullName: 'Nguyễn Thị Hằng',
          unitId: 'VCSDT',
          position: 'Phó Vụ trưởng',
        },
        {
          id: 'DEMO-VCSDT-03',
          fullName: 'Trần Quốc Việt',
          unitId: 'VCSDT',
          position: 'Chuyên viên',
        },
      ],
      page: 1,
      pageSize: 20,
      total: 3,
    });
    const tttt = as['canbo.tttt']!;
    expect(await names(tttt, 'q=Lo%20Van')).toEqual([]);
    expect(await names(tttt, 'q=Lo%20Van&unitId=VCSDT')).toEqual([]);
    expect(await names(tttt, 'q=e')).toEqual(['Y Blúp Êban']);
  });

  test('the secretariat and inspectors search every unit, a page at a time', async () => {
    for (const user of ['thuongtruc', 'thanhtra']) {
      const first = await as[user]!.get('/api/people?pageSize=2');
      expect([user, first.body.total, first.body.items.length]).toEqual([user, 5, 2]);
      const third = await as[user]!.get('/api/people?pageSize=2&page=3');
      expect(third.body.items).toHaveLength(1);
    }
    const secretariat = as.thuongtruc!;
    expect(await names(secretariat, 'q=thi')).toEqual(['Lê Thị Thanh Tâm', 'Nguyễn Thị Hằng']);
    expect(await names(secretariat, 'q=thi&unitId=TTTT')).toEqual(['Lê Thị Thanh Tâm']);
  });

  test('other roles are refused, an anonymous caller must sign in, bad paging names its field', async () => {
    for (const user of ['hoidong.1', 'chutich', 'botruong', 'quantri']) {
      const refused = await as[user]!.get('/api/people?q=Lo');
      expect([user, refused.status, refused.body.error.code]).toEqual([
        user,
        403,
        'ROLE_NOT_ALLOWED',
      ]);
    }
    expect((await new ApiClient(stack.apiUrl).get('/api/people')).status).toBe(401);
    const bad = await as['canbo.vcsdt']!.get('/api/people?pageSize=500');
    expect([bad.status, bad.body.error.field]).toEqual([400, 'pageSize']);
    const unknown = await as['canbo.vcsdt']!.get('/api/people?name=Lo');
    expect(unknown.status).toBe(400);
  });
});
