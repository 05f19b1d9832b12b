export * from './compare';
export * from './bulletin';
export * from './path';
