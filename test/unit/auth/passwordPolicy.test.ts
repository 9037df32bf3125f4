import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { passwordProblem } from '../../../api/auth/passwordPolicy';

describe('password rules', () => {
  test.each([
    ['too short (9 characters)', 'Abc-12345', 'nguyen.van.a', 'at least 10'],
    ['Vietnamese letters count once each: 9 is still too short', 'Mậtkhẩuơi', 'x.y', 'at least 10'],
    ['equal to the username', 'nguyen.van.a', 'nguyen.van.a', 'username'],
    ['equal to the username, other case and spaces', ' Nguyen.Van.A ', 'nguyen.van.a', 'username'],
    ['a common password', 'password123', 'nguyen.van.a', 'too common'],
    ['a common Vietnamese password, other case', 'MatKhau123', 'nguyen.van.a', 'too common'],
    ['longer than 200 characters', 'a'.repeat(201), 'nguyen.van.a', 'at most 200'],
  ])('refused: %s', (_case, password, username, why) => {
    const problem = passwordProblem(password, username);
    expect(problem?.en).toContain(why);
    expect(problem?.vi).toBeTruthy();
  });

  test.each([
    ['ten characters exactly', 'Abc-123456'],
    ['a passphrase', 'hoa sen nở giữa mùa thu'],
    ['the demo password', DEMO_PASSWORD],
  ])('accepted: %s', (_case, password) => {
    expect(passwordProblem(password, 'nguyen.van.a')).toBeUndefined();
  });
});
