/**
 * The most frequent Vietnamese syllables, most frequent first, as general
 * knowledge of written Vietnamese has them. They order suggestions before the
 * workspace has text of its own to count (a missing tone mark on "nguoi"
 * should offer "người" before "nguội").
 */
const COMMON = `và của có các là được trong cho không người những một với đã này để năm
đến ra khi về từ đó cũng như nhiều sự theo tại công ở làm trên sẽ nhà nước phải
việc thì hiện nhưng mới lại đi đang tôi chúng nói còn vào bị hơn hội thể nếu
động phát triển chính quốc dân mà ngày sau trước bằng đầu hay rất nên nhất gia
kinh tế xã chủ nghĩa đảng lãnh đạo thời gian cả vì điều tin giá học sinh thành
phố tỉnh huyện quan trọng hệ thống quản lý tổ chức cán bộ tham nhũng bảo vệ tư
tưởng lịch sử văn hóa hoá thông báo tác bài viết luận điệu xuyên tạc sai trái thù
địch phản bác luật pháp quyền hiến chính sách đất lực lượng quân đội nhân ý kiến
mình họ ta chỉ đây thế nào ai gì bao giờ đều cùng luôn rồi vẫn đúng sai thật
lớn nhỏ mọi số lần phần vấn đề cần nhằm thực hiện trình qua lên xuống giữa ngoài
biết thấy muốn cao tốt mạnh yếu tự do dân chủ tiến bộ đổi mới hòa hoà bình an
toàn xây dựng đấu tranh chống ngăn chặn kết quả mục tiêu con đường lối chương`;

const WORDS = COMMON.split(/\s+/).filter(Boolean);

/** A frequency for each common syllable, falling with its rank; 0 for any other word. */
export function commonFrequency(word: string): number {
  const rank = WORDS.indexOf(word);
  return rank < 0 ? 0 : Math.round(1000 / (1 + rank / 10));
}
