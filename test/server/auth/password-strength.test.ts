import { describe, expect, it } from 'vitest';
import { assertPasswordIsStrongEnough } from '../../../server/auth/password-strength';
import { DomainError } from '../../../server/errors';

function refusalCode(password: string, username = 'secretary'): string | null {
  try {
    assertPasswordIsStrongEnough(password, username);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('password strength', () => {
  it.each(['12345678', 'password', 'PASSWORD', 'qwertyuiop', 'iloveyou', 'sunshine', 'football1', '1q2w3e4r'])('refuses the common password %j', (password) => {
    expect(refusalCode(password)).toBe('password_too_common');
  });

  it.each(['        ', 'aaaaaaaaaa', 'abababab', 'abcdefghij', '98765432', '  \t  \n  '])('refuses the simple password %j', (password) => {
    expect(refusalCode(password)).toBe('password_too_simple');
  });

  it('refuses the username with a few characters added', () => {
    expect(refusalCode('Secretary1', 'secretary')).toBe('password_too_simple');
  });

  it.each(['correct horse battery', 'long enough password', '标准起草 2026 秋季', 'x7#Lq!pz'])('accepts %j', (password) => {
    expect(refusalCode(password)).toBeNull();
  });
});
