export * from './roles.js';
export * from './org.js';
export * from './auth.js';
export * from './audit.js';
export * from './common.js';
export * from './reports.js';
export * from './intake.js';
export * from './files.js';
