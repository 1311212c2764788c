export * from './errors';
export * from './roles';
export * from './modules';
export * from './canonical';
export * from './regions/index';
export * from './api/session';
export * from './api/admin';
