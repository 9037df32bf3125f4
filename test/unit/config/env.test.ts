import { ConfigurationError, environmentVariables, loadEnvironment } from '../../../config/env';

describe('loadEnvironment', () => {
  const valid = {
    TEMPORAL_ADDRESS: '127.0.0.1:7233',
    MONGODB_URI: 'mongodb://127.0.0.1:27017/tdkt',
  };

  test('fills defaults', () => {
    expect(loadEnvironment(valid)).toMatchObject({
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'tdkt-flow',
      API_PORT: 3000,
    });
  });

  test('names every bad variable at once', () => {
    expect(() => loadEnvironment({ TEMPORAL_ADDRESS: 'nowhere', API_PORT: '99999' })).toThrow(
      ConfigurationError,
    );
    try {
      loadEnvironment({ TEMPORAL_ADDRESS: 'nowhere', API_PORT: '99999' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('TEMPORAL_ADDRESS');
      expect(message).toContain('MONGODB_URI');
      expect(message).toContain('API_PORT');
    }
  });

  test('listens on this machine only and trusts no proxy unless told (issue 18, finding 4)', () => {
    expect(loadEnvironment(valid)).toMatchObject({
      API_HOST: '127.0.0.1',
      TRUST_PROXY: false,
      NODE_ENV: 'development',
    });
  });

  test.each([
    ['', false],
    ['false', false],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.7', '10.0.0.0/8, 192.168.1.7'],
    ['fd00::/8', 'fd00::/8'],
  ])('TRUST_PROXY=%j is the trust proxy setting %j', (value, expected) => {
    expect(loadEnvironment({ ...valid, TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  test.each(['true', ' true', 'every proxy', '10.0.0.0/8; rm'])(
    'TRUST_PROXY=%j is refused: it would believe any X-Forwarded-For, or is no address',
    (value) => {
      expect(() => loadEnvironment({ ...valid, TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );

  describe('the audit chain’s key and checkpoint file', () => {
    const keys =
      'k2026:a secret of at least thirty-two characters,k2025:an older secret of 32 characters or more';
    const production = {
      ...valid,
      NODE_ENV: 'production',
      AUDIT_HMAC_KEYS: keys,
      AUDIT_CHECKPOINT_FILE: '/var/log/tdkt/audit-checkpoints.jsonl',
    };

    test('keys by id, the first signing; elsewhere a development key, marked as such', () => {
      expect(loadEnvironment(production).AUDIT_HMAC_KEYS).toEqual({
        current: { id: 'k2026', secret: 'a secret of at least thirty-two characters' },
        byId: {
          k2026: 'a secret of at least thirty-two characters',
          k2025: 'an older secret of 32 characters or more',
        },
        development: false,
      });
      expect(loadEnvironment(valid).AUDIT_HMAC_KEYS).toMatchObject({
        current: { id: 'dev' },
        development: true,
      });
    });

    test.each(['AUDIT_HMAC_KEYS', 'AUDIT_CHECKPOINT_FILE'])(
      'production refuses to start without %s',
      (name) => {
        expect(() => loadEnvironment({ ...production, [name]: undefined })).toThrow(
          new RegExp(`${name}: required in production`),
        );
      },
    );

    test.each(['k1:short', 'no-secret', ':a secret of at least thirty-two characters'])(
      'AUDIT_HMAC_KEYS=%j is refused',
      (value) => {
        expect(() => loadEnvironment({ ...valid, AUDIT_HMAC_KEYS: value })).toThrow(
          /AUDIT_HMAC_KEYS/,
        );
      },
    );
  });

  test('documents every variable with a description', () => {
    const variables = environmentVariables();
    expect(variables.map((v) => v.name)).toContain('MONGODB_URI');
    expect(variables.every((v) => v.description.length > 0)).toBe(true);
    expect(variables.find((v) => v.name === 'API_PORT')?.default).toBe('3000');
  });
});
