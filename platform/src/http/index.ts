export * from './createHttpServer';
export * from './readBody';
export * from './sendJson';
