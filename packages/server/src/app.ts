import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino, { type Logger } from 'pino';
import type { AppContext } from './app-context';
import { trustProxyOption } from './config';
import { adminUserRoutes } from './modules/accounts/routes/admin-users.routes';
import { sessionRoutes } from './modules/accounts/routes/session.routes';
import { auditLogRoutes } from './modules/audit-log/audit-log.routes';
import { datasetRoutes } from './modules/datasets/routes/datasets.routes';
import { regionRoutes } from './modules/regions/regions.routes';
import { registerRegistryRoutes } from './modules/registry/routes';
import { agreementRoutes } from './modules/agreements/routes/agreements.routes';
import { ruleLibraryRoutes } from './modules/agreements/routes/rules.routes';
import { agreementCheckRoutes } from './modules/agreements/routes/check.routes';
import { negotiationRoutes } from './modules/negotiations/routes/negotiations.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { registerCaseRoutes } from './modules/cases/routes';
import { registerSupervisionRoutes } from './modules/supervision/routes';
import { registerMediationRoutes } from './modules/mediation/routes';
import { registerGovernanceRoutes } from './modules/governance/routes';
import { registerAuditRoutes } from './modules/audits/routes';
import { productVersion, systemRoutes } from './modules/system/system.routes';
import { installAuthentication } from './platform/http/auth';
import { installErrorHandling } from './platform/http/error-handler';
import { installNulCharacterGuard } from './platform/http/nul-bytes';
import { installReadinessGate } from './platform/http/readiness';
import { installStrictQueries } from './platform/http/strict-query';
import { serveWebClient } from './platform/http/web-client';
import { randomUUID } from 'node:crypto';

export interface BuildAppOptions {
  /** Where request logs go; none when absent (tests). */
  logger?: Logger;
  /** Serve the built web client from `config.webDist` (off in API tests). */
  serveWeb?: boolean;
}

/**
 * Assembles the HTTP application. Each request passes: request id (the server's own) → readiness gate → security
 * headers → rate limit → session and CSRF → refusal of NUL characters → zod validation (a query parameter the
 * route does not take is refused) → handler → presenter; anything thrown goes to the one error handler.
 */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (options.logger ?? pino({ level: 'silent' })) as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    // The server names each request: the id goes to the audit log, so a client must not choose it.
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  installStrictQueries(app);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  app.addHook('onRequest', async (request) => {
    // A client's own id (a proxy's, say) is kept beside the server's in the request log only, to match the two.
    const incoming = request.headers['x-request-id'];
    if (typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming)) {
      request.log = request.log.child({ clientRequestId: incoming });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  installReadinessGate(app, ctx);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: ctx.config.secureCookies === 'always',
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Gigpact API',
        description: '算法协商与劳动权益保障平台 — algorithm negotiation and labour-rights platform',
        version: productVersion,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gigpact_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  installAuthentication(app, ctx);
  installNulCharacterGuard(app);

  await app.register(systemRoutes(ctx));
  await app.register(regionRoutes);
  await app.register(sessionRoutes(ctx));
  await app.register(adminUserRoutes(ctx));
  await app.register(auditLogRoutes(ctx));
  await registerRegistryRoutes(app, ctx);
  await app.register(agreementRoutes(ctx));
  await app.register(ruleLibraryRoutes);
  await app.register(agreementCheckRoutes(ctx));
  await app.register(negotiationRoutes(ctx));
  await app.register(dashboardRoutes(ctx));
  await registerCaseRoutes(app, ctx);
  await registerSupervisionRoutes(app, ctx);
  await registerMediationRoutes(app, ctx);
  await app.register(datasetRoutes(ctx));
  await registerGovernanceRoutes(app, ctx);
  await registerAuditRoutes(app, ctx);

  if (options.serveWeb) await serveWebClient(app, ctx.config.webDist);
  return app;
}
