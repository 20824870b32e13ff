import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { duplicateKeyError } from '../../../../core/sources/key.js';
import { dispatch } from '../../../../core/ipc/dispatch.js';
import type { Handlers } from '../../../../core/ipc/contract.js';
import { ApiError, LocalizedError } from '../../api/errors.js';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { describeFailure } from './failure.js';

let tVi: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { vi: { translation: vi }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

/** What the backend answers to `payload` on `channel`, as the renderer's client throws it. */
async function refusal(channel: string, payload: unknown): Promise<ApiError> {
  const result = await dispatch({} as Handlers, channel, payload);
  if (result.ok) throw new Error('expected a refusal');
  return new ApiError(result.error);
}

const claimLabels = (path: string) =>
  ({
    statement: 'Luận điểm',
    firstSeen: 'Thấy lần đầu',
    categoryId: 'Nhóm',
    'appearances.0.date': 'Lần 1 · Ngày',
  })[path];

describe('describeFailure', () => {
  it('names the refused fields by their labels, in Vietnamese, with no English from the backend', async () => {
    const error = await refusal('claims:create', {
      statement: ' ',
      categoryId: 'category000001',
      firstSeen: '2024-02-31',
      appearances: [{ title: '', outlet: '', url: '', date: '2023-02-29' }],
    });
    const message = describeFailure(tVi, error, claimLabels);
    expect(message).toBe(
      'Hãy điền “Luận điểm”. “Lần 1 · Ngày”: ngày này không có trong lịch. “Thấy lần đầu”: ngày này không có trong lịch.',
    );
    expect(message).not.toMatch(/Invalid request|claims:create|cannot be empty|no such date/);
  });

  it('says what a source field needs', async () => {
    const error = await refusal('sources:create', {
      title: 'T',
      url: 'ftp://x.org',
      accessed: '2024-05',
      publisher: 'x'.repeat(1001),
    });
    const label = (path: string) => ({ url: 'URL', accessed: 'Accessed', publisher: 'Publisher' })[path];
    expect(describeFailure(tEn, error, label)).toBe(
      '“Publisher”: at most 1000 characters. “URL”: give a web address starting with http:// or https://. “Accessed”: give the day, month and year, e.g. 02/09/1945.',
    );
  });

  it('turns a key already in use into a sentence naming the source that holds it', () => {
    const error = new ApiError(
      duplicateKeyError('TTCP2023', {
        id: 'source00000001',
        key: 'ttcp2023',
        title: 'Báo cáo công tác phòng, chống tham nhũng',
      }).toInfo(),
    );
    expect(describeFailure(tVi, error, (path) => (path === 'key' ? 'Mã trích dẫn' : undefined))).toBe(
      '“Mã trích dẫn”: mã “TTCP2023” đã được dùng cho nguồn “Báo cáo công tác phòng, chống tham nhũng” (ttcp2023).',
    );
  });

  it.each([
    [
      new ApiError({
        code: 'invalid_request',
        message: 'No category with id "x".',
        details: { categoryId: 'x' },
      }),
      '“Nhóm”: nhóm này không còn nữa; hãy chọn nhóm khác.',
    ],
    [
      new ApiError({ code: 'conflict', message: "The claim's statement changed after the rename" }),
      'Mục này vừa được thay đổi ở nơi khác trong lúc bạn sửa; hãy đóng biểu mẫu, mở lại và sửa lại.',
    ],
    [
      new ApiError({ code: 'io', message: 'ENOSPC: no space left on device', details: { errno: 'ENOSPC' } }),
      'Không ghi được thay đổi xuống đĩa (ENOSPC); chưa lưu gì. Hãy thử lại.',
    ],
    [
      new ApiError({ code: 'locked', message: 'The workspace is locked by pid 42' }),
      'Không gian làm việc đang được chương trình khác thay đổi; chưa lưu gì. Hãy thử lại sau giây lát.',
    ],
    [
      new ApiError({ code: 'internal', message: 'TypeError: x is undefined' }),
      'Đã có lỗi; chưa lưu gì. Hãy thử lại.',
    ],
    [new TypeError('Failed to fetch'), 'Đã có lỗi; chưa lưu gì. Hãy thử lại.'],
    [new LocalizedError('Chưa lưu được các bài đang sửa.'), 'Chưa lưu được các bài đang sửa.'],
    [
      new ApiError({
        code: 'invalid_request',
        message: 'Invalid request for claims:create',
        details: [{ path: 'tags.0', code: 'custom', message: 'x' }],
      }),
      'Biểu mẫu có giá trị không hợp lệ; chưa lưu gì.',
    ],
  ])('explains %s in Vietnamese', (error, expected) => {
    expect(describeFailure(tVi, error, claimLabels)).toBe(expected);
  });
});
