import { ConfigurationError, environmentSchema, productionProblems } from '../config/env';

const auditEnvironment = environmentSchema.pick({
  NODE_ENV: true,
  AUDIT_HMAC_KEYS: true,
  AUDIT_CHECKPOINT_FILE: true,
  AUDIT_CHECKPOINT_SECONDS: true,
});

type AuditSettings = ReturnType<typeof auditEnvironment.parse>;

/**
 * The audit variables of this process's environment, read where they are used: the appender
 * runs in the API, the worker and the commands alike. Read each time (a few fields) so a
 * process, a test included, sees the environment it has now.
 */
export function auditSettings(source: NodeJS.ProcessEnv = process.env): AuditSettings {
  const parsed = auditEnvironment.safeParse(source);
  const problems = parsed.success
    ? productionProblems(parsed.data)
    : parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new ConfigurationError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
