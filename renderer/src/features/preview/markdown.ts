import DOMPurify from 'dompurify';
import {
  createMarkdownRenderer,
  previewFootnoteExtension,
  type Purifier,
} from '../../../../core/markdown/index.js';
import { previewCitations } from '../citations/preview-citations.js';

/** The core preview pipeline bound to the browser's DOMPurify: the only source of preview HTML. */
export const renderMarkdown = createMarkdownRenderer(DOMPurify as unknown as Purifier, {
  extensions: [previewCitations, previewFootnoteExtension()],
});
