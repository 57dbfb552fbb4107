export * from './errors.js';
export * from './enums.js';
export * from './statistics.js';
export * from './indicators.js';
export * from './period.js';
export * from './labels.js';
export * from './assessments.js';
export * from './assessment-explain.js';
