import type { Language } from '../../core/model/settings.js';

/** Every string the main process shows: menus and dialogs. */
export interface MainStrings {
  file: string;
  newArticle: string;
  newFromTemplate: string;
  settings: string;
  focusMode: string;
  typewriter: string;
  keyboardShortcuts: string;
  markdownSheet: string;
  importFolder: string;
  importFolderTitle: string;
  importFolderButton: string;
  importFiles: string;
  importFilesTitle: string;
  importFilesButton: string;
  documentsFilter: string;
  exportArticle: string;
  exportTitle: string;
  exportFolderTitle: string;
  exportButton: string;
  print: string;
  sendBundle: string;
  sendBundleTitle: string;
  receiveBundle: string;
  receiveBundleTitle: string;
  bundleFilter: string;
  moveToTrash: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  editorMode: string;
  splitMode: string;
  previewMode: string;
  language: string;
  developerTools: string;
  help: string;
  about: string;
  aboutDetail: string;
  unsavedTitle: string;
  unsavedMessage: string;
  unsavedDetail: string;
  retry: string;
  quitAnyway: string;
  cancel: string;
  lockedTitle: string;
  openFailedTitle: string;
}

/** The main process's strings in both UI languages. */
export const MAIN_STRINGS: Record<Language, MainStrings> = {
  vi: {
    file: 'Tệp',
    newArticle: 'Bài viết mới',
    newFromTemplate: 'Bài viết mới theo mẫu…',
    settings: 'Cài đặt…',
    focusMode: 'Chế độ tập trung',
    typewriter: 'Cuộn kiểu máy chữ',
    keyboardShortcuts: 'Phím tắt',
    markdownSheet: 'Cú pháp Markdown',
    importFolder: 'Nhập thư mục…',
    importFolderTitle: 'Chọn thư mục chứa các tệp Markdown',
    importFolderButton: 'Nhập thư mục này',
    importFiles: 'Nhập tệp…',
    importFilesTitle: 'Chọn tệp Markdown hoặc Word để nhập',
    importFilesButton: 'Nhập các tệp này',
    documentsFilter: 'Markdown và Word',
    exportArticle: 'Xuất bài…',
    exportTitle: 'Lưu bản xuất',
    exportFolderTitle: 'Chọn thư mục để lưu các bản xuất',
    exportButton: 'Lưu vào đây',
    print: 'In…',
    sendBundle: 'Gửi tới…',
    sendBundleTitle: 'Lưu gói bài để chuyển sang máy khác',
    receiveBundle: 'Nhận gói…',
    receiveBundleTitle: 'Chọn gói bài nhận từ máy khác',
    bundleFilter: 'Gói bài Rebuttal Desk',
    moveToTrash: 'Chuyển vào thùng rác',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    editorMode: 'Soạn thảo',
    splitMode: 'Chia đôi',
    previewMode: 'Xem trước',
    language: 'Ngôn ngữ',
    developerTools: 'Công cụ nhà phát triển',
    help: 'Trợ giúp',
    about: 'Giới thiệu Rebuttal Desk',
    aboutDetail: 'Bàn soạn thảo bài phản bác, chạy hoàn toàn ngoại tuyến.',
    unsavedTitle: 'Chưa lưu được',
    unsavedMessage: 'Một số thay đổi chưa được lưu.',
    unsavedDetail: 'Thử lưu lại, thoát mà không lưu, hoặc quay lại làm tiếp.',
    retry: 'Thử lại',
    quitAnyway: 'Vẫn thoát',
    cancel: 'Huỷ',
    lockedTitle: 'Không mở được kho bài viết',
    openFailedTitle: 'Không mở được kho bài viết',
  },
  en: {
    file: 'File',
    newArticle: 'New Article',
    newFromTemplate: 'New Article from Template…',
    settings: 'Settings…',
    focusMode: 'Focus Mode',
    typewriter: 'Typewriter Scrolling',
    keyboardShortcuts: 'Keyboard Shortcuts',
    markdownSheet: 'Markdown Cheat Sheet',
    importFolder: 'Import Folder…',
    importFolderTitle: 'Choose a folder of Markdown files',
    importFolderButton: 'Import This Folder',
    importFiles: 'Import Files…',
    importFilesTitle: 'Choose Markdown or Word files to import',
    importFilesButton: 'Import These Files',
    documentsFilter: 'Markdown and Word',
    exportArticle: 'Export Article…',
    exportTitle: 'Save the export',
    exportFolderTitle: 'Choose a folder for the exported files',
    exportButton: 'Save Here',
    print: 'Print…',
    sendBundle: 'Send To…',
    sendBundleTitle: 'Save a bundle to carry to another machine',
    receiveBundle: 'Receive…',
    receiveBundleTitle: 'Choose a bundle received from another machine',
    bundleFilter: 'Rebuttal Desk bundle',
    moveToTrash: 'Move to Trash',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    editorMode: 'Editor',
    splitMode: 'Split',
    previewMode: 'Preview',
    language: 'Language',
    developerTools: 'Developer Tools',
    help: 'Help',
    about: 'About Rebuttal Desk',
    aboutDetail: 'A desk for drafting rebuttal articles, entirely offline.',
    unsavedTitle: 'Not saved',
    unsavedMessage: 'Some changes could not be saved.',
    unsavedDetail: 'Try saving again, quit without saving, or go back to the article.',
    retry: 'Retry',
    quitAnyway: 'Quit Anyway',
    cancel: 'Cancel',
    lockedTitle: 'The workspace is in use',
    openFailedTitle: 'The workspace could not be opened',
  },
};
