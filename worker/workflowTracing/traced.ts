import { workflowTracingInterceptors } from './interceptors';

/** The traced bundle's workflow interceptors (worker/workflowBundler.ts). */
export const interceptors = () => workflowTracingInterceptors('traced');
