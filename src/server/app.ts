// The HTTP server: the built game (dist/) and the class API, one fastify instance.
// Every request that names a class is checked against that class's key; every body is
// checked by a schema; every answer that refuses says why in one line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import { z } from 'zod';
import type { ServerConfig } from './config';
import type { Database } from './db';
import { Refusal, refuse } from './errors';
import { Live } from './live';
import { MAX_MESSAGE } from './protocol';
import { CreateClassBody, JoinBody } from './plan';
import { CHANNEL, Service } from './service';
import { Verifier } from './verify';
import { translationsIn } from './scenarios';
import { isLanguage, LANGUAGES } from '../i18n';
import type { Language } from '../i18n';
import type { Notice, Who } from './service';
import type { Scenario } from '../scenario/resolve';

export interface ClassServer {
  app: FastifyInstance;
  service: Service;
  live: Live;
  close(): Promise<void>;
}

/** The Content-Security-Policy of the built page (index.html), plus what only a header can say. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:', 'data:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
  scriptSrcAttr: null,
};

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{1,128})$/.exec(h.trim());
  return m ? m[1]! : '';
}

export async function buildServer(config: ServerConfig, db: Database, scenarios: Map<string, Scenario>): Promise<ClassServer> {
  const service = new Service(db, scenarios, config.cacheGames, new Verifier(config.scenariosDir), translationsIn(config.scenariosDir));
  const live = new Live(service, config.wsRate);
  const app = Fastify({ logger: { level: config.logLevel }, bodyLimit: config.bodyLimit, trustProxy: config.trustProxy });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    // The game is plain http on a classroom's own machine as often as it is behind TLS.
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyRateLimit, {
    max: config.rateLimit,
    timeWindow: '1 minute',
    // The built site's files are not counted; the API is.
    allowList: (req) => !req.url.startsWith('/api/'),
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, error: `too many requests: try again in ${Math.ceil(ctx.ttl / 1000)} s`, code: 'RATE_LIMITED' }),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE } });

  // Replay codes may be sent as plain text.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((error, req, reply) => {
    if (error instanceof Refusal) return reply.code(error.status).send({ error: error.message, code: error.code, ...(error.values ? { values: error.values } : {}) });
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      return reply.code(400).send({ error: `bad request: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'malformed'}`, code: 'BAD_REQUEST' });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error(error);
    // Fastify's own refusals get stable codes of ours (docs/SERVER.md), not its internal ones.
    const code = status >= 500 ? 'SERVER' : status === 413 ? 'TOO_LARGE' : status === 429 ? 'RATE_LIMITED' : ((error as { code?: string }).code ?? 'ERROR');
    // The rate limit throws its answer ({statusCode, error, code}), not an Error.
    const message = (error as Error).message ?? (error as { error?: string }).error ?? 'refused';
    return reply.code(status).send({ error: status >= 500 ? 'the server failed; try again' : message, code });
  });

  /** The asker: a teacher's key or a student's token (401 without, or with one that opens nothing). */
  const asker = async (req: FastifyRequest): Promise<Who> => {
    const secret = bearer(req);
    if (secret === null) refuse(401, 'NO_KEY', 'this needs a key: Authorization: Bearer <key>');
    const who = secret ? await service.who(secret) : null;
    return who ?? refuse(401, 'BAD_KEY', 'the key is not valid');
  };
  const teacherOf = async (req: FastifyRequest, classId: string): Promise<void> => {
    const who = await asker(req);
    if (who.kind !== 'teacher') refuse(403, 'NOT_TEACHER', 'only the class’s teacher may do this');
    if (who.classId !== classId) refuse(403, 'OTHER_CLASS', 'this key is for another class');
  };
  const studentOf = async (req: FastifyRequest): Promise<Extract<Who, { kind: 'student' }>> => {
    const who = await asker(req);
    if (who.kind !== 'student') refuse(403, 'NOT_STUDENT', 'hand-ins come from students (join the class first)');
    return who as Extract<Who, { kind: 'student' }>;
  };
  const ClassParams = z.object({ classId: z.string().min(1).max(64) });
  /** The page's language from `?lang=` (English without one); a language the game does not speak is refused. */
  const languageOf = (req: FastifyRequest): Language => {
    const lang = (req.query as { lang?: unknown } | undefined)?.lang;
    if (lang === undefined) return 'en';
    if (!isLanguage(lang)) return refuse(400, 'BAD_LANGUAGE', `lang is a language the game speaks: ${LANGUAGES.join(' or ')}`);
    return lang;
  };

  app.get('/api/health', async () => {
    await db.query('SELECT 1');
    return { ok: true, service: 'nineteen-days', database: db.kind };
  });

  // For the load run (STATS=1 only): how long the server took to answer, and how it wrote.
  if (process.env.STATS === '1') {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    app.get('/api/stats', async () => ({
      answerTimes: live.answerTimes,
      commits: service.committer.stats,
      statementTimes: service.committer.times,
      statementDbTimes: service.committer.dbTimes,
      commitWaits: service.committer.waits,
      lockWaits: service.lockWaits,
      stepTimes: service.stepTimes,
      connections: live.connections,
      memory: process.memoryUsage(),
      loop: { p50: loop.percentile(50) / 1e6, p95: loop.percentile(95) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
    }));
    // ?gc=1 (a server started with --expose-gc): the heap after a full collection.
    app.get('/api/stats/memory', async (req) => {
      const gc = (globalThis as { gc?: () => void }).gc;
      if ((req.query as { gc?: string }).gc === '1' && gc) gc();
      return process.memoryUsage();
    });
    app.post('/api/stats/reset', async () => {
      loop.reset();
      live.answerTimes.length = 0;
      service.committer.times.length = 0;
      service.committer.dbTimes.length = 0;
      service.committer.waits.length = 0;
      service.lockWaits.length = 0;
      service.stepTimes.length = 0;
      return { ok: true };
    });
  }

  app.get('/api/scenarios', async () => ({
    scenarios: [...scenarios.values()].map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      summary: s.summary ?? '',
      roles: s.roles.map((r) => ({ side: r.side, name: s.sides.find((x) => x.id === r.side)?.name ?? r.side, brief: r.brief, objectives: [...r.objectives] })),
    })),
  }));

  app.post('/api/classes', async (req, reply) => {
    const body = CreateClassBody.parse(req.body);
    const made = await service.createClass(body);
    return reply.code(201).send(made);
  });

  app.post('/api/join', async (req, reply) => {
    const body = JoinBody.parse(req.body);
    const joined = await service.join(body);
    return reply.code(201).send({ studentToken: joined.studentToken, classId: joined.classId });
  });

  app.get('/api/me', async (req) => {
    const who = await studentOf(req);
    const sync = await service.studentSync(who.studentId);
    return { classId: who.classId, seat: sync ? { group: sync.group.number, side: sync.side } : null };
  });

  app.post('/api/submissions', async (req, reply) => {
    const who = await studentOf(req);
    const text = typeof req.body === 'string' ? req.body : req.body && typeof req.body === 'object' ? JSON.stringify(req.body) : '';
    if (!text.trim()) refuse(400, 'EMPTY', 'send a replay file, a report or a replay code');
    const result = await service.submit(who.studentId, who.classId, text);
    if (!result.verified) return reply.code(422).send({ id: result.id, verified: false, error: result.reason, code: 'NOT_VERIFIED', reasonCode: result.reasonCode, reasonValues: result.reasonValues });
    return reply.code(201).send({ id: result.id, verified: true });
  });

  app.get('/api/classes/:classId', async (req) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    return service.dashboard(classId, languageOf(req));
  });

  app.get('/api/classes/:classId/comparison', async (req) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    return service.comparison(classId);
  });

  app.get('/api/classes/:classId/export.json', async (req, reply) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    return reply.header('content-disposition', 'attachment; filename="class.json"').send(await service.exportJson(classId));
  });

  app.get('/api/classes/:classId/export.csv', async (req, reply) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="class.csv"').send(await service.exportCsv(classId));
  });

  app.post('/api/classes/:classId/close', async (req) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    await service.closeClass(classId);
    return { ok: true };
  });

  const SeatParams = z.object({ classId: z.string().min(1).max(64), groupId: z.string().min(1).max(64), side: z.string().min(1).max(64) });
  app.post('/api/classes/:classId/groups/:groupId/seats/:side', async (req) => {
    const { classId, groupId, side } = SeatParams.parse(req.params);
    await teacherOf(req, classId);
    const { computer } = z.strictObject({ computer: z.boolean() }).parse(req.body);
    await service.setComputer(classId, groupId, side, computer);
    return { ok: true };
  });

  app.delete('/api/classes/:classId', async (req, reply) => {
    const { classId } = ClassParams.parse(req.params);
    await teacherOf(req, classId);
    await service.deleteClass(classId);
    return reply.code(204).send();
  });

  app.get('/api/ws', { websocket: true }, (socket) => live.accept(socket));

  app.all('/api/*', async (_req, reply) => reply.code(404).send({ error: 'no such API', code: 'NOT_FOUND' }));

  // The built game, when there is one (the API runs without it, for tests).
  if (existsSync(join(config.siteDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.siteDir, index: 'index.html', cacheControl: false, setHeaders: (res, path) => {
      // Vite's hashed files never change; the page itself is always asked for again.
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    } });
  }

  await db.listen(CHANNEL, (payload) => {
    let notice: Notice;
    try {
      notice = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    live.onNotice(notice);
  });

  return {
    app,
    service,
    live,
    close: async () => {
      live.close();
      await app.close();
      await service.settle();
      await service.verifier.close();
    },
  };
}

