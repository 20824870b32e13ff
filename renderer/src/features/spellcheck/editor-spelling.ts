import i18next from 'i18next';
import { Compartment, type Extension } from '@codemirror/state';
import { useEditor } from '../editor/store.js';
import type { DocumentSession } from '../editor/session.js';
import { useSettings } from '../settings/store.js';
import { spellcheck, type SpellcheckLabels } from './cm/index.js';
import { appSpeller, spellingOn, useSpelling } from './store.js';

const spelling = new Compartment();

/** The menu's words, read in the UI language each time the menu is drawn. */
const labels: SpellcheckLabels = {
  get menu() {
    return i18next.t('spelling.menu');
  },
  get searching() {
    return i18next.t('spelling.searching');
  },
  get noSuggestions() {
    return i18next.t('spelling.noSuggestions');
  },
  addToDictionary: (word) => i18next.t('spelling.addToDictionary', { word }),
  ignore: (word) => i18next.t('spelling.ignore', { word }),
};

function spellingExtension(): Extension {
  return spellcheck({
    speller: appSpeller(),
    labels,
    addToDictionary: (word) => void useSpelling.getState().addWord(word),
  });
}

/** The slot every article editor has for spelling; {@link followSpelling} fills it. */
export function articleSpelling(): Extension {
  return spelling.of([]);
}

/**
 * Turns spelling on or off in the open article's editor as the workspace
 * setting and the article's own switch say, and loads the workspace's
 * dictionary and learned names for the checker. Returns the function that stops following.
 */
export function followSpelling(): () => void {
  let session: DocumentSession | null = null;
  let on: boolean | null = null;
  const apply = () => {
    const next = useEditor.getState().session;
    const wanted = next !== null && spellingOn(next.id);
    if (next === session && wanted === on) return;
    session = next;
    on = wanted;
    next?.dispatch({ effects: spelling.reconfigure(wanted ? spellingExtension() : []) });
  };
  void useSpelling
    .getState()
    .load()
    .catch(() => undefined);
  apply();
  const stops = [useEditor.subscribe(apply), useSettings.subscribe(apply)];
  return () => stops.forEach((stop) => stop());
}
