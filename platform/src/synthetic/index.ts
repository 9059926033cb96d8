export * from './calibration';
export * from './names';
export * from './population';
export * from './random';
