export * from './awardCodes';
export * from './awardDefinition';
export * from './awardProfile';
export * from './awards';
export * from './describeRules';
export * from './documents';
export * from './renderMarkdown';
