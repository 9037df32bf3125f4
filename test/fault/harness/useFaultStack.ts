import { startFaultStack, type FaultStack } from './faultStack';

/**
 * The test file's own stack: started before its tests (generously: the servers start on a
 * loaded machine), stopped after them. Returns a getter for use inside the tests.
 */
export function useFaultStack(): () => FaultStack {
  jest.setTimeout(420_000);
  let stack: FaultStack | undefined;
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 180_000);
  afterAll(() => stack?.stop());
  return () => {
    if (!stack) throw new Error('the fault stack did not start');
    return stack;
  };
}
