export * from './allocateCstdcsQuota';
export * from './blocFlagQuota';
export * from './cstdcsQuota';
export * from './tieBreak';
export * from './tieChoice';
