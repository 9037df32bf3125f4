export * from './checkEligibility';
export * from './context';
export * from './duplicates';
export * from './explain';
export * from './history';
export * from './reason';
