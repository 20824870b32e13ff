import TurndownService from 'turndown';

/** Placeholder of a footnote reference while HTML becomes Markdown (Markdown escaping would mangle `[^n]`). */
export const FOOTNOTE_MARK = (label: string) => `RDFOOTNOTE${label}RDEND`;
const FOOTNOTE_MARKS = /RDFOOTNOTE([0-9A-Za-z-]+)RDEND/g;

function cellText(service: TurndownService, cell: HTMLElement): string {
  return service.turndown(cell.innerHTML).replace(/\n+/g, ' <br> ').replace(/\|/g, '\\|').trim();
}

/**
 * HTML (as mammoth makes it from a Word file) to Markdown: ATX headings,
 * `-` bullets, `*emphasis*`, `**strong**`, `~~strikethrough~~`, fenced code,
 * and GFM tables whose first row is the header. Placeholders made with
 * {@link FOOTNOTE_MARK} become `[^label]`.
 */
export function htmlToMarkdown(html: string): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  service.addRule('strikethrough', {
    filter: ['del', 's'],
    replacement: (content) => (content.trim() === '' ? content : `~~${content}~~`),
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let marker = '- ';
      if (parent?.nodeName === 'OL') {
        const siblings = Array.from(parent.childNodes).filter((child) => child.nodeName === 'LI');
        marker = `${Number(parent.getAttribute('start') ?? 1) + siblings.indexOf(node as ChildNode)}. `;
      }
      const indent = ' '.repeat(marker.length);
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?!$)/g, `\n${indent}`);
      return `${marker}${body}${node.nextSibling !== null && !body.endsWith('\n') ? '\n' : ''}`;
    },
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => {
      // Array.from over tag lists: turndown's own DOM (domino) has no iterable node lists.
      const rows = Array.from((node as HTMLElement).getElementsByTagName('tr'));
      if (rows.length === 0) return '';
      const cells = rows.map((row) =>
        Array.from(row.childNodes)
          .filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH')
          .map((cell) => cellText(service, cell as HTMLElement)),
      );
      // A header row set in bold (as Word users do) needs no emphasis of its own.
      cells[0] = cells[0]!.map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1'));
      const width = Math.max(...cells.map((row) => row.length), 1);
      const line = (row: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
      return `\n\n${[line(cells[0]!), line(Array(width).fill('---')), ...cells.slice(1).map(line)].join('\n')}\n\n`;
    },
  });
  const markdown = service.turndown(html);
  return markdown
    .replace(FOOTNOTE_MARKS, (_, label: string) => `[^${label}]`)
    .replace(/\\\[(@[^\]\n]*?)\\\]/g, '[$1]')
    .normalize('NFC');
}
