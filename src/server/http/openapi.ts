import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { actions } from '../../core/access/policy';

/** The OpenAPI 3.1 document, generated from the zod schemas that validate the requests. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Carnation (康乃馨) API',
        version: '1',
        description:
          'The public API of Carnation, a mental-health service platform for trade-union federations. ' +
          'Staff authenticate with the session cookie set by POST /api/v1/auth/session and send the CSRF token ' +
          'from that response as `x-csrf-token` on every write. Errors are `{ "error": { "code", "message", "details" } }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'carnation_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: (doc) => {
      const out = jsonSchemaTransform(doc);
      const action = doc.route.config?.action;
      if (action) {
        const schema = out.schema as Record<string, unknown>;
        schema['x-action'] = action;
        const why = actions[action];
        schema.description = [schema.description, `Access: \`${action}\` — ${why}.`]
          .filter(Boolean)
          .join('\n\n');
        if (action !== 'public') schema.security = [{ session: [], csrf: [] }];
      }
      return out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
}
