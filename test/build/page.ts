// Opens a fixture page (test/build/fixtures) in an iframe, so each page gets its own window and
// its own custom element registry, as a partner's page would.
export interface FixtureWindow extends Window {
  pageErrors: string[];
  cspViolations: string[];
  firstDefinition?: CustomElementConstructor;
}

const frames: HTMLIFrameElement[] = [];

export async function openFixture(name: string): Promise<FixtureWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '600px';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${name} did not load`)), { once: true });
  });
  frame.src = new URL(`./fixtures/${name}`, import.meta.url).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as FixtureWindow;
}

export function closeFixtures(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
