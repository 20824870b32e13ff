import { EventEmitter } from 'node:events';

/**
 * A recording stand-in for the `electron` module: the parts the main process
 * uses (app, BrowserWindow, protocol, session, ipcMain, Menu, dialog, shell,
 * powerMonitor), each remembering what it was asked so a test can check it
 * and drive what Electron would do (events, clicks, dialog answers).
 */

/** An event as Electron passes it to listeners that may cancel the default. */
export class StandInEvent {
  defaultPrevented = false;
  constructor(readonly sender?: unknown) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextContentsId = 1;

/** What a window's page would be: sends are recorded; events are emitted by the test. */
export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  toggleDevTools(): void {}
}

/** Every window made, in order. */
export const windows: StandInWindow[] = [];

/** A BrowserWindow: its options and loaded URL are recorded; `close()` runs the close handlers as Electron does. */
export class StandInWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
    app.emit('web-contents-created', new StandInEvent(), this.webContents);
  }
  static getAllWindows(): StandInWindow[] {
    return windows.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): StandInWindow | null {
    return StandInWindow.getAllWindows()[0] ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    const event = new StandInEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
}

class StandInApp extends EventEmitter {
  ready = false;
  /** Every `app.quit()`: whether a `before-quit` listener held it back. */
  readonly quits: { held: boolean }[] = [];
  readonly exits: number[] = [];
  sandboxEnabled = false;
  private readyResolve: (() => void) | null = null;
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));
  isPackaged = false;
  /** Becomes ready as Electron would once it has started. */
  makeReady(): void {
    this.ready = true;
    this.readyResolve?.();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  getPath(): string {
    return '/nonexistent/user-data';
  }
  getLocale(): string {
    return 'vi-VN';
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  quit(): void {
    const event = new StandInEvent();
    this.emit('before-quit', event);
    this.quits.push({ held: event.defaultPrevented });
  }
  exit(code = 0): void {
    this.exits.push(code);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
}

/** The app singleton. */
export const app = new StandInApp();

type ProtocolHandler = (request: { method: string; url: string }) => Promise<Response>;

/** What `protocol` was asked: privileged schemes (and whether the app was ready then) and handlers by scheme. */
export const protocol = {
  privileged: [] as { schemes: unknown; beforeReady: boolean }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: unknown): void {
    this.privileged.push({ schemes, beforeReady: !app.ready });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  },
};

type Callback<T> = (value: T) => void;

/** The default session: every handler it was given. */
class StandInSession extends EventEmitter {
  permissionRequest: ((contents: unknown, permission: string, callback: Callback<boolean>) => void) | null =
    null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  displayMedia: ((request: unknown, callback: Callback<unknown>) => void) | null = null;
  beforeRequest: ((details: { url: string }, callback: Callback<{ cancel: boolean }>) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<StandInSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: NonNullable<StandInSession['permissionRequest']>): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<StandInSession['permissionCheck']>): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: NonNullable<StandInSession['devicePermission']>): void {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: NonNullable<StandInSession['displayMedia']>): void {
    this.displayMedia = handler;
  }
}

const partitions = new Map<string, StandInSession>();

/** `session.defaultSession`, and the sessions of named partitions (the PDF printer's own). */
export const session = {
  defaultSession: new StandInSession(),
  partitions,
  fromPartition(name: string): StandInSession {
    if (!partitions.has(name)) partitions.set(name, new StandInSession());
    return partitions.get(name)!;
  },
};

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class StandInIpcMain extends EventEmitter {
  /** Every `handle` call, in order (a channel registered twice shows twice). */
  readonly registrations: { channel: string; handler: InvokeHandler }[] = [];
  handle(channel: string, handler: InvokeHandler): void {
    this.registrations.push({ channel, handler });
  }
}

/** `ipcMain`. */
export const ipcMain = new StandInIpcMain();

/** A menu item as the main process describes it. */
export interface StandInMenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  checked?: boolean;
  click?: () => void;
  submenu?: StandInMenuItem[];
}

/** `Menu`: every application menu set, newest last. */
export const Menu = {
  applied: [] as StandInMenuItem[][],
  buildFromTemplate(template: StandInMenuItem[]): { template: StandInMenuItem[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: StandInMenuItem[] } | null): void {
    if (menu) this.applied.push(menu.template);
  },
};

/** `dialog`: message boxes answer from `answers` (Cancel when empty); everything shown is recorded. */
export const dialog = {
  answers: [] as number[],
  messageBoxes: [] as { options: Record<string, unknown> }[],
  errorBoxes: [] as { title: string; content: string }[],
  openDialogs: 0,
  showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
    this.messageBoxes.push({ options });
    return Promise.resolve({ response: this.answers.shift() ?? Number(options.cancelId ?? 0) });
  },
  showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.openDialogs += 1;
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
};

/** `shell`: URLs handed to the OS. */
export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

/** `powerMonitor`. */
export const powerMonitor = new EventEmitter();

/** The module as `import … from 'electron'` sees it. */
export const electronStandIn = {
  app,
  BrowserWindow: StandInWindow,
  protocol,
  session,
  ipcMain,
  Menu,
  dialog,
  shell,
  powerMonitor,
};
