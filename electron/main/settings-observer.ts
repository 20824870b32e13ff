import type { Handlers } from '../../core/ipc/contract.js';
import type { Settings } from '../../core/model/settings.js';

/**
 * Wraps a handler table so the main process learns the settings whenever
 * they are read or changed (to rebuild the menu in the UI language with the
 * writer's shortcuts); every call still goes to the original handler, and a
 * failed call reports nothing.
 */
export function observeSettings(handlers: Handlers, onSettings: (settings: Settings) => void): Handlers {
  return {
    ...handlers,
    'settings:get': async (request) => {
      const settings = await handlers['settings:get'](request);
      onSettings(settings);
      return settings;
    },
    'settings:set': async (request) => {
      const settings = await handlers['settings:set'](request);
      onSettings(settings);
      return settings;
    },
  };
}
