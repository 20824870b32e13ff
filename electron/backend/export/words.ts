import type { ArticleStatus } from '../../../core/index.js';

/**
 * The words exported documents use. Documents go to Vietnamese newsrooms
 * and newspapers, so they are in Vietnamese whatever the UI language.
 */
export const DOCUMENT_WORDS = {
  notes: 'Chú thích',
  bibliography: 'Tài liệu tham khảo',
  contents: 'Mục lục',
  author: 'Tác giả',
  status: 'Trạng thái',
  published: 'Đăng',
  claims: 'Luận điểm được phản bác',
  image: 'Hình',
  imageMissing: 'hình không có trong kho',
  imageRemote: 'hình ở địa chỉ ngoài, không được tải',
  untitled: 'Bài chưa đặt tên',
  statuses: {
    idea: 'Ý tưởng',
    draft: 'Bản nháp',
    review: 'Đang duyệt',
    approved: 'Đã duyệt',
    published: 'Đã đăng',
    archived: 'Lưu trữ',
  } satisfies Record<ArticleStatus, string>,
};

/** `2025-01-04` (or an ISO time) → `4/1/2025`, as Vietnamese newsrooms write dates. */
export function documentDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match === null ? value : `${Number(match[3])}/${Number(match[2])}/${match[1]}`;
}
