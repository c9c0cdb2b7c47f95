import client from 'prom-client';
import type { FastifyInstance } from 'fastify';

export interface Metrics {
  registry: client.Registry;
  instrument(app: FastifyInstance): void;
}

export function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'vioc_' });
  const duration = new client.Histogram({
    name: 'vioc_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    instrument(app) {
      app.addHook('onResponse', async (req, reply) => {
        duration.observe(
          { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
          reply.elapsedTime / 1000,
        );
      });
    },
  };
}
