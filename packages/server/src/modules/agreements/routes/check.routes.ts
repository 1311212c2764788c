import { agreementCheckRequest, agreementCheckResult } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { checkAgreementDraft } from '../commands/checkAgreement';
import { registeredPlatformCodes } from '../../registry/platforms.repository';
import { agreementPolicies } from '../policies';

/** Live checking for the clause editor: the real loader and type checker, nothing saved. */
export function agreementCheckRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/agreements/check',
      {
        bodyLimit: 2 * 1024 * 1024,
        schema: {
          tags: ['agreements'],
          summary:
            '检查协议草稿并说明每条规则检查什么 / check a draft agreement and say what each clause checks',
          body: agreementCheckRequest,
          response: { 200: agreementCheckResult },
        },
      },
      async (request) => {
        authorize(requireActor(request), agreementPolicies.draftAgreements);
        return checkAgreementDraft(request.body.source, await registeredPlatformCodes(ctx.db));
      },
    );
  };
}
