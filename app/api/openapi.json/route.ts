/** GET /api/openapi.json — public: it describes the API and holds no data. */
import { buildOpenApiDocument } from '@/lib/customers/api/build-openapi-document';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument());
}
