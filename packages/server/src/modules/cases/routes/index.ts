import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { calendarOf } from '../context';
import { remindDueDeadlines, sweepOverdueDeadlines } from '../deadlines';
import { attachmentRoutes } from './attachments.routes';
import { caseRoutes } from './cases.routes';
import { deadlineRoutes } from './deadlines.routes';
import { caseExportRoutes } from './export.routes';
import { overviewRoutes } from './overview.routes';

const sweepEveryMs = 10 * 60_000;
const firstSweepAfterMs = 5_000;

/**
 * Registers the case routes and the sweep that reminds offices of deadlines two working days ahead and marks
 * overdue deadlines and escalates them (once, shortly after start, then every ten minutes). It starts with the application and stops when it closes; it reads the injected
 * clock, and escalating is idempotent.
 */
export async function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Read the holiday calendar now, so a bad GIGPACT_HOLIDAY_CALENDAR file stops the start with its message.
  calendarOf(ctx);
  // Static paths before `/api/cases/:id`, so Fastify never reads "overdue" as an id.
  for (const routes of [deadlineRoutes, overviewRoutes, caseExportRoutes, caseRoutes, attachmentRoutes])
    await app.register(routes(ctx));

  let first: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  // The sweep in flight, so closing waits for it rather than pulling the database from under it.
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = running
      .then(async () => {
        await remindDueDeadlines(ctx.db, calendarOf(ctx), ctx.now());
        await sweepOverdueDeadlines(ctx.db, ctx.now());
      })
      .catch(() => undefined);
  };
  // The first sweep waits until migrations are applied and the server reports ready.
  const sweepOnceReady = () => {
    if (ctx.readiness.ready) return sweep();
    first = setTimeout(sweepOnceReady, firstSweepAfterMs);
    first.unref();
  };
  app.addHook('onReady', async () => {
    first = setTimeout(sweepOnceReady, firstSweepAfterMs);
    first.unref();
    timer = setInterval(() => ctx.readiness.ready && sweep(), sweepEveryMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  });
}
