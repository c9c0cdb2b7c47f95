export { registerRealtime, topicsOf } from './gateway.js';
