/** Class of the element a printed document lives in: `<body>` of an exported file, a container when the app prints. */
export const PRINT_CLASS = 'rd-print';

/**
 * The page and text styles of every printed and exported HTML document,
 * scoped to {@link PRINT_CLASS}, so the app can apply the same rules to the
 * articles it prints without touching its own page.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 2cm 2cm 2.2cm; }
.rd-print { font-family: 'Noto Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.55; color: #111; overflow-wrap: break-word; margin: 0 auto; max-width: 46em; padding: 1.5em; background: #fff; }
@media print { .rd-print { padding: 0; max-width: none; } }
.rd-print h1 { font-size: 1.8em; line-height: 1.25; margin: 0 0 .3em; }
.rd-print h2 { font-size: 1.35em; margin: 1.4em 0 .5em; }
.rd-print h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
.rd-print h1, .rd-print h2, .rd-print h3, .rd-print h4 { break-after: avoid; }
.rd-print p, .rd-print li, .rd-print blockquote { orphans: 3; widows: 3; }
.rd-print .facts, .rd-print .claims { color: #444; font-size: .9em; margin: 0 0 .3em; }
.rd-print header { border-bottom: 1px solid #999; margin-bottom: 1.2em; padding-bottom: .6em; }
.rd-print blockquote { margin: 1em 0; padding: .2em 1em; border-left: 3px solid #999; color: #333; font-style: italic; }
.rd-print table { border-collapse: collapse; margin: 1em 0; width: 100%; break-inside: avoid; }
.rd-print th, .rd-print td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
.rd-print th { background: #eee; }
.rd-print code, .rd-print pre { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: .9em; }
.rd-print pre { background: #f4f4f4; padding: .6em; white-space: pre-wrap; break-inside: avoid; }
.rd-print img { max-width: 100%; height: auto; break-inside: avoid; }
.rd-print a { color: #123f8c; }
.rd-print sup.note-ref { font-size: .75em; line-height: 0; }
.rd-print sup.note-ref a { text-decoration: none; }
.rd-print .notes, .rd-print .bibliography { font-size: .9em; border-top: 1px solid #ccc; margin-top: 2em; }
.rd-print .notes li a:first-child { text-decoration: none; }
.rd-print .image-missing, .rd-print .citation.unknown { color: #7a4b00; }
.rd-print pre.front-matter { display: none; }
.rd-print article + article { break-before: page; }
.rd-print nav.contents { break-after: page; }
.rd-print nav.contents ol { padding-left: 1.4em; }
`;
