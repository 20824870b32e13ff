import type { Template } from './types.js';

const REBUTTAL_VI = `> **Luận điểm:** [[claim:{{claim}}]]\\
> **Nhóm:** {{category}} · **Ngày soạn:** {{date}}

## 1. Luận điểm cần phản bác

Tóm tắt trung thực luận điểm đang lan truyền: xuất hiện ở đâu, từ khi nào, được diễn đạt ra sao. Trích nguyên văn câu then chốt kèm nguồn, không thêm bớt, không suy diễn thay người đọc.

## 2. Bối cảnh

Luận điểm dựa vào sự kiện, số liệu hay văn bản nào, và bỏ qua điều gì. Người đọc cần biết những gì để tự đánh giá? Nêu ngắn gọn, khách quan.

## 3. Sự thật và bằng chứng

Phản bác lần lượt từng ý, mỗi ý một đoạn; mỗi khẳng định dẫn một nguồn kiểm chứng được (văn bản pháp luật, số liệu thống kê chính thức, tư liệu gốc):

- **Ý thứ nhất.** Nêu sự thật, dẫn chứng cụ thể [@nguon, tr. 1].
- **Ý thứ hai.** Đối chiếu số liệu, so sánh trước và sau, trong nước và quốc tế.
- **Ý thứ ba.** Chỉ ra chỗ đánh tráo khái niệm, cắt xén hoặc khái quát hoá sai.

## 4. Kết luận

Khẳng định lại sự thật trong vài câu rõ ràng, ôn hoà và có sức thuyết phục. Nêu hệ quả của luận điểm sai trái nếu có căn cứ, và điều người đọc có thể tự kiểm chứng.
`;

const REBUTTAL_EN = `> **Claim:** [[claim:{{claim}}]]\\
> **Category:** {{category}} · **Drafted:** {{date}}

## 1. The claim

Summarise the claim fairly: where it appeared, since when, and how it is worded. Quote its key sentence exactly, with its source; add nothing and leave nothing out.

## 2. Context

What events, figures or documents the claim relies on, and what it leaves out. What does the reader need to know to judge it? Keep it short and neutral.

## 3. Facts and evidence

Answer the claim point by point, one paragraph each; back every statement with a source that can be checked (legal texts, official statistics, primary documents):

- **First point.** State the fact and give the evidence [@source, p. 1].
- **Second point.** Compare the figures: before and after, at home and abroad.
- **Third point.** Show where concepts were swapped, quotes cut or a case generalised.

## 4. Conclusion

Restate the facts in a few clear, calm and convincing sentences. Name the consequences of the false claim where the evidence supports it, and what readers can check for themselves.
`;

/**
 * The templates a workspace starts with: a rebuttal (claim → context →
 * counter-evidence with citations → conclusion) in Vietnamese and English.
 * Fixed ids, so the migration that adds them gives every workspace the same;
 * catalog migration 2 copies them, so change them only together with a new migration.
 */
export const DEFAULT_TEMPLATES: readonly Template[] = Object.freeze([
  Object.freeze({
    id: 'templaterebuttalvi',
    name: 'Bài phản bác',
    language: 'vi',
    title: 'Sự thật về luận điểm “{{claim}}”',
    body: REBUTTAL_VI,
  }),
  Object.freeze({
    id: 'templaterebuttalen',
    name: 'Rebuttal',
    language: 'en',
    title: 'The facts behind the claim “{{claim}}”',
    body: REBUTTAL_EN,
  }),
] satisfies Template[]);

/** A fresh, mutable copy of {@link DEFAULT_TEMPLATES}. */
export function defaultTemplates(): Template[] {
  return DEFAULT_TEMPLATES.map((template) => ({ ...template }));
}
