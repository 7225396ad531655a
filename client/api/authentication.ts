import type { LoginRequest, SignupRequest, User } from '../../shared/api/auth';
import { endpoints } from '../../shared/api/contract';
import { isApiError } from './api-error';
import { callEndpoint } from './call-endpoint';

export async function signUp(request: SignupRequest): Promise<User> {
  const { user } = await callEndpoint(endpoints.signup, { body: request });
  return user;
}

export async function logIn(request: LoginRequest): Promise<User> {
  const { user } = await callEndpoint(endpoints.login, { body: request });
  return user;
}

export async function logOut(): Promise<void> {
  await callEndpoint(endpoints.logout);
}

/** The signed-in user, or null when there is no session. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    const { user } = await callEndpoint(endpoints.me);
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}
