// The element's public API, as custom-elements.json lists it for IDEs and framework tooling, is
// the API the README documents: no public field, method, attribute or event is missing from
// either, so an integrator never meets an undocumented member or a documented one that is gone.
import { expect } from '@open-wc/testing';

interface Member { kind: string; name: string; privacy?: string; static?: boolean; attribute?: string }
interface Declaration { name: string; customElement?: boolean; tagName?: string; members?: Member[]; attributes?: { name: string }[]; events?: { name: string }[] }

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
const readme = await (await fetch('/README.md')).text();

/** The first column of every table row under `heading` in the README, without backticks. */
function column(heading: string, index: number): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README section "${heading}"`).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| `') || line.startsWith('| —'))
    .map((line) => line.split('|')[index + 1]!.trim().replace(/`/g, ''))
    .filter((cell) => cell !== '—');
}

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

describe('custom-elements.json and the README', () => {
  it('describe the member element', () => {
    expect(elements.map((e) => e.tagName)).to.include('loyalty-history');
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      const publicMembers = (element.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');

      it('every attribute is in the README table, and every attribute there is in the manifest', () => {
        const documented = column('Attributes and properties', 0);
        expect([...(element.attributes ?? []).map((a) => a.name)].sort()).to.deep.equal([...documented].sort());
      });

      it('every public property is in the README table, and every property there is in the manifest', () => {
        const documented = column('Attributes and properties', 1);
        const fields = publicMembers.filter((m) => m.kind === 'field' && !m.static).map((m) => m.name);
        expect([...fields].sort()).to.deep.equal([...documented].sort());
      });

      it('every public method and static member is named in the README', () => {
        for (const m of publicMembers.filter((m) => m.kind === 'method' || m.static)) {
          const shown = m.kind === 'method' ? `\`${m.name}()\`` : `\`${element.name}.${m.name}\``;
          expect(readme, `${shown} in the README`).to.contain(shown);
        }
      });

      it('every event is in the README table, and every event there is in the manifest', () => {
        expect([...(element.events ?? []).map((e) => e.name)].sort()).to.deep.equal([...column('Events', 0)].sort());
      });
    });
  }
});
