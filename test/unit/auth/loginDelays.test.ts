import { LOGIN_POLICY } from '../../../api/auth/authPolicy';
import { delayAfter } from '../../../api/auth/loginAttempts';

describe('delays after failed sign-ins', () => {
  test.each([
    [3, 3, 0],
    [4, 3, 1_000],
    [5, 3, 2_000],
    [8, 3, 16_000],
    [13, 3, 512_000],
    [14, 3, 900_000],
    [40, 3, 900_000],
    [10, 10, 0],
    [11, 10, 1_000],
    [20, 20, 0],
    [21, 20, 1_000],
  ])('%i failures with %i free: %i ms', (failures, free, ms) => {
    expect(delayAfter(failures, free, LOGIN_POLICY)).toBe(ms);
  });
});
