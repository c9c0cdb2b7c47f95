import type { SessionDto } from '@vioc/contracts';
import type { PasswordPolicy } from './passwords.js';

/** Shapes shared by the sign-in service and its TOTP flows (kept apart so neither imports the other). */
export interface AuthPolicy extends PasswordPolicy {
  lockoutThreshold: number;
  lockoutMinutes: number;
  inactiveDisableDays: number;
}

/** Delivers a registration code by email or SMS; in development it is only logged. */
export interface CodeSender {
  sendVerificationCode(contact: string, code: string, lang: 'vi' | 'en'): Promise<void>;
}

export interface SignInResult {
  token: string;
  session: SessionDto;
}
