import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role } from '../../../domain/process/roles';
import { api, request } from './api';

/** The signed-in person, as `/api/auth/me` states them. */
export interface User {
  userId: string;
  name: string;
  role: Role;
  unitId?: string;
  /** An administrator set the password: the change-password page until it is changed. */
  mustChangePassword?: boolean;
}

interface LoginAnswer {
  user: { id: string; name: string; role: Role; unitId?: string };
  mustChangePassword?: boolean;
}

/** Signs in; the server sets the httpOnly session cookie and the CSRF cookie. */
export async function signIn(username: string, password: string): Promise<User> {
  const answer = await api.post<LoginAnswer>(
    '/api/auth/login',
    { username, password },
    { expectUnauthenticated: true },
  );
  const { id, ...rest } = answer.user;
  return { userId: id, ...rest, mustChangePassword: answer.mustChangePassword === true };
}

/** Who is signed in; a 401 here means nobody yet, not an expired session. */
export async function currentUser(): Promise<User> {
  const answer = await request<{ user: User; mustChangePassword?: boolean }>(
    'GET',
    '/api/auth/me',
    undefined,
    { expectUnauthenticated: true },
  );
  return { ...answer.user, mustChangePassword: answer.mustChangePassword === true };
}

/** Needs the current password; the server ends the user's other sessions. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api.post('/api/auth/password', { currentPassword, newPassword });
}

export async function signOut(): Promise<void> {
  await api.post('/api/auth/logout');
}

export const SessionContext = createContext<User | undefined>(undefined);

/** The signed-in user; pages are shown only once someone is signed in. */
export function useUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a signed-in page');
  return user;
}

export function hasRole(user: User, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}
