/** The audit chain's keys as `AUDIT_HMAC_KEYS` gives them (parsed in config/env.ts). */

/** One HMAC key of the audit chain (audit/chain.ts). */
export interface AuditKey {
  id: string;
  secret: string;
}

interface AuditKeys {
  /** Signs new entries and checkpoints. */
  current: AuditKey;
  /** Every key by id, the current one included: verifies entries signed before a rotation. */
  byId: Readonly<Record<string, string>>;
  /** The built-in development key: anyone can forge with it. */
  development: boolean;
}

/** DEVELOPMENT ONLY, public in this source: production refuses it (config/env.ts, `productionProblems`). */
const DEVELOPMENT_AUDIT_KEY: AuditKey = {
  id: 'dev',
  secret: 'tdkt-flow DEVELOPMENT-ONLY audit key, public: never use in production',
};

export function parseAuditKeys(value: string): AuditKeys {
  if (value === '') {
    const { id, secret } = DEVELOPMENT_AUDIT_KEY;
    return { current: DEVELOPMENT_AUDIT_KEY, byId: { [id]: secret }, development: true };
  }
  const keys = value.split(',').map((pair): AuditKey => {
    const at = pair.indexOf(':');
    return { id: pair.slice(0, at).trim(), secret: pair.slice(at + 1).trim() };
  });
  return {
    current: keys[0]!,
    byId: Object.fromEntries(keys.map((k) => [k.id, k.secret])),
    development: false,
  };
}
