export * from './allocateCstdcsQuota';
export * from './cstdcsQuota';
export * from './tieBreak';
