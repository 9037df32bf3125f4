export * from './ballotRules';
export * from './councilRule';
export * from './getCouncilRule';
export * from './tallyBallot';
export * from './threshold';
