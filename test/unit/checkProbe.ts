/**
 * Runs one source-label probe (sourceLabelProbes.ts) through the whole engine, as the real-page runs do: a plain-text
 * page (title, three paragraphs, the probe's line last) checked offline with nothing else on the web.
 */
import { checkHtml } from '../../src/core/check.ts';
import { makeInMemoryMemory } from '../../src/cli/inMemoryMemory.ts';
import type { Ports } from '../../src/core/ports.ts';
import { tableWeb } from '../helpers/tableWeb.ts';
import type { SourceLabelProbe } from './sourceLabelProbes.ts';

const FILLER = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur, excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim.',
  'Curabitur pretium tincidunt lacus, nulla gravida orci a odio, nullam varius turpis et commodo pharetra, est eros bibendum elit, nec luctus magna felis sollicitudin mauris integer in mauris eu nibh.',
];

export interface ProbeOutcome {
  verdict: string;
  claimedSource: string | null;
  /** For a positive probe: flagged and the claimed source names its outlet. For a negative: not flagged. */
  ok: boolean;
}

export async function checkProbe(probe: SourceLabelProbe): Promise<ProbeOutcome> {
  const host = probe.host ?? 'copy-feed-news.example';
  const url = `https://${host}/news/2024/item-17.html`;
  const text = ['Lorem ipsum dolor sit amet', '', ...FILLER.flatMap((p) => [p, '']), probe.line, ''].join('\n');
  const ports: Ports = {
    ...tableWeb({}).ports,
    memory: makeInMemoryMemory(),
    directory: { lookup: async () => [] },
  };
  const { report } = await checkHtml(text, url, ports, { contentType: 'text/plain', remember: false });
  const flagged = report.verdict === 'copy' || report.verdict === 'suspected';
  // As the real-page scorer reads a name: case aside, a leading article aside ("the Moorland Gazette").
  const fold = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .trim()
      .replace(/^(?:the|la|le|el|il|lo|het|de|der|die|das)\s+/u, '');
  const named = !!probe.outlet && !!report.claimedSource && fold(report.claimedSource) === fold(probe.outlet);
  return {
    verdict: report.verdict,
    claimedSource: report.claimedSource,
    ok: probe.outlet ? flagged && named : !flagged,
  };
}
