/**
 * Where the reader writes, Lede never writes: no attribute, no mark, no hidden block. An editor owns its
 * DOM (it diffs, serialises or saves it), so one attribute of ours inside it can end up in the reader's
 * draft or break the editor's undo. Highlighting and hiding both ask here.
 */

/**
 * Editable regions and the editors that draw their own (CodeMirror 5 and 6, Monaco, ProseMirror):
 * contenteditable with any value but "false" (the attribute is case-insensitive; "" and "plaintext-only"
 * are editable), form fields, and ARIA text boxes.
 */
export const EDITABLE_SELECTOR = [
  '[contenteditable]:not([contenteditable="false" i])',
  'input',
  'textarea',
  'select',
  '[role="textbox"]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  // A ProseMirror view made read-only says so: a published article rendered by it is not an editor.
  '.ProseMirror:not([contenteditable="false" i])',
].join(', ');

/** A document in design mode is editable throughout. */
export function inDesignMode(doc: Document | null | undefined): boolean {
  return doc?.designMode === 'on';
}

/**
 * Is `el` in an editable region: itself or an ancestor, or its document in design mode?
 * (Not isContentEditable: in Chromium it reads computed style, a forced style recalculation per call
 * right after hiding changed attributes; the attribute and designMode say the same for real editors.)
 */
export function inEditable(el: Element): boolean {
  return inDesignMode(el.ownerDocument) || el.closest(EDITABLE_SELECTOR) !== null;
}

/** Would changing `el` change an editor: is it in one, or does it hold one (hiding it would hide the editor)? */
export function touchesEditable(el: Element): boolean {
  return inEditable(el) || el.querySelector(EDITABLE_SELECTOR) !== null;
}
