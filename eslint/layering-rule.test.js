import path from 'node:path';
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { layeringRule } from './layering-rule.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;

const root = path.resolve(import.meta.dirname, '..');
const at = (file) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });
const options = [{ root }];

const ok = (filename, code) => ({ filename: at(filename), code, options });
const bad = (filename, code, messageId) => ({
  filename: at(filename),
  code,
  options,
  errors: [{ messageId }],
});

tester.run('layering/imports', layeringRule, {
  valid: [
    ok('core/ipc/dispatch.ts', "import { AppError } from '../errors.js';"),
    ok('core/markdown/render.ts', "import { Marked } from 'marked';"),
    ok('core/schema/documents.ts', "import { z } from 'zod';"),
    ok('core/text/text.test.ts', "import { it } from 'vitest';"),
    ok(
      'electron/backend/store.ts',
      "import fs from 'node:fs'; import { Low } from 'lowdb'; import { fold } from '../../core/index.js';",
    ),
    ok(
      'electron/main/main.ts',
      "import { app } from 'electron'; import { openWorkspace } from '../backend/index.js';",
    ),
    ok(
      'electron/preload/preload.ts',
      "import { contextBridge } from 'electron'; import { isChannel } from '../../core/ipc/channels.js';",
    ),
    ok(
      'electron/cli/main.ts',
      "import { openWorkspace } from '../backend/index.js'; import { parseArgs } from 'node:util';",
    ),
    ok(
      'electron/webhost/main.ts',
      "import http from 'node:http'; import { dispatch } from '../../core/index.js';",
    ),
    ok(
      'renderer/src/app/App.tsx',
      "import React from 'react'; import { fold } from '../../../core/index.js';",
    ),
    ok('tests/e2e/harness.ts', "import { openWorkspace } from '../../electron/backend/index.js';"),
  ],
  invalid: [
    bad('core/text/fold.ts', "import fs from 'node:fs';", 'package'),
    bad('core/ipc/dispatch.ts', "import { ipcMain } from 'electron';", 'package'),
    bad('core/model/article.ts', "import React from 'react';", 'package'),
    bad('core/ipc/dispatch.ts', "import { openWorkspace } from '../../electron/backend/index.js';", 'layer'),
    bad('core/index.ts', "export * from '../renderer/src/api/client.js';", 'layer'),
    bad('electron/backend/store.ts', "import { app } from 'electron';", 'package'),
    bad('electron/backend/store.ts', "import { createWindow } from '../main/windows.js';", 'layer'),
    bad('electron/preload/preload.ts', "import { fold } from '../../core/text/fold.js';", 'layer'),
    bad('electron/preload/preload.ts', "import { openWorkspace } from '../backend/index.js';", 'layer'),
    bad('electron/preload/preload.ts', "import { z } from 'zod';", 'package'),
    bad('renderer/src/app/App.tsx', "import fs from 'node:fs';", 'package'),
    bad('renderer/src/app/App.tsx', "import { ipcRenderer } from 'electron';", 'package'),
    bad(
      'renderer/src/app/App.tsx',
      "import { openWorkspace } from '../../../electron/backend/index.js';",
      'layer',
    ),
    bad('renderer/src/app/App.tsx', "const m = await import('../../../electron/main/main.js');", 'layer'),
    bad('electron/cli/main.ts', "import { BrowserWindow } from 'electron';", 'package'),
    bad('electron/webhost/main.ts', "import { createWindow } from '../main/windows.js';", 'layer'),
  ],
});
