// Test-server middleware for pages like the ones the widget is really dropped into
// (test/host/*.test.ts). Served by the test runner next to the mock platform:
// - /host/layout.html?kind=table|flex|grid|inline-block|sidebar|block&height=400: the widget
//   below the fold inside a layout, with a footer after it;
// - /host/legacy.html: scripts that extend Object.prototype and Array.prototype, define
//   Array.prototype.toJSON and wrap window.fetch, loaded before the drop-in;
// - /host/cp1251.html: an old CMS page in windows-1251 (bytes and header), whose classic script
//   /host/iife.js is the built drop-in served as `text/javascript` with no charset, as many hosts
//   and CDNs do, so the browser decodes it with the page's encoding.
import { readFile } from 'node:fs/promises';

/**
 * windows-1251 for the characters these pages use: ASCII, А-я, Ё, ё.
 * @param {string} text
 */
function cp1251(text) {
  return Buffer.from([...text].map((c) => {
    const u = c.codePointAt(0) ?? 0x3f;
    if (u < 0x80) return u;
    if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
    if (u === 0x401) return 0xa8;
    if (u === 0x451) return 0xb8;
    return 0x3f;
  }));
}

const CP1251_PAGE = `<!doctype html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Подарочные сертификаты</title>
<script src="/host/iife.js"></script>
</head>
<body>
<h1 id="shop">Подарочные сертификаты магазина</h1>
<loyalty-history token="1001" site-code="test" page-size="10" theme="light"></loyalty-history>
</body>
</html>`;

/**
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function hostPages(ctx, next) {
  if (ctx.path === '/host/layout.html' || ctx.path === '/host/legacy.html') return hostLayouts(ctx, next);
  if (ctx.path === '/host/cp1251.html') {
    ctx.set('Content-Type', 'text/html; charset=windows-1251');
    ctx.body = cp1251(CP1251_PAGE);
    return;
  }
  if (ctx.path === '/host/iife.js') {
    ctx.set('Content-Type', 'text/javascript');
    ctx.body = await readFile(new URL('../../dist/loyalty-history.iife.js', import.meta.url));
    return;
  }
  await next();
}

/**
 * Where the widget sits in a layout page (/host/layout.html?kind=…&height=…).
 * @type {Record<string, (widget: string) => string>}
 */
const LAYOUTS = {
  block: (w) => `<div>${w}</div>`,
  table: (w) => `<table><tr><td>${w}</td><td>Контакты</td></tr></table>`,
  flex: (w) => `<div style="display:flex;gap:8px">${w}<p>Текст</p></div>`,
  grid: (w) => `<div style="display:grid;grid-template-columns:auto">${w}</div>`,
  'inline-block': (w) => `<div style="display:inline-block">${w}</div>`,
  sidebar: (w) => `<div style="display:flex"><aside style="width:240px;flex:none">${w}</aside><main>Статья</main></div>`,
};

/**
 * @param {string} kind
 * @param {number} height
 */
function layoutPage(kind, height) {
  const style = height ? ` style="height:${height}px"` : '';
  const widget = `<loyalty-history token="1003" site-code="test" page-size="20" lang="ru"${style}></loyalty-history>`;
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script src="/dist/loyalty-history.iife.js"></script></head>
<body style="margin:8px;font:16px/1.4 Georgia,serif">
<div id="above" style="height:1200px">Шапка сайта</div>
${(LAYOUTS[kind] ?? LAYOUTS.block)(widget)}
<footer id="footer" style="padding:40px 0">Контакты и правила программы</footer>
</body></html>`;
}

/** Scripts old sites still carry, before the drop-in. */
const LEGACY_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8">
<script>
Object.prototype.extend = function (o) { for (var k in o) this[k] = o[k]; return this; };
Array.prototype.each = function (f) { for (var i = 0; i < this.length; i++) f(this[i], i); };
Array.prototype.toJSON = function () { return 'legacy'; };
window.sentBodies = [];
(function (original) {
  window.fetch = function (input, init) {
    if (init && typeof init.body === 'string') window.sentBodies.push(init.body);
    return original.apply(this, arguments);
  };
})(window.fetch);
</script>
<script src="/dist/loyalty-history.iife.js"></script></head>
<body><loyalty-history token="1001" site-code="test" page-size="10"></loyalty-history></body></html>`;

/**
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function hostLayouts(ctx, next) {
  if (ctx.path === '/host/layout.html') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = layoutPage(String(ctx.query.kind ?? 'block'), Number(ctx.query.height ?? 0));
    return;
  }
  if (ctx.path === '/host/legacy.html') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = LEGACY_PAGE;
    return;
  }
  await next();
}
