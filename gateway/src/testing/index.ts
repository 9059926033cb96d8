export * from './fragmentBomb';
