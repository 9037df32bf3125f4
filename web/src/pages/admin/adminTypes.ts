/** An account as `/api/admin/users` shows it (never the password hash). */
export interface UserView {
  _id: string;
  name: string;
  role: string;
  unitId?: string | null;
  email?: string | null;
  active: boolean;
  lockedUntil?: string | null;
  lastLoginAt?: string | null;
}

export interface Unit {
  _id: string;
  name: string;
  nameEn?: string;
  blocId?: string | null;
}

export interface Bloc {
  _id: string;
  name: string | null;
}

export interface Council {
  chair: UserView | null;
  members: UserView[];
}
