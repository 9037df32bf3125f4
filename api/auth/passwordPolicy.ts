import { ApiError, type LocalizedText } from '../errors/apiError';

const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Passwords people pick first, in English and Vietnamese (without diacritics, as typed on
 * a keyboard without Telex), compared case-insensitively. Small on purpose: the length
 * rule does most of the work; this list catches the obvious long ones.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1234567890a',
  '1111111111',
  '0000000000',
  '1234512345',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  '1q2w3e4r5t',
  'asdfghjkl1',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou123',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'admin12345',
  'admin@1234',
  'administrator',
  'welcome123',
  'letmein123',
  'matkhau123',
  'matkhau1234',
  'matkhau@123',
  'matkhaumoi',
  'anhyeuem123',
  'emyeuanh123',
  'vietnam123',
  'vietnam1234',
  'hanoi12345',
  'thiduakhenthuong',
  'khenthuong123',
  'tdktflow123',
]);

/**
 * Why `password` may not be used by `username`, or undefined when it may. Length counts
 * characters (code points), so Vietnamese letters count as one each.
 */
export function passwordProblem(password: string, username: string): LocalizedText | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
      en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      vi: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
      en: `The password may be at most ${PASSWORD_MAX_LENGTH} characters long.`,
    };
  }
  const folded = password.trim().toLowerCase();
  if (folded === username.trim().toLowerCase()) {
    return {
      vi: 'Mật khẩu không được trùng với tên đăng nhập.',
      en: 'The password may not be the username.',
    };
  }
  if (COMMON_PASSWORDS.has(folded)) {
    return {
      vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
      en: 'This password is too common and easily guessed; choose another.',
    };
  }
  return undefined;
}

/** 422 naming the field whose password breaks a rule. */
export function weakPasswordError(problem: LocalizedText, field: string): ApiError {
  return new ApiError(422, 'PASSWORD_TOO_WEAK', problem, field);
}
