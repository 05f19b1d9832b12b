export * from './compare';
export * from './bulletin';
export * from './path';
export * from './story';
export { reasonTail, wordCount } from './words';
export * from './why';
export { postureWord, speakHistory } from './language';
