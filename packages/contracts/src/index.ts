export * from './errors';
export * from './roles';
export * from './modules';
export * from './canonical';
export * from './api/session';
