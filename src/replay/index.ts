export * from './format';
export * from './codec';
export * from './replay';
