// @ts-check
/**
 * The mock mounted into other servers: connect (Vite dev and preview servers), Koa
 * (web-test-runner's dev server) and a ready-made Vite plugin.
 */
import { createMockApi } from './api.js';

/** @typedef {import('./api.js').MockApiOptions} MockApiOptions */

/**
 * Connect middleware answering the mock routes and passing everything else on.
 * @param {MockApiOptions} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: (err?: unknown) => void) => void}
 */
export function connectMiddleware(options) {
  const api = createMockApi(options);
  return (req, res, next) => {
    api.handle(req, res).then((answered) => answered || next(), next);
  };
}

/**
 * Koa middleware for web-test-runner's `middleware` option. Answers through `ctx.res`, so it
 * tells Koa to keep its hands off the response.
 * @param {MockApiOptions} [options]
 * @returns {(ctx: import('koa').Context, next: import('koa').Next) => Promise<void>}
 */
export function koaMiddleware(options) {
  const api = createMockApi(options);
  return async (ctx, next) => {
    ctx.respond = false;
    if (await api.handle(ctx.req, ctx.res)) return;
    ctx.respond = true;
    await next();
  };
}

/**
 * A Vite plugin serving the mock from `npm start` and `vite preview`.
 * @param {MockApiOptions} [options]
 * @returns {import('vite').Plugin}
 */
export function mockVitePlugin(options) {
  return {
    name: 'loyalty-history-mock',
    configureServer(server) {
      server.middlewares.use(connectMiddleware(options));
    },
    configurePreviewServer(server) {
      server.middlewares.use(connectMiddleware(options));
    },
  };
}
