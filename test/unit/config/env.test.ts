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

  test('documents every variable with a description', () => {
    const variables = environmentVariables();
    expect(variables.map((v) => v.name)).toContain('MONGODB_URI');
    expect(variables.every((v) => v.description.length > 0)).toBe(true);
    expect(variables.find((v) => v.name === 'API_PORT')?.default).toBe('3000');
  });
});
