import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;
let admin: ApiClient;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData();
  admin = await ApiClient.signIn(stack.apiUrl, 'quantri');
});
afterAll(() => stack?.stop());

describe('a code already taken is refused on its field', () => {
  test('a unit code and a bloc code', async () => {
    const unit = {
      id: 'VTCCB',
      name: 'Vụ Tổ chức cán bộ',
      nameEn: 'Personnel Department',
      reason: 'Thử mã trùng',
    };
    const unitTaken = await admin.post('/api/admin/units', unit);
    expect([unitTaken.status, unitTaken.body.error.code, unitTaken.body.error.field]).toEqual([
      409,
      'UNIT_EXISTS',
      'id',
    ]);
    expect(unitTaken.body.error.messageVi).toBe('Mã đơn vị VTCCB đã có.');

    const bloc = { id: 'KHOI-7', name: 'Khối thử', reason: 'Chia khối' };
    expect((await admin.post('/api/admin/blocs', bloc)).status).toBe(201);
    const blocTaken = await admin.post('/api/admin/blocs', bloc);
    expect([blocTaken.status, blocTaken.body.error.code, blocTaken.body.error.field]).toEqual([
      409,
      'BLOC_EXISTS',
      'id',
    ]);
  });
});
