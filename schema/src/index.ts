export * from './caller';
export * from './policy/types';
export * from './vocabulary';
export * from './markingDirective';
export * from './subgraphNames';
