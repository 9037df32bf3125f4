import { workflowTracingInterceptors } from './interceptors';

/** The untraced bundle's workflow interceptors (worker/workflowBundler.ts). */
export const interceptors = () => workflowTracingInterceptors('untraced');
