import type { Language } from '../model/settings.js';

/** What the first-run guide puts into a new workspace: one source, one claim, the guide article. */
export interface GuideContent {
  source: {
    key: string;
    kind: 'document';
    title: string;
    author: string;
    publisher: string;
    date: string;
    excerpt: { text: string; location: string };
  };
  claim: { statement: string; summary: string; categoryId: string; notes: string };
  article: { title: string; body: string };
}

/** The key of the guide's example source; the guide cites it. */
export const GUIDE_SOURCE_KEY = 'hienphap2013';
/** The claim category the guide's example claim belongs to (exploiting corruption). */
const GUIDE_CATEGORY_ID = 'categorycorruption';

const CONSTITUTION_ARTICLE_4_2 =
  'Đảng Cộng sản Việt Nam gắn bó mật thiết với Nhân dân, phục vụ Nhân dân, chịu sự giám sát của Nhân dân, chịu trách nhiệm trước Nhân dân về những quyết định của mình.';

const GUIDE_VI: GuideContent = {
  source: {
    key: GUIDE_SOURCE_KEY,
    kind: 'document',
    title: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    author: 'Quốc hội',
    publisher: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    date: '2013-11-28',
    excerpt: { text: CONSTITUTION_ARTICLE_4_2, location: 'Điều 4, khoản 2' },
  },
  claim: {
    statement: 'Chống tham nhũng chỉ là đấu đá phe phái',
    summary: 'Luận điểm coi công cuộc phòng, chống tham nhũng là cuộc tranh giành quyền lực nội bộ.',
    categoryId: GUIDE_CATEGORY_ID,
    notes: 'Luận điểm mẫu của bài hướng dẫn; có thể xoá.',
  },
  article: {
    title: 'Bắt đầu với Rebuttal Desk',
    body: `Chào mừng bạn đến với **Rebuttal Desk**, bàn soạn thảo bài phản bác chạy hoàn toàn ngoại tuyến. Bài này giới thiệu những gì cần biết trong năm phút; đọc xong có thể xoá nó như mọi bài viết khác.

## Soạn thảo và lưu

Gõ thẳng vào ô soạn thảo bằng Markdown: \`**đậm**\`, \`*nghiêng*\`, \`## Tiêu đề\`, \`- danh sách\`, \`> trích dẫn\`. Bài tự lưu khoảng một giây sau khi ngừng gõ, và lưu ngay khi chuyển bài, rời cửa sổ hay thoát. Nhấn **Ctrl+S** (⌘S trên máy Mac) để lưu ngay.

Nhấn **F1** để xem bảng phím tắt và cú pháp Markdown bất cứ lúc nào.

## Luận điểm và nhóm luận điểm

Mỗi bài phản bác trả lời một hay nhiều **luận điểm**: một quan điểm đang lan truyền, ghi lại như một nhận định kèm nơi nó xuất hiện, không phải hồ sơ về con người. Bài này trả lời luận điểm mẫu [[claim:Chống tham nhũng chỉ là đấu đá phe phái]]; nhấp vào liên kết (giữ Ctrl) để mở trang của luận điểm.

Luận điểm được xếp theo các nhóm có sẵn: phủ nhận chủ nghĩa Mác – Lênin; phủ nhận sứ mệnh lịch sử của giai cấp công nhân; đối lập tư tưởng Hồ Chí Minh với chủ nghĩa Mác – Lênin; đòi đa nguyên chính trị, đa đảng đối lập; xuyên tạc con đường đi lên chủ nghĩa xã hội; “phi chính trị hóa” quân đội; lợi dụng tham nhũng, suy thoái cán bộ; xuyên tạc về dân chủ, nhân quyền. Có thể đổi tên, thêm, gộp các nhóm trong mục **Luận điểm**.

## Nguồn và trích dẫn

Mọi khẳng định cần có nguồn. Mục **Nguồn** lưu văn bản, số liệu, sách báo cùng các đoạn trích dùng lại được. Trích dẫn trong bài viết theo cú pháp \`[@khoá, vị trí]\`, ví dụ: Hiến pháp quy định Đảng “chịu sự giám sát của Nhân dân, chịu trách nhiệm trước Nhân dân về những quyết định của mình” [@${GUIDE_SOURCE_KEY}, Điều 4, khoản 2]. Bản xem trước đánh số chú thích và lập danh mục tài liệu tham khảo ở cuối bài.

## Liên kết giữa các bài

Gõ \`[[\` để liên kết tới một bài khác theo tiêu đề, ví dụ [[Bài phản bác đầu tiên của tôi]]. Liên kết tới bài chưa có hiện bằng nét đứt; đổi tên một bài thì mọi liên kết tới nó được sửa theo. Bảng bên phải cho thấy bài nào nhắc tới bài đang mở.

## Mẫu bài phản bác

Trên trang một luận điểm, nút **Viết bài phản bác** tạo bài mới theo mẫu (luận điểm → bối cảnh → sự thật và bằng chứng → kết luận), đã gắn sẵn với luận điểm. Các mẫu sửa được trong **Cài đặt**; biến \`{{claim}}\`, \`{{category}}\`, \`{{date}}\`, \`{{title}}\` được điền tự động.

## Những công cụ khác

- **Kiểm tra chính tả tiếng Việt** ngay khi gõ, không cần mạng: từ sai có gạch lượn sóng; nhấp chuột phải hoặc nhấn **Ctrl+.** để xem gợi ý, **F7** để tới lỗi tiếp theo.
- **Chỉ tiêu số chữ** cho từng bài, thời gian đọc, hạn nộp và số chữ đã viết trong ngày hiện ở chân trang.
- **Chế độ tập trung** (**F8**) chỉ để lại văn bản và làm nổi đoạn đang viết; **F9** giữ dòng đang gõ ở giữa màn hình.
- Tìm kiếm (**Ctrl+Shift+F**) không cần gõ dấu; **Ctrl+P** mở nhanh một bài, **Ctrl+Shift+P** mở bảng lệnh.

Mọi dữ liệu nằm trên máy này, trong thư mục kho bài viết; ứng dụng không bao giờ gửi gì ra ngoài. Bản sao lưu được tạo mỗi ngày và khi thoát.
`,
  },
};

const GUIDE_EN: GuideContent = {
  source: {
    ...GUIDE_VI.source,
    title: 'Constitution of the Socialist Republic of Viet Nam',
    author: 'National Assembly',
    publisher: 'National Assembly of the Socialist Republic of Viet Nam',
  },
  claim: {
    statement: 'The fight against corruption is only a factional struggle',
    summary: 'The claim likens the fight against corruption to an internal struggle for power.',
    categoryId: GUIDE_CATEGORY_ID,
    notes: 'The example claim of the guide; it can be deleted.',
  },
  article: {
    title: 'Getting started with Rebuttal Desk',
    body: `Welcome to **Rebuttal Desk**, a desk for drafting rebuttal articles that works entirely offline. This article shows what you need to know in five minutes; once read, you can delete it like any other article.

## Writing and saving

Type straight into the editor in Markdown: \`**bold**\`, \`*italic*\`, \`## Heading\`, \`- list\`, \`> quote\`. An article saves itself about a second after you stop typing, and at once when you switch articles, leave the window or quit. Press **Ctrl+S** (⌘S on a Mac) to save now.

Press **F1** at any time for the keyboard shortcuts and the Markdown syntax.

## Claims and their categories

Every rebuttal answers one or more **claims**: a viewpoint in circulation, recorded as a statement with where it appeared, never as a profile of a person. This article answers the example claim [[claim:The fight against corruption is only a factional struggle]]; Ctrl+click the link to open the claim's page.

Claims are grouped in the categories the workspace starts with: denying Marxism–Leninism; denying the historic mission of the working class; setting Hồ Chí Minh Thought against Marxism–Leninism; demands for political pluralism and a multi-party system; distorting the path to socialism; “depoliticising” the army; exploiting corruption and cadre degradation; distortions about democracy and human rights. Rename, add or merge categories under **Claims**.

## Sources and citations

Every statement needs a source. **Sources** keeps documents, statistics, books and articles with excerpts you can reuse. Cite one as \`[@key, location]\`, for example: the Constitution provides that the Party is “under the supervision of the People” and “accountable to the People for its decisions” [@${GUIDE_SOURCE_KEY}, Article 4(2)]. The preview numbers the notes and lists the references at the end.

## Links between articles

Type \`[[\` to link to another article by its title, for example [[My first rebuttal]]. A link to an article that does not exist yet is drawn dashed; renaming an article rewrites every link to it. The right-hand panel shows which articles mention the one that is open.

## The rebuttal template

On a claim's page, **Write a rebuttal** creates an article from the template (claim → context → facts and evidence → conclusion), already linked to the claim. Templates are edited in **Settings**; the variables \`{{claim}}\`, \`{{category}}\`, \`{{date}}\` and \`{{title}}\` are filled in for you.

## More tools

- **Spelling** in Vietnamese and English as you type, with no network: misspelt words get a wavy underline; right-click or press **Ctrl+.** for suggestions, **F7** for the next one.
- A **word target** per article, reading time, the deadline and the words written today show in the footer.
- **Focus mode** (**F8**) leaves only the text and highlights the paragraph being written; **F9** keeps the line being typed in the middle of the screen.
- Search (**Ctrl+Shift+F**) works without tone marks; **Ctrl+P** opens an article, **Ctrl+Shift+P** the command palette.

All data stays on this machine, in the workspace folder; the app never sends anything anywhere. A backup is made every day and when you quit.
`,
  },
};

/** The first-run guide in a UI language. */
export function guideContent(language: Language): GuideContent {
  return language === 'vi' ? GUIDE_VI : GUIDE_EN;
}
