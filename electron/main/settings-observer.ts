import type { Handlers } from '../../core/ipc/contract.js';
import type { Language } from '../../core/model/settings.js';

/**
 * Wraps a handler table so the main process learns the UI language whenever
 * settings are read or changed (to rebuild the menu); every call still goes
 * to the original handler, and a failed call reports nothing.
 */
export function observeLanguage(handlers: Handlers, onLanguage: (language: Language) => void): Handlers {
  return {
    ...handlers,
    'settings:get': async (request) => {
      const settings = await handlers['settings:get'](request);
      onLanguage(settings.language);
      return settings;
    },
    'settings:set': async (request) => {
      const settings = await handlers['settings:set'](request);
      onLanguage(settings.language);
      return settings;
    },
  };
}
