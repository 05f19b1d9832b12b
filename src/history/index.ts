export * from './compare';
export * from './bulletin';
