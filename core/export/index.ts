/** What exports are made of, as data: notes of citations, CSL JSON, ClaimReview, front matter, file names. */
export * from './notes.js';
export * from './csl.js';
export * from './claimreview.js';
export * from './front-matter.js';
export * from './names.js';
export * from './print-css.js';
