// The account page in English (`?lang=en`) or a forced theme (`?theme=dark|light`), for people
// and for scripts/screenshots.mjs. Runs before the widget is defined, so the widget reads the
// page's final `lang` on its first render.
const params = new URLSearchParams(location.search);

if (params.get('lang') === 'en') {
  document.documentElement.lang = 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) el.textContent = el.dataset['en'] ?? '';
  for (const el of document.querySelectorAll<HTMLElement>('[data-en-aria-label]')) {
    el.setAttribute('aria-label', el.dataset['enAriaLabel'] ?? '');
  }
}

const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') {
  document.documentElement.dataset['theme'] = theme;
  document.querySelector('loyalty-history')?.setAttribute('theme', theme);
}

export {};
