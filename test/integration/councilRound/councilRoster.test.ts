import { UserModel } from '../../../data/identity/userModel';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { EXTRA_MEMBERS, seedCouncil } from './councilRoundFixtures';

/** GET /api/council/members: what the secretariat picks a round's members from. */
describe('the council roster for the secretariat and the chair', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedCouncil(stack);
    // A member who left: no longer picked for rounds.
    await UserModel.updateOne({ _id: EXTRA_MEMBERS[2]!._id }, { $set: { active: false } });
  });
  afterAll(() => stack.stop());

  test('names, usernames and seats of the active members, the chair first — nothing else', async () => {
    for (const user of ['thuongtruc', 'chutich']) {
      const client = await ApiClient.signIn(stack.apiUrl, user);
      const response = await client.get('/api/council/members');
      expect(response.status).toBe(200);
      const { items, total } = response.body;
      expect(items[0]).toEqual({ userId: 'chutich', name: expect.any(String), seat: 'chair' });
      expect(items.map((m: any) => m.userId).sort()).toEqual(
        ['chutich', 'hd.tttt', 'hd.vcsdt', 'hoidong.1', 'hoidong.2'].sort(),
      );
      expect(total).toBe(5);
      for (const member of items)
        expect(Object.keys(member).sort()).toEqual(['name', 'seat', 'userId']);
      expect(items.find((m: any) => m.userId === 'hd.tttt')).toEqual({
        userId: 'hd.tttt',
        name: 'Hà Thị Ngọc',
        seat: 'member',
      });
    }
  });

  test('every other role is refused; an anonymous caller must sign in', async () => {
    const refused = [
      'canbo.vcsdt',
      'vutruong.vcsdt',
      'hoidong.1',
      'botruong',
      'quantri',
      'thanhtra',
    ];
    for (const user of refused) {
      const client = await ApiClient.signIn(stack.apiUrl, user);
      const response = await client.get('/api/council/members');
      expect([user, response.status, response.body.error.code]).toEqual([
        user,
        403,
        'ROLE_NOT_ALLOWED',
      ]);
    }
    expect((await new ApiClient(stack.apiUrl).get('/api/council/members')).status).toBe(401);
  });
});
