/**
 * How people actually ask: everyday phrasings a parent, a teacher or a child
 * types into the search box, and the page that must be among the first five
 * results. Written from the way questions are posted in parents' groups and
 * forums, not from page titles: with and without tone marks, `d` for `đ`,
 * and whole worried sentences.
 *
 * Anyone may add a phrase: give the query as typed, who would type it, and
 * the path (or paths, any of which will do) of the page that answers it.
 * search-phrases.spec.ts runs every entry against the built index, and
 * tests/unit/search-phrase-map.test.ts checks that the phrase map in
 * content/data/search-phrases.yaml never holds one of these word for word,
 * so the map has to generalise rather than memorise.
 */
export interface SearchPhrase {
  query: string;
  who: 'parent' | 'teacher' | 'child';
  /** The search page it is typed into: /tim-kiem/ or /en/search/. */
  locale: 'vi' | 'en';
  /** Paths of pages that answer it; at least one must be in the first five results. */
  expect: string[];
  /** The help box (Gọi 111, Tôi nên làm gì?) must be shown above the results. */
  help?: boolean;
}

export const searchPhrases: SearchPhrase[] = [
  // Parents, Vietnamese
  {
    query: 'con bị dọa tung ảnh',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/tong-tien-bang-anh-nhay-cam/'],
    help: true,
  },
  {
    query: 'con bi doa tung anh',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/tong-tien-bang-anh-nhay-cam/'],
    help: true,
  },
  {
    query: 'chan web nguoi lon',
    who: 'parent',
    locale: 'vi',
    expect: ['/kiem-soat-cha-me/loc-dns-router/', '/kiem-soat-cha-me/google-family-link/'],
  },
  { query: 'goi 111 co mat tien khong', who: 'parent', locale: 'vi', expect: ['/111/'] },
  { query: 'so dien thoai tong dai tre em', who: 'parent', locale: 'vi', expect: ['/111/'] },
  {
    query: 'nguoi la ket ban roi nhan tin rieng voi con gai toi',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/du-do-tre-qua-mang/'],
    help: true,
  },
  {
    query: 'khóa điện thoại của con lại không cho chơi',
    who: 'parent',
    locale: 'vi',
    expect: [
      '/kiem-soat-cha-me/google-family-link/',
      '/kiem-soat-cha-me/apple-thoi-gian-su-dung/',
      '/kiem-soat-cha-me/bon-lop-kiem-soat/',
    ],
  },
  {
    query: 'con nghien game suot ngay khong chiu hoc',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/game-va-thoi-gian-man-hinh/'],
  },
  {
    query: 'con bi ban cung lop che gieu tren facebook',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/bat-nat-truc-tuyen/'],
    help: true,
  },
  {
    query: 'anh nong cua con bi phat tan',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/hinh-anh-xam-hai-tre-em/', '/huong-dan/tong-tien-bang-anh-nhay-cam/'],
    help: true,
  },
  { query: 'con bi lua mat tien nap the game', who: 'parent', locale: 'vi', expect: ['/huong-dan/lua-dao-tren-mang/'] },
  {
    query: 'con xem clip bạo lực trên tiktok',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/noi-dung-doc-hai/', '/kiem-soat-cha-me/tiktok-gia-dinh-thong-minh/'],
  },
  {
    query: 'con thuc khuya luot dien thoai mat ngu',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/suc-khoe-tam-than-so/'],
  },
  {
    query: 'bao cong an o dau khi con bi hai tren mang',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/cach-bao-cao/'],
  },
  {
    query: 'con kể có chuyện trên mạng, tôi nên làm gì',
    who: 'parent',
    locale: 'vi',
    expect: ['/toi-nen-lam-gi/', '/huong-dan/khi-con-ke-chuyen/'],
  },
  // `d` typed for `đ` in "đòi", "đặt"
  {
    query: 'nguoi la doi gap mat con',
    who: 'parent',
    locale: 'vi',
    expect: ['/huong-dan/du-do-tre-qua-mang/'],
    help: true,
  },
  { query: 'dat gioi han youtube cho be', who: 'parent', locale: 'vi', expect: ['/kiem-soat-cha-me/youtube/'] },
  // Teachers, Vietnamese
  {
    query: 'giáo án an toàn trên mạng lớp 4',
    who: 'teacher',
    locale: 'vi',
    expect: [
      '/bai-giang/th-nguoi-la-tren-mang/',
      '/bai-giang/th-thong-tin-ca-nhan-va-mat-khau/',
      '/bai-giang/th-ai-giup-em-111/',
    ],
  },
  {
    query: 'hoc sinh ke bi xam hai thi giao vien phai lam gi',
    who: 'teacher',
    locale: 'vi',
    expect: ['/huong-dan/khi-hoc-sinh-ke-chuyen-bi-hai/'],
  },
  {
    query: 'bai day lua dao online cho hoc sinh thcs',
    who: 'teacher',
    locale: 'vi',
    expect: ['/bai-giang/thcs-lua-dao-va-kiem-chung/'],
  },
  // Children, Vietnamese
  { query: 'co nguoi doi em gui anh', who: 'child', locale: 'vi', expect: ['/huong-dan/ai-do-xin-anh/'], help: true },
  {
    query: 'có người gọi bảo là công an đòi tiền',
    who: 'child',
    locale: 'vi',
    expect: ['/huong-dan/cuoc-goi-gia-cong-an/'],
  },
  {
    query: 'em bi ban be noi xau trong nhom zalo',
    who: 'child',
    locale: 'vi',
    expect: ['/huong-dan/bi-bat-nat-tren-mang/', '/huong-dan/bat-nat-truc-tuyen/'],
    help: true,
  },
  {
    query: 'em không dám kể với bố mẹ',
    who: 'child',
    locale: 'vi',
    expect: ['/huong-dan/ai-co-the-giup-em/', '/huong-dan/bi-mat-khong-nen-giu/'],
  },
  // English
  {
    query: 'someone is threatening to share my sons nudes',
    who: 'parent',
    locale: 'en',
    expect: ['/en/guides/sextortion/'],
    help: true,
  },
  {
    query: 'block adult websites on home wifi',
    who: 'parent',
    locale: 'en',
    expect: ['/en/parental-controls/router-dns-filters/'],
  },
  { query: 'is calling 111 free', who: 'parent', locale: 'en', expect: ['/en/111/'] },
  {
    query: 'my daughter is on her phone all night',
    who: 'parent',
    locale: 'en',
    expect: ['/en/guides/digital-wellbeing/', '/en/guides/gaming-and-screen-time/'],
  },
  {
    query: 'a stranger keeps messaging me',
    who: 'child',
    locale: 'en',
    expect: ['/en/guides/someone-you-dont-know/'],
    help: true,
  },
  {
    query: 'lesson plan about scams for secondary school',
    who: 'teacher',
    locale: 'en',
    expect: ['/en/lessons/scams-and-checking-information/', '/en/lessons/job-scams-and-online-kidnapping/'],
  },
];
