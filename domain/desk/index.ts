export * from './projection';
export * from './ranking';
export * from './annualReturn';
