export * from './allocateCstdcsQuota';
export * from './blocFlagQuota';
export * from './shareQuota';
export * from './tieBreak';
export * from './tieChoice';
