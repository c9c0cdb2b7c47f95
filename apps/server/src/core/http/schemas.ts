import { errorResponse } from '@vioc/contracts';
import type { ZodType } from 'zod';

/** Response schemas with the one error shape for every 4xx the route can return. */
export function responses<T extends Record<number, ZodType>>(ok: T) {
  return {
    ...ok,
    400: errorResponse,
    401: errorResponse,
    403: errorResponse,
    404: errorResponse,
    409: errorResponse,
    422: errorResponse,
    423: errorResponse,
    429: errorResponse,
  };
}
