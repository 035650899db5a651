/**
 * The last line of a route handler: anything thrown becomes `500 {"detail": "Server error."}`
 * (Django REST Framework's words), logged here with the route's name, never a stack trace for
 * the client.
 */
import { logger } from '@/lib/log/logger';

export function serverError(route: string, error: unknown): Response {
  logger.error('route handler failed', { route, error, stack: error instanceof Error ? error.stack : undefined });
  return Response.json({ detail: 'Server error.' }, { status: 500 });
}

export function withServerErrors(route: string, handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      return await handler(request);
    } catch (error) {
      return serverError(route, error);
    }
  };
}
