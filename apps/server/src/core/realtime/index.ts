export { registerRealtime, topicsOf } from './gateway.js';
export { realtimeModule, realtimeRef, type RealtimeApi } from './realtime.module.js';
