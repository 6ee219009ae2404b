import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Passwords common among Chinese users that the (mostly Western) list lacks.
const chineseCommon = [
  '5201314',
  '52013141',
  '1314520',
  'woaini',
  'woaini1314',
  'woaini520',
  'iloveyou1314',
  'qq123456',
  'aa123456',
  'a123456',
  'a123456789',
  'abc123456',
  'zxc123456',
  'asd123456',
  'qwe123456',
  '123456aa',
  '123456a',
  '147258369',
  '159357',
  '1qaz2wsx3edc',
  'wang123456',
  'li123456',
  'zhang123456',
  'liu123456',
  'chen123456',
  'huaibei',
  'huaibei123',
  'gonghui',
  'gonghui123',
  'kangnaixin',
  'carnation',
  'carnation123',
  'password123',
  'admin123',
  'admin1234',
  'admin888',
  'abcd1234',
  'p@ssw0rd',
  'passw0rd',
  '88888888',
  '66666666',
  '11111111',
  '00000000',
  '12341234',
  '123qweasd',
  'qweasdzxc',
  'asdfghjkl',
  'zxcvbnm123',
];

const common = new Set<string>([...(dictionary['passwords-common'] as string[]), ...chineseCommon]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_login';

/** Problems with a proposed password; an empty list means it is acceptable. */
export function passwordProblems(password: string, login?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push('too_short');
  if (length > PASSWORD_MAX) problems.push('too_long');
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/[!@#$%^&*.]+$/, ''))) problems.push('too_common');
  if (login && login.length >= 3 && lower.includes(login.toLowerCase())) problems.push('contains_login');
  return problems;
}

export const passwordProblemText: Record<PasswordProblem, string> = {
  too_short: `Password must be at least ${PASSWORD_MIN} characters`,
  too_long: `Password must be at most ${PASSWORD_MAX} characters`,
  too_common: 'Password is too common; choose one that is not on lists of leaked passwords',
  contains_login: 'Password must not contain the login name',
};
