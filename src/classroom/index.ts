export * from './report';
export * from './class-compare';
export * from './luck';
export * from './hand-in';
export * from './objectives';
export * from './epilogue';
export { replayFailureLine, speakReports, unreadableLine } from './language';
