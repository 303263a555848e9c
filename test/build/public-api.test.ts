// The element's public API, as custom-elements.json lists it for IDEs and framework tooling, is
// the API the README documents: no public field, method, attribute or event is missing from
// either, so an integrator never meets an undocumented member or a documented one that is gone.
import { expect } from '@open-wc/testing';

interface Member { kind: string; name: string; privacy?: string; static?: boolean; attribute?: string }
interface Declaration { name: string; customElement?: boolean; tagName?: string; members?: Member[]; attributes?: { name: string }[]; events?: { name: string }[] }

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
const readme = await (await fetch('/README.md')).text();

/** A README heading, with an optional subheading under it. */
type Place = [section: string, subsection?: string];

/**
 * The first column of every table row under the README heading `## section` (or, with
 * `subsection`, under its `### subsection` only), without backticks.
 */
function column([section, subsection]: Place, index: number): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  expect(start, `README section "${section}"`).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  let text = readme.slice(start, end < 0 ? undefined : end);
  if (subsection !== undefined) {
    const from = text.indexOf(`\n### ${subsection}\n`);
    expect(from, `README subsection "${section}" › "${subsection}"`).to.be.greaterThan(-1);
    const to = text.indexOf('\n### ', from + 1);
    text = text.slice(from, to < 0 ? undefined : to);
  }
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `') || line.startsWith('| —'))
    .map((line) => line.split('|')[index + 1]!.trim().replace(/`/g, ''))
    .filter((cell) => cell !== '—');
}

/** Where the README documents each element's attributes and properties, and its events. */
const SECTIONS: Record<string, { attributes: Place; events: Place }> = {
  'loyalty-history': { attributes: ['Attributes and properties'], events: ['Events'] },
  'loyalty-history-table': { attributes: ['Staff table', 'Table attributes and properties'], events: ['Staff table', 'Table events'] },
};

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

describe('custom-elements.json and the README', () => {
  it('describe both elements, each with its README section', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(Object.keys(SECTIONS).sort());
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      const publicMembers = (element.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
      const sections = SECTIONS[element.tagName ?? '']!;

      it('every attribute is in the README table, and every attribute there is in the manifest', () => {
        const documented = column(sections.attributes, 0);
        expect([...(element.attributes ?? []).map((a) => a.name)].sort()).to.deep.equal([...documented].sort());
      });

      it('every public property is in the README table, and every property there is in the manifest', () => {
        const documented = column(sections.attributes, 1);
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
        expect([...(element.events ?? []).map((e) => e.name)].sort()).to.deep.equal([...column(sections.events, 0)].sort());
      });
    });
  }
});
