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

  test('documents every variable with a description', () => {
    const variables = environmentVariables();
    expect(variables.map((v) => v.name)).toContain('MONGODB_URI');
    expect(variables.every((v) => v.description.length > 0)).toBe(true);
    expect(variables.find((v) => v.name === 'API_PORT')?.default).toBe('3000');
  });
});
