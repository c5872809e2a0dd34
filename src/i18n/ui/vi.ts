/**
 * Vietnamese UI strings: the source of truth. Every other locale must have
 * exactly these keys (checked by the type of en.ts). Content words live in
 * content/, not here.
 */
export const vi = {
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'site.homeLabel': 'Trang chủ An toàn số',
  'site.mainNav': 'Điều hướng chính',
  'site.breadcrumbs': 'Bạn đang ở',
  'site.languageSwitch': 'English',
  'site.languageSwitchLabel': 'Read this page in English',

  'nav.parents': 'Phụ huynh',
  'nav.teachers': 'Giáo viên',
  'nav.children': 'Trẻ em',
  'nav.search': 'Tìm kiếm',
  'nav.navigator': 'Tôi nên làm gì?',

  'hotline.call': 'Gọi 111',
  'hotline.free': 'Miễn phí, 24/7',
  'hotline.callLabel': 'Gọi 111, Tổng đài quốc gia bảo vệ trẻ em, miễn phí, 24/7',
  'hotline.learnMore': 'Tổng đài 111 là gì?',

  'exit.button': 'Thoát nhanh',
  'exit.buttonHint': 'Rời trang này ngay',
  'exit.keyboardHint': 'Hoặc nhấn phím Shift 3 lần.',
  'exit.pressTwoMore': 'Nhấn Shift thêm 2 lần nữa để thoát trang.',
  'exit.pressOneMore': 'Nhấn Shift thêm 1 lần nữa để thoát trang.',
  'exit.leaving': 'Đang thoát trang.',
  'exit.timedOut': 'Đã hủy thoát trang.',

  'search.label': 'Tìm trong trang',
  'search.placeholder': 'Ví dụ: bắt nạt, lừa đảo game',
  'search.submit': 'Tìm',

  'footer.emergency': 'Số điện thoại khẩn cấp',
  'footer.about': 'Giới thiệu',
  'footer.privacy': 'Quyền riêng tư',
  'footer.accessibility': 'Tuyên bố trợ năng',
  'footer.plan': 'Trang này phục vụ',
  'footer.noTracking': 'Trang không dùng cookie, không theo dõi người đọc.',

  'home.title': 'An toàn số: giữ an toàn cho trẻ em trên mạng',
  'home.lede': 'Hướng dẫn ngắn, làm được ngay cho cha mẹ, thầy cô và các em.',
  'home.urgentTitle': 'Cần giúp ngay?',
  'home.urgentText': 'Nếu một em nhỏ đang bị đe dọa, bị xâm hại hay bắt nạt, hãy gọi 111. Gọi miễn phí, có người nghe máy cả ngày lẫn đêm.',
  'home.audienceTitle': 'Bạn là ai?',
  'home.parentsText': 'Nhận biết dấu hiệu, biết làm gì, cài đặt kiểm soát trên điện thoại của con.',
  'home.teachersText': 'Kế hoạch bài dạy, phiếu học tập, tải về PDF và Word.',
  'home.childrenText': 'Em gặp chuyện trên mạng? Đọc xem nên làm gì và làm bài trắc nghiệm.',
  'home.latest': 'Mới cập nhật',

  'hub.parents.title': 'Dành cho phụ huynh',
  'hub.parents.lede': 'Nhận biết điều đang xảy ra với con, biết làm gì tối nay, và cài đặt kiểm soát trên thiết bị trong nhà.',
  'hub.teachers.title': 'Dành cho giáo viên',
  'hub.teachers.lede': 'Bài dạy một tiết theo mẫu kế hoạch bài dạy, phiếu học tập in được, và hướng dẫn khi học sinh kể chuyện bị hại.',
  'hub.children.title': 'Dành cho các em',
  'hub.children.lede': 'Gặp chuyện lạ trên mạng? Em không có lỗi. Đọc xem nên làm gì, và nhớ: em luôn có thể gọi 111.',
  'hub.byProblem': 'Con tôi đang…',
  'hub.byAge': 'Theo độ tuổi',
  'hub.byDevice': 'Theo thiết bị và ứng dụng',
  'hub.guides': 'Hướng dẫn',
  'hub.controls': 'Cài đặt kiểm soát của cha mẹ',
  'hub.lessons': 'Bài dạy',
  'hub.quizzes': 'Trắc nghiệm',
  'hub.downloads': 'Tài liệu tải về',
  'hub.empty': 'Chưa có bài nào trong mục này.',

  'audience.parents': 'Phụ huynh',
  'audience.teachers': 'Giáo viên',
  'audience.children': 'Trẻ em',

  'age.under-8': 'Dưới 8 tuổi',
  'age.8-10': '8–10 tuổi',
  'age.11-13': '11–13 tuổi',
  'age.14-15': '14–15 tuổi',
  'age.16-17': '16–17 tuổi',

  'kind.guide': 'Hướng dẫn',
  'kind.control': 'Kiểm soát của cha mẹ',
  'kind.lesson': 'Bài dạy',
  'kind.quiz': 'Trắc nghiệm',
  'kind.children': 'Cho các em',
  'kind.page': 'Trang',
  'kind.campaign': 'Chiến dịch',

  'article.summary': 'Tóm tắt',
  'article.reviewed': 'Rà soát lần cuối',
  'article.sources': 'Nguồn',
  'article.topics': 'Chủ đề',
  'article.forAudience': 'Dành cho',
  'article.print': 'In trang này',

  'guide.rhythm.whatItIs': 'Đó là gì?',
  'guide.rhythm.warningSigns': 'Dấu hiệu cảnh báo',
  'guide.rhythm.whatToDo': 'Làm gì ngay bây giờ',
  'guide.rhythm.talk': 'Nói chuyện với con thế nào',
  'guide.rhythm.getHelp': 'Tìm trợ giúp ở đâu',

  'help.title': 'Tìm trợ giúp ở đâu',
  'help.call': 'Gọi',
  'help.website': 'Trang web',

  'control.checked': 'Các bước được kiểm tra ngày',
  'control.version': 'Áp dụng cho',
  'control.timeNeeded': 'Thời gian cần',
  'control.devices': 'Thiết bị',
  'control.steps': 'Các bước',
  'control.limits': 'Cài đặt này không làm được gì',
  'control.labelsDiffer': 'Tên các mục trong ứng dụng có thể khác một chút trên điện thoại của bạn, tùy phiên bản và ngôn ngữ cài đặt. Nếu không thấy đúng tên, hãy tìm mục có ý nghĩa gần nhất.',

  'fallback.notice': 'Trang này chưa có bản tiếng Anh nên đang hiển thị bản tiếng Việt.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang bạn tìm không có ở đây. Có thể địa chỉ bị gõ sai hoặc trang đã chuyển chỗ.',
  'notFound.home': 'Về trang chủ',

  'hotlinePage.callNow': 'Gọi 111 ngay',

  'search.title': 'Tìm kiếm',
  'search.noJs': 'Ô tìm kiếm cần JavaScript. Bạn vẫn có thể tìm bài theo người đọc và theo chủ đề:',
  'search.byTopic': 'Theo chủ đề',
  'search.byAudience': 'Theo người đọc',
} as const;

export type UiKey = keyof typeof vi;
