export * from './delegation';
