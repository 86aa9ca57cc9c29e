// How Vietnamese reports name what a number counts (domain.md §4, §6–7). Every pattern runs on the
// folded text (lower case, "thỏa" not "thoả"). The words are the field's, not one article's.

const EDGE = '\\p{L}\\p{N}'
/** A whole-word pattern: JavaScript's \b knows no Vietnamese letters. */
export const words = (src: string, flags = 'gu') => new RegExp(`(?<![${EDGE}])(?:${src})(?![${EDGE}])`, flags)
/** Anchored at the start of a stretch (after spaces). */
export const leading = (src: string) => new RegExp(`^\\s*(?:${src})(?![${EDGE}])`, 'u')
/** Anchored at the end of a stretch (before spaces). */
export const trailing = (src: string) => new RegExp(`(?<![${EDGE}])(?:${src})\\s*$`, 'u')

/** Verbs and phrases that say what was done; the noun after the number must fit. */
export type CueClass = 'new_union' | 'recruit' | 'refer' | 'sign' | 'fee' | 'dues' | 'care' | 'stock'

export const CUES: ReadonlyArray<{ cls: CueClass; re: RegExp }> = [
  { cls: 'new_union', re: words('thành lập|xây dựng mới|tái lập') },
  { cls: 'recruit', re: words('kết nạp|phát triển') },
  { cls: 'refer', re: words('giới thiệu') },
  { cls: 'sign', re: words('ký kết|ký mới|tái ký|ký') },
  {
    cls: 'fee',
    // "kinh phí công đoàn 2%" names the fee (2% of the wage bill); the 2% is not a result.
    re: words(
      '(?:thu(?: và trích nộp| nộp| được)? (?:kinh phí công đoàn|kinh phí cđ|kpcđ|kinh phí|2% kinh phí)|kinh phí công đoàn thu|kpcđ thu)(?: \\(?2 ?%\\)?)?',
    ),
  },
  { cls: 'dues', re: words('(?:thu )?đoàn phí(?: công đoàn| cđ)?') },
  {
    cls: 'care',
    re: words(
      'khám(?: sức khỏe| bệnh)?(?: định kỳ)? miễn phí|chăm lo|hỗ trợ|tặng(?: quà)?|trao(?: quà| tặng)?|thăm hỏi|thăm|trợ cấp|chi hỗ trợ|chi chăm lo|chi thăm hỏi|chi trợ cấp|động viên|nhận(?: được)? quà',
    ),
  },
  {
    cls: 'stock',
    re: words(
      'trực tiếp quản lý|quản lý(?:, chỉ đạo)? trực tiếp|quản lý|hiện có|hiện đang có|đang có|tổng số(?! tiền| kinh phí)|toàn (?:quận|huyện|thị xã|thành phố|phường|xã|ngành) (?:hiện )?có',
    ),
  },
]

/** Things a count can be of. `other` is anything else: phường, nghiệp đoàn, đơn vị, doanh nghiệp… */
export type NounClass =
  | 'union'
  | 'member'
  | 'member_elite'
  | 'people_mixed'
  | 'workers'
  | 'people'
  | 'cla'
  | 'cla_bare'
  | 'none'
  | 'other'

const NOT_GRASSROOTS =
  'cấp trên|ngành|khối|xã|phường|thị trấn|huyện|quận|thị xã|các khu|khu|viên|giáo dục|y tế|bộ phận|tổ|việt nam|thành phố|tp|cơ quan|tỉnh|thủ đô'

/** In order: the first that matches at the start of the words after a number wins. */
export const NOUNS: ReadonlyArray<{ cls: NounClass; re: RegExp }> = [
  {
    cls: 'union',
    re: leading(
      `(?:tổ chức )?(?:công đoàn cơ sở|cđ cơ sở|cđcs)(?: thành viên)?(?:\\s*\\((?:cđcs|ccđcs)\\))?(?: mới)?|(?:tổ chức )?(?:công đoàn|cđ)(?! (?:${NOT_GRASSROOTS})(?![${EDGE}]))(?: mới)?`,
    ),
  },
  { cls: 'member_elite', re: leading('(?:đoàn viên|công đoàn viên)(?: công đoàn)? ưu tú|quần chúng ưu tú') },
  {
    cls: 'people_mixed',
    re: leading(
      '(?:lượt )?(?:đoàn viên|đv)(?: công đoàn| cđ)?,? (?:và )?(?:người lao động|nlđ|cnlđ|công nhân|lao động|cnvclđ|con đoàn viên)',
    ),
  },
  {
    cls: 'member',
    re: leading('(?:nữ )?(?:đoàn viên|công đoàn viên|đv)(?: công đoàn| cđ)?(?: nữ)?(?: mới)?'),
  },
  {
    cls: 'workers',
    re: leading(
      'công nhân,? viên chức,? (?:người )?lao động|công nhân viên chức lao động|cnvclđ|cnvc ?- ?lđ|cnvc,? lđ|cán bộ,? (?:công chức,? )?viên chức,? (?:người )?lao động',
    ),
  },
  {
    cls: 'people',
    re: leading(
      'lượt(?: người| đoàn viên| nlđ| cnlđ| công nhân| người lao động| lao động| cnvclđ)?|người lao động|nlđ|cnlđ|công nhân lao động|công nhân|người|trường hợp|lao động|quần chúng',
    ),
  },
  { cls: 'cla', re: leading('(?:bản )?(?:thỏa ước(?: lao động tập thể)?|tưlđtt|tư lđtt|tư ?- ?lđtt)') },
  { cls: 'cla_bare', re: leading('bản(?! thỏa thuận)') },
]

/** Nothing after the number but punctuation or a joining word: the thing was named before it. */
export const NO_NOUN =
  /^\s*(?:[.,;:)…]|và(?![\p{L}])|$|\(đạt|\(bằng|\(vượt|đạt(?![\p{L}])|bằng(?![\p{L}])|vượt(?![\p{L}])|trên tổng|so với)/u

/** Qualifiers right before a number ("hơn 10 tỷ") or right after ("25 đoàn viên trở lên"). */
export const QUALIFIER_BEFORE: ReadonlyArray<{ q: 'at_least' | 'at_most' | 'about'; re: RegExp }> = [
  { q: 'at_least', re: trailing('hơn|trên|ngoài|ít nhất|tối thiểu|không dưới|không ít hơn') },
  { q: 'at_most', re: trailing('gần|tối đa|không quá|dưới|chưa đến|chưa tới|chưa đầy|non') },
  {
    q: 'about',
    re: trailing('khoảng|xấp xỉ|ước(?: đạt| tính| khoảng| thực hiện)?|chừng|độ|tầm|gần như|trên dưới'),
  },
]
export const QUALIFIER_AFTER: ReadonlyArray<{ q: 'at_least' | 'at_most'; re: RegExp }> = [
  { q: 'at_least', re: leading('trở lên') },
  { q: 'at_most', re: leading('trở xuống') },
]

/** "CĐCS có từ 25 đoàn viên trở lên": the 2024 indicator, named by its definition. */
export const UNIONS_25PLUS = leading('(?:mới )?(?:có )?(?:từ |trên )?25 (?:đoàn viên|đv)(?: trở lên)?')

/** A figure given for each of something is a rate, not a total: "30 triệu đồng/mái ấm", "mỗi suất". */
export const RATE_AFTER = /^\s*(?:\/|một |mỗi |cho mỗi |\/ ?mỗi )\s*\p{L}/u
export const RATE_BEFORE = trailing(
  'mỗi|mức(?: hỗ trợ| chi| tặng)?|định mức|bình quân|trung bình|mỗi suất|mỗi người|một suất|một người',
)

/** Words that open a statement of targets ("được giao …", "phấn đấu …", "Kế hoạch năm 2025: …"). */
export const TARGET_OPEN = words(
  'được giao|giao(?: chỉ tiêu)?|phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|đăng ký|phương hướng',
)
/** "hoàn thành chỉ tiêu", "vượt kế hoạch", "đạt 105% kế hoạch": a target named, but a result stated. */
export const TARGET_DONE = /(?:hoàn thành|vượt|đạt|bằng|theo|so với|vượt mức|%)\s*(?:\S+\s*){0,2}$/u
/** Words that close a statement of targets: what follows is a result. */
export const RESULT_MARK = words('đã|kết quả|thực hiện được|đạt|vượt|hoàn thành')
/** "…, chỉ tiêu 1.050", "/chỉ tiêu 1.050", "so với kế hoạch 1.050" right after a result. */
export const TARGET_AFTER =
  /^\s*[,(]?\s*(?:\/|trên|so với|theo)?\s*(?:chỉ tiêu|kế hoạch|kh)(?: (?:được |cấp trên |tp |thành phố )?giao)?(?: là)?\s*:?\s*$/u

/** Words that make a following percentage an achievement rate ("đạt 104% kế hoạch"). */
export const PERCENT_LEAD = /(?:^|[\s,(;])(?:đạt|bằng|hoàn thành|tương đương|tương ứng|vượt|=)(?![\p{L}])/u
export const PERCENT_OTHER = words(
  'tăng|giảm|chiếm|tỷ lệ|so với cùng kỳ|so với năm|cao hơn|thấp hơn|gấp',
  'u',
)
export const TARGET_WORD = words('chỉ tiêu|kế hoạch|kh|dự toán|chỉ tiêu giao|nhiệm vụ', 'u')

/** Parts of a figure already counted: "trong đó…", "riêng…", "gồm…". */
export const PART_MARK = words('trong đó|trong số đó|riêng|bao gồm|gồm(?: có)?|cụ thể gồm')
/** A total of the figures just listed: "tổng cộng 800 triệu đồng". */
export const TOTAL_BEFORE = trailing(
  'tổng cộng(?: là)?|cộng lại(?: là)?|tính chung(?: là)?|tổng các khoản(?: là)?',
)

/** Not a union's own spending (domain.md §5): loans, rent cuts by landlords, partners' discounts. */
export const NOT_WELFARE = words(
  'vay|vốn|trợ vốn|ưu đãi|giảm giá|chủ trọ|nhà trọ|tiền trọ|hưởng lợi|quyên góp|ủng hộ đồng bào|ủng hộ quỹ|đóng góp|xã hội hóa|dự chi|sẽ|bằng khen|giấy khen|cờ thi đua|danh hiệu|khen thưởng|kỷ niệm chương|biểu dương|tuyên dương',
  'u',
)
/** Union fee collection that is only a slice of the year's total. */
export const FEE_PART = words(
  'truy thu|chưa có tổ chức công đoàn|chưa thành lập công đoàn|nộp về|nộp lên|trích nộp|cấp trên|phân bổ|được cấp',
  'u',
)
/** "kết nạp … vào Đảng" is the Party's admission, not a union's. */
export const PARTY = words('đảng', 'u')
export const PARTY_ADMISSION = words('(?:kết nạp|được kết nạp)(?: vào)? đảng|đảng viên|vào đảng', 'u')
/** A future or conditional action is neither a result nor (without a target word) a target. */
export const FUTURE = words('sẽ|dự chi|dự kiến sẽ|nếu', 'u')

/** What a money amount is, when it follows its activity at a distance ("… với tổng số tiền 1 tỷ …"). */
export const MONEY_LEAD = trailing(
  '(?:với |có |là |bằng )?(?:tổng )?(?:số tiền|trị giá|giá trị|kinh phí|tổng trị giá|tổng kinh phí|tiền mặt)(?: hỗ trợ| chăm lo| tặng| là)*(?: là)?\\s*:?(?: (?:hơn|trên|gần|khoảng|xấp xỉ|ước|ít nhất|tối thiểu))?',
)

/** Words a number gets from what comes after it when the verb follows ("15 CĐCS được thành lập"). */
export const PASSIVE_AFTER: ReadonlyArray<{ cls: CueClass; re: RegExp }> = [
  { cls: 'new_union', re: leading('(?:đã )?được thành lập|thành lập mới|mới thành lập') },
  { cls: 'recruit', re: leading('(?:đã )?được kết nạp|mới được kết nạp|kết nạp mới') },
  { cls: 'sign', re: leading('(?:đã )?được ký(?: kết| mới)?|ký mới|ký kết mới') },
  {
    cls: 'care',
    re: leading(
      '(?:đã )?(?:được (?:nhận )?|nhận được |nhận )(?:hỗ trợ|tặng quà|tặng|trao quà|trao|thăm hỏi|thăm|chăm lo|trợ cấp|nhận quà|quà)',
    ),
  },
]

/** A stock is what a unit has, not who came to something: "tổng số 300 đoàn viên tham gia". */
export const STOCK_BLOCK_AFTER = leading('(?:đã )?(?:tham gia|dự|được|đến|về dự|có mặt|đăng ký)')

/** An amount followed by what it paid for: "trên 100 tỷ đồng hỗ trợ cho 120 nghìn đoàn viên". */
export const MONEY_PURPOSE_AFTER = leading(
  '(?:để |dùng để |nhằm )?(?:hỗ trợ|chăm lo|tặng quà|tặng|thăm hỏi|trợ cấp|chi hỗ trợ)',
)

/** Connector between items of one list: the later item shares the earlier one's verb. */
export const LIST_JOIN =
  /^[\s,;]*(?:(?:và|với|cùng|cùng với|trong đó(?: có)?)\s+)?(?:(?:tổng số|là)\s+)?(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$/u
