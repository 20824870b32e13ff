/**
 * The `validate_doc_update` function `team init` installs in
 * `_design/rebuttal`, as CouchDB's JavaScript source (the server runs it on
 * every write, replication included; it cannot import anything). It keeps
 * the roles on the server, whatever a client does:
 * - only authenticated members (roles writer, editor, or server admins) write;
 * - a document has a known `kind`, an `item` object and a `hash` string;
 * - only editors (role `editor` or `_admin`) write the taxonomy (categories,
 *   tag colours), set an article to approved or published, change or delete
 *   an article that is approved or published, or delete any document.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  var has = function (role) { return roles.indexOf(role) !== -1; };
  var editor = has('editor') || has('_admin');
  if (!userCtx || !userCtx.name) throw { unauthorized: 'Only members of the team may write.' };
  if (!editor && !has('writer')) throw { forbidden: 'Only writers and editors of the team may write.' };
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!has('_admin')) throw { forbidden: 'Only a server admin may change the design document.' };
    return;
  }
  if (newDoc._deleted === true) {
    if (!editor) throw { forbidden: 'Only an editor may delete documents.' };
    return;
  }
  var kinds = ['article', 'claim', 'source', 'category', 'tagColors', 'smartList'];
  if (kinds.indexOf(newDoc.kind) === -1) throw { forbidden: 'The document has no known kind.' };
  if (typeof newDoc.item !== 'object' || newDoc.item === null || Array.isArray(newDoc.item))
    throw { forbidden: 'The document has no item.' };
  if (typeof newDoc.hash !== 'string') throw { forbidden: 'The document has no version hash.' };
  if (editor) return;
  if (newDoc.kind === 'category' || newDoc.kind === 'tagColors')
    throw { forbidden: 'Only an editor may change the taxonomy.' };
  if (newDoc.kind === 'article') {
    var status = newDoc.item.status;
    var before = oldDoc && !oldDoc._deleted && oldDoc.item ? oldDoc.item.status : null;
    if ((status === 'approved' || status === 'published') && status !== before)
      throw { forbidden: 'Only an editor may set an article to ' + status + '.' };
    if (before === 'approved' || before === 'published')
      throw { forbidden: 'Only an editor may change an article that is ' + before + '.' };
  }
}`;
