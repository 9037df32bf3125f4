import type { MongooseQueryMiddleware, Schema } from 'mongoose';

/**
 * What a write to the users or sessions changed, as far as a filter tells: one user's (every
 * session of theirs), one session, or, when neither can be told, anything.
 */
interface IdentityChange {
  userId?: string;
  sessionId?: string;
}

type Listener = (change: IdentityChange) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` after every write this process makes to a user or a session through its
 * model (sign-out, password change, an administrator's deactivation, role or unit change,
 * a session's expiry or use), so that sign-in state kept in memory is dropped at once.
 * Writes by other processes are not seen: what keeps such state must bound its age.
 */
export function onIdentityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const WRITE_QUERIES: MongooseQueryMiddleware[] = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'replaceOne',
  'deleteOne',
  'deleteMany',
];

/**
 * Hooks `schema`'s write queries: after each, `changeOf` its filter is told to the listeners.
 * Inserts need no hook: a new user or session changes nothing already verified.
 */
export function tellIdentityChanges(
  schema: Schema,
  changeOf: (filter: Record<string, unknown>) => IdentityChange,
): void {
  schema.post(
    WRITE_QUERIES,
    { query: true, document: false },
    function (this: { getFilter(): Record<string, unknown> }) {
      const change = changeOf(this.getFilter());
      for (const listener of listeners) listener(change);
    },
  );
}

/** The string a filter names for `field` (`{ field: 'x' }`), if that is all it says of it. */
export function named(filter: Record<string, unknown>, field: string): string | undefined {
  const value = filter[field];
  return typeof value === 'string' ? value : undefined;
}
