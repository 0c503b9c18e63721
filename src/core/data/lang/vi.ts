import type { LanguagePack } from './languagePack.ts';

/** Vietnamese. */
export const vi: LanguagePack = {
  code: 'vi',
  sourceLabels: ["Nguồn", "Nguồn tin", "Nguồn thông tin", "Nguồn bài viết", "Nguồn bài", "Bài gốc", "Bài viết gốc", "Trích nguồn", "Nguồn tham khảo", "Nguồn bài gốc", "Nguồn gốc bài viết", "Theo nguồn"],
  sourceLeads: ["Theo", "Dịch từ", "Lược dịch từ", "Lược dịch theo", "Biên dịch từ"],
  readMore: ["Xem thêm tại", "Xem chi tiết tại", "Xem tiếp tại", "Xem toàn bộ bài viết tại", "Đọc thêm tại", "Đọc tiếp tại", "Đọc bài gốc tại", "Xem bài gốc tại", "Xem bài viết gốc tại", "Đọc bài viết gốc tại", "Xem nguyên văn tại", "Xem toàn văn tại"],
  originPhrases: ["{bài viết|bài báo|bài} {này |}{được |}{đăng|xuất bản|đăng tải} {lần đầu|đầu tiên|gốc} {tại|trên|bởi}"],
  feedFooters: ["xuất hiện {lần |}đầu tiên", "xuất hiện đầu tiên {tại|trên}"],
  publisherDescriptors: ["báo", "báo điện tử", "tờ", "tờ báo", "trang", "trang tin", "trang web", "tạp chí", "hãng tin", "hãng thông tấn", "kênh", "đài", "cổng thông tin"],
  conjunctions: ["và", "cùng"],
  posterLabels: ["đăng bởi", "người đăng", "bởi", "viết bởi", "đăng bài", "tác giả", "người viết"],
};
