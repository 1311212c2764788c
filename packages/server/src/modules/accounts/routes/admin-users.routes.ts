import { createUserRequest, pageQuery, updateUserRequest, userSummary } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { checkAreaForRole } from '../area-rules';
import { createUser } from '../commands/createUser';
import { accountPolicies } from '../policies';
import { presentUserSummary } from '../presenters';
import { deleteSessionsOfUser } from '../sessions.repository';
import { findUserById, listUsers, updateUser } from '../users.repository';

const tags = ['admin'];

export function adminUserRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: '账户列表 / accounts',
          querystring: pageQuery.extend({ q: z.string().trim().max(64).optional() }),
          response: { 200: z.object({ items: z.array(userSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.listUsers);
        const { page, pageSize, q } = request.query;
        const result = await listUsers(ctx.db, { page, pageSize, query: q });
        await audit(ctx, request, 'user.list', 'users', {
          page,
          pageSize,
          q: q ?? null,
          rows: result.items.length,
        });
        return { items: result.items.map(presentUserSummary), total: result.total };
      },
    );

    app.post(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: '新建账户 / create an account',
          body: createUserRequest,
          response: { 201: userSummary },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.createUser);
        const user = await createUser(ctx.db, request.body);
        await audit(ctx, request, 'user.create', `user:${user.username}`, {
          role: user.role,
          area: user.area,
        });
        return reply.status(201).send(presentUserSummary(user));
      },
    );

    app.patch(
      '/api/admin/users/:id',
      {
        schema: {
          tags,
          summary: '修改账户 / change an account',
          params: z.object({ id: z.uuid() }),
          body: updateUserRequest,
          response: { 200: userSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.updateUser);
        const existing = await findUserById(ctx.db, request.params.id);
        if (!existing) throw errors.notFound({ zh: '该账户', en: 'The account' });
        const patch = request.body;
        const role = patch.role ?? existing.role;
        const area = patch.area ?? existing.area;
        if (patch.role || patch.area) {
          const checked = checkAreaForRole(role, area);
          if ('issues' in checked) throw errors.validation(checked.issues);
        }
        if (existing.id === actor.id && (patch.disabled || (patch.role && patch.role !== existing.role))) {
          throw errors.conflict({
            zh: '不能停用自己的账户或更改自己的角色',
            en: 'You cannot disable your own account or change your own role',
          });
        }
        const updated = await updateUser(ctx.db, existing.id, patch);
        if (!updated) throw errors.notFound({ zh: '该账户', en: 'The account' });
        if (patch.disabled || patch.role || patch.area) await deleteSessionsOfUser(ctx.db, existing.id);
        await audit(ctx, request, 'user.update', `user:${updated.username}`, { changes: Object.keys(patch) });
        return presentUserSummary(updated);
      },
    );
  };
}
