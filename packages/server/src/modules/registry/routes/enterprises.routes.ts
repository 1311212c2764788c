import {
  enterpriseInput,
  enterpriseKindNames,
  enterpriseQuery,
  enterpriseSummary,
  enterpriseUpdate,
  unionStatusNames,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { contentTypes, exportTable } from '../../../platform/files/export';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { changeEnterprise, registerEnterprise } from '../commands/enterprises';
import { allEnterprises, findEnterprise, listEnterprises } from '../enterprises.repository';
import { registryPolicies } from '../policies';
import { presentEnterprise } from '../presenters';

const tags = ['registry'];

export function enterpriseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/registry/enterprises',
      {
        schema: {
          tags,
          summary: '加盟商、服务商、网点、站点 / franchisees, partners, outlets and stations',
          querystring: enterpriseQuery,
          response: { 200: z.object({ items: z.array(enterpriseSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const { items, total } = await listEnterprises(ctx.db, actor, request.query);
        return { items: items.map(presentEnterprise), total };
      },
    );

    app.get(
      '/api/registry/enterprises/export',
      {
        schema: {
          tags,
          summary: '导出企业名录 / export the list',
          querystring: enterpriseQuery
            .omit({ page: true, pageSize: true })
            .extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const rows = (await allEnterprises(ctx.db, actor, request.query)).map(presentEnterprise);
        const file = await exportTable(
          rows,
          [
            { header: '类型 kind', value: (r) => enterpriseKindNames[r.kind].zh },
            { header: '名称 name', value: (r) => r.name },
            { header: '统一社会信用代码 credit_code', value: (r) => r.creditCode },
            { header: '平台 platform', value: (r) => r.platformName },
            { header: '区 district', value: (r) => r.districtName.zh },
            { header: '街镇 street', value: (r) => r.streetName },
            { header: '建会状态 union_status', value: (r) => unionStatusNames[r.unionStatus].zh },
            { header: '建会日期 union_founded_on', value: (r) => r.unionFoundedOn },
            { header: '从业人数 workers', value: (r) => r.workers },
            { header: '会员数 members', value: (r) => r.members },
          ],
          request.query.format,
        );
        await audit(ctx, request, 'enterprise.export', 'enterprises', {
          rows: rows.length,
          format: request.query.format,
        });
        return reply
          .header('content-type', contentTypes[request.query.format])
          .header('content-disposition', `attachment; filename="enterprises.${request.query.format}"`)
          .send(file);
      },
    );

    app.get(
      '/api/registry/enterprises/:id',
      {
        schema: {
          tags,
          summary: '企业详情 / one enterprise',
          params: z.object({ id: z.uuid() }),
          response: { 200: enterpriseSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const found = await findEnterprise(ctx.db, request.params.id, actor);
        if (!found) throw errors.notFound({ zh: '该企业', en: 'The enterprise' });
        return presentEnterprise(found);
      },
    );

    app.post(
      '/api/registry/enterprises',
      {
        schema: {
          tags,
          summary: '登记企业 / register an enterprise',
          body: enterpriseInput,
          response: { 201: enterpriseSummary },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const created = await registerEnterprise(ctx.db, actor, request.body);
        await audit(ctx, request, 'enterprise.create', `enterprise:${created.enterprise.id}`);
        return reply.status(201).send(presentEnterprise(created));
      },
    );

    app.patch(
      '/api/registry/enterprises/:id',
      {
        schema: {
          tags,
          summary: '修改企业（带版本号） / change an enterprise (with its version)',
          params: z.object({ id: z.uuid() }),
          body: enterpriseUpdate,
          response: { 200: enterpriseSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const changed = await changeEnterprise(ctx.db, actor, request.params.id, request.body);
        await audit(ctx, request, 'enterprise.update', `enterprise:${request.params.id}`, {
          changes: Object.keys(request.body),
        });
        return presentEnterprise(changed);
      },
    );
  };
}
