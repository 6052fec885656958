/**
 * The words people type as answers, per language: data only, read by flows/shared/answers.ts. One table
 * per language code; a conversation reads its own language's table, the tables `alsoReads` names for it,
 * and English always.
 *
 * Every entry is matched in loose form (lower case, no accents, letters repeated only once: "iyaaa" is
 * "iya", "nggak" is "ngak"), so write words plainly. The everyday words (yes, no, skip, none, done, all,
 * afraid, numbers) are in every table; the words of particular questions (who needs help, relationships,
 * when to write…) are in `id` and `en` only, the languages deployed today.
 *
 * The project's direction is that a language is a folder: a later change can load these tables from
 * `locales/<lang>/answers.*` with the same shape, and this file becomes the loader's schema.
 */

/** What a whole answer can mean. Each flow maps the senses it asks about to its button ids. */
export const senses = [
  'yes', 'no', 'skip', 'none', 'done', 'all', 'afraid', 'safe', 'alone', 'many',
  'myself', 'someone-else', 'status',
  'anytime', 'they-write-first', 'times',
  'send', 'change',
  'parent', 'child', 'sibling', 'spouse', 'relative', 'friend',
  'female', 'male',
  'this-chat', 'by-phone',
  'check-again', 'new-report', 'forgot-pin',
] as const;
export type Sense = (typeof senses)[number];

export interface AnswerWords {
  /** Words and phrases by what they mean when they are the whole answer. */
  senses: Partial<Record<Sense, readonly string[]>>;
  /** Words around an answer that change nothing: "iya kak", "ok siap", "ya saya". */
  fillers: readonly string[];
  /** Words that after another word are only a particle: the "ya" of "tidak ya". */
  particles: readonly string[];
  /** Between the numbers of a list ("1 dan 3") and of a range ("1 sampai 3"). */
  lists: { and: readonly string[]; through: readonly string[] };
  counts: {
    /** Number words. */
    numbers: Readonly<Record<string, number>>;
    /** Words that multiply the number before them: "dua puluh", "tiga ratus". */
    multipliers?: Readonly<Record<string, number>>;
    /** Words that add ten to the number before them: "dua belas". */
    teens?: readonly string[];
    /** "About": the number after them is a rough one. */
    about: readonly string[];
    moreThan: readonly string[];
    lessThan: readonly string[];
    /** Counts without a number, and the figure that stands for them ("puluhan", tens, as 20). */
    vague: Readonly<Record<string, number>>;
    /** Words around a count that say nothing more: "orang", "people", "kami". */
    nouns: readonly string[];
    /** Endings of a rough number: Indonesian "20an" (twenties), English "20ish". */
    roughEndings: readonly string[];
    /** Prefix of a collective number word: Indonesian "bertiga" (the three of us). */
    collective?: string;
  };
  /** Words that name a time of day or a day: "malam", "after 22:00" tells when it is safe to write. */
  times: readonly string[];
  /** What people call this language. */
  names: readonly string[];
}

const id: AnswerWords = {
  senses: {
    yes: ['ya', 'iya', 'iy', 'y', 'iyo', 'ok', 'oke', 'okey', 'okay', 'okeh', 'boleh', 'betul', 'benar', 'bener', 'setuju', 'saya setuju', 'sip', 'siap', 'baik', 'baiklah', 'mau', 'tentu', 'pasti', 'yoi', 'yup', 'ho oh', 'he eh', 'iya benar', 'lanjut'],
    no: [
      'tidak', 'tdk', 'tak', 'gak', 'ga', 'gk', 'g', 'nggak', 'ngak', 'enggak', 'engga', 'ngga', 'nda', 'ndak', 'bukan', 'tidak mau', 'gak mau', 'ga mau', 'nggak mau', 'ogah',
      'tidak setuju', 'gak setuju', 'ga setuju', 'nggak setuju', 'tdk setuju', 'jangan', 'tidak boleh', 'gak boleh', 'ga boleh', 'tidak sekarang', 'sekarang tidak',
    ],
    safe: ['aman', 'aman kok', 'masih aman', 'sekarang aman', 'saya aman', 'untuk sekarang aman', 'tidak bahaya', 'ga bahaya', 'gak bahaya', 'nggak bahaya', 'tidak dalam bahaya'],
    skip: [
      'lewati', 'lewat', 'lewatin', 'lewatkan', 'skip', 'ga tau', 'gak tau', 'gatau', 'gk tau', 'ngga tau', 'nggak tau', 'enggak tau', 'tidak tau', 'tidak tahu', 'tdk tahu', 'tdk tau',
      'nggak tahu', 'gak tahu', 'ga tahu', 'belum tahu', 'belum tau', 'blm tau', 'ntah', 'entah', 'entahlah', 'lupa', 'tidak ingat', 'gak ingat', 'ga ingat', 'nggak ingat', 'kurang tahu', 'kurang tau', 'tidak yakin', 'ga yakin', 'gak yakin',
    ],
    none: ['tidak ada', 'ga ada', 'gak ada', 'gk ada', 'nggak ada', 'enggak ada', 'ngga ada', 'tdk ada', 'gada', 'kosong', 'nihil', 'tidak punya', 'ga punya', 'gak punya', 'nggak punya', 'belum ada'],
    done: ['selesai', 'sudah', 'udah', 'dah', 'sdh', 'cukup', 'itu saja', 'itu aja', 'segitu', 'segitu aja', 'beres', 'sudah semua', 'udah semua'],
    all: ['semua', 'semuanya', 'semua nya', 'semua itu', 'semuanya benar'],
    afraid: ['takut', 'ketakutan', 'takut sekali', 'bahaya', 'dalam bahaya', 'iya bahaya', 'ya bahaya', 'gawat', 'tidak aman', 'ga aman', 'gak aman', 'nggak aman', 'tdk aman', 'belum aman'],
    alone: ['sendiri', 'sendirian', 'saya sendiri', 'aku sendiri', 'hanya saya', 'cuma saya', 'cuma aku', 'hanya aku', 'saya saja', 'seorang', 'seorang diri', 'satu orang'],
    many: ['banyak', 'banyak sekali', 'banyak banget', 'bnyk', 'byk', 'rame', 'ramai', 'penuh', 'banyak orang'],
    myself: ['saya', 'aku', 'saya sendiri', 'aku sendiri', 'sendiri', 'untuk saya', 'buat saya', 'utk saya', 'diri saya', 'diri sendiri', 'saya butuh bantuan', 'aku butuh bantuan', 'butuh bantuan', 'saya perlu bantuan'],
    'someone-else': [
      'orang lain', 'untuk orang lain', 'buat orang lain', 'melaporkan orang lain', 'lapor orang lain', 'orang hilang', 'lapor orang hilang', 'melaporkan orang hilang',
      'anak saya', 'anakku', 'suami saya', 'istri saya', 'suamiku', 'istriku', 'adik saya', 'adikku', 'kakak saya', 'kakakku', 'keluarga saya', 'saudara saya',
      'teman saya', 'temanku', 'ibu saya', 'ayah saya', 'bapak saya', 'bukan saya', 'bukan aku',
    ],
    status: ['cek laporan', 'cek status', 'status', 'cek', 'cek laporan saya', 'lihat laporan', 'laporan saya', 'status laporan', 'cek kasus', 'nomor kasus'],
    anytime: ['kapan saja', 'kapan aja', 'kapanpun', 'kapan pun', 'bebas', 'terserah', 'setiap saat', 'selalu', 'kapan saja boleh', 'kapan aja boleh', 'jam berapa saja', 'jam berapa aja'],
    'they-write-first': [
      'setelah saya menulis', 'setelah saya tulis', 'setelah saya chat', 'saya dulu', 'saya duluan', 'saya yang chat dulu', 'saya chat dulu', 'saya yang duluan',
      'tunggu saya', 'tunggu saya chat', 'tunggu chat saya', 'jangan chat dulu', 'jangan hubungi dulu', 'nanti saya hubungi', 'nanti saya chat', 'saya yang hubungi',
    ],
    times: ['jam tertentu', 'pada jam tertentu', 'hanya jam tertentu', 'waktu tertentu', 'hanya pada jam tertentu'],
    send: ['kirim', 'kirimkan', 'kirim saja', 'kirim aja', 'kirim sekarang', 'sudah benar', 'udah benar', 'sudah betul', 'sudah', 'udah', 'lanjut', 'kirim ke kedutaan'],
    change: ['ubah', 'ganti', 'edit', 'koreksi', 'perbaiki', 'salah', 'ada yang salah', 'belum benar', 'tidak benar', 'ubah sesuatu', 'ganti jawaban'],
    parent: ['anak saya', 'anak', 'anakku', 'putra saya', 'putri saya', 'anak laki laki saya', 'anak perempuan saya', 'anak kandung'],
    child: ['ayah saya', 'ibu saya', 'bapak saya', 'mama saya', 'papa saya', 'ayah', 'ibu', 'bapak', 'mama', 'papa', 'emak', 'mak', 'ortu', 'orang tua', 'orang tua saya', 'ayah atau ibu saya'],
    sibling: ['kakak', 'adik', 'kakak saya', 'adik saya', 'abang', 'abang saya', 'kakakku', 'adikku', 'saudara kandung', 'kakak atau adik saya', 'mbak saya', 'mas saya'],
    spouse: ['suami', 'istri', 'suami saya', 'istri saya', 'suamiku', 'istriku', 'isteri', 'isteri saya'],
    relative: ['keluarga', 'saudara', 'saudara saya', 'sepupu', 'paman', 'bibi', 'om saya', 'tante saya', 'keponakan', 'ponakan', 'cucu', 'kakek', 'nenek', 'menantu', 'ipar', 'kerabat'],
    friend: ['teman', 'kawan', 'sahabat', 'pacar', 'tunangan', 'tetangga', 'teman saya', 'temanku', 'pacar saya'],
    female: ['perempuan', 'wanita', 'cewek', 'cewe', 'cwe', 'p', 'pr', 'prempuan'],
    male: ['laki', 'laki laki', 'lakilaki', 'lelaki', 'pria', 'cowok', 'cowo', 'cwo', 'l', 'lk'],
    'this-chat': ['di sini', 'disini', 'sini', 'chat ini', 'di chat ini', 'lewat chat', 'lewat sini', 'chat', 'wa', 'whatsapp', 'wa ini', 'nomor ini', 'ini saja', 'di sini saja', 'disini saja', 'lewat chat ini'],
    'by-phone': ['telepon', 'telpon', 'telp', 'ditelepon', 'ditelpon', 'nomor lain', 'hp lain', 'lewat telepon', 'telepon saja', 'telpon saja', 'nomor telepon'],
    'check-again': ['cek lagi', 'cek lain', 'cek laporan lain', 'lagi', 'coba lagi', 'ulang', 'cek yang lain'],
    'new-report': ['lapor', 'laporan baru', 'buat laporan', 'lapor orang hilang', 'laporkan', 'buat laporan baru', 'melapor'],
    'forgot-pin': [
      'lupa', 'lupa pin', 'lupa pinnya', 'lupa pin nya', 'pin lupa', 'lupa nomor pin', 'lupa kode', 'lupa kode pin', 'pin hilang', 'pinnya hilang',
      'ga ingat', 'gak ingat', 'nggak ingat', 'tidak ingat', 'ga inget', 'gak inget', 'nggak inget', 'ga ingat pin', 'tidak ingat pin', 'ga ingat pinnya', 'tidak ingat pinnya',
    ],
  },
  fillers: [
    'kak', 'kakak', 'ka', 'kk', 'pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'mba', 'bang', 'abang', 'dek', 'dik', 'adik', 'min', 'admin', 'om', 'tante', 'sis', 'gan', 'bos',
    'saya', 'aku', 'sy', 'ak', 'aq', 'gue', 'gw', 'kami', 'kita', 'dia', 'itu', 'ini', 'adalah',
    'sih', 'deh', 'dong', 'donk', 'nih', 'tuh', 'lah', 'kok', 'kan', 'aja', 'saja', 'juga', 'jg', 'kah', 'loh', 'lho', 'mah', 'nya', 'dulu',
    'terima', 'kasih', 'makasih', 'trimakasih', 'terimakasih', 'trims', 'mohon', 'silakan', 'silahkan', 'baik', 'ok', 'oke', 'siap', 'halo', 'hai', 'hi', 'sekarang', 'ya', 'iya', 'y',
  ],
  particles: ['ya', 'yah'],
  lists: { and: ['dan', 'sama', 'serta', 'juga', 'atau', 'dgn', 'dengan', 'nomor', 'no', 'nomer', 'yang', 'yg', 'pilih', 'angka'], through: ['sampai', 'sampe', 'smp', 'hingga', 'sd', 's d'] },
  counts: {
    numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000 },
    multipliers: { puluh: 10, ratus: 100, ribu: 1000 },
    teens: ['belas'],
    about: ['kira', 'kira kira', 'kurang lebih', 'kurleb', 'sekitar', 'skitar', 'sktr', 'hampir', 'mungkin', 'kayaknya', 'kayanya', 'sepertinya', 'lebih kurang', 'perkiraan', 'kurang lebihnya'],
    moreThan: ['lebih dari', 'lbh dari', 'lebih dr', 'lebih', 'diatas', 'di atas', 'lewat dari', 'paling sedikit', 'minimal'],
    lessThan: ['kurang dari', 'dibawah', 'di bawah', 'tidak sampai', 'ga sampai', 'gak sampai', 'kurang dr'],
    vague: { belasan: 15, puluhan: 20, lusinan: 24, ratusan: 100, ribuan: 1000 },
    nouns: ['orang', 'org', 'jiwa', 'korban', 'pekerja', 'kami', 'kita', 'ada', 'disini', 'sini', 'di', 'total', 'semua', 'semuanya', 'termasuk', 'saya', 'aku', 'dengan', 'dgn', 'bersama', 'sama', 'yang', 'yg', 'ditahan', 'disekap'],
    roughEndings: ['an'],
    collective: 'ber',
  },
  times: [
    'jam', 'pukul', 'pkl', 'pagi', 'siang', 'sore', 'malam', 'mlm', 'subuh', 'tengah malam', 'dini hari', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu',
    'libur', 'istirahat', 'setelah', 'sebelum', 'habis', 'abis', 'waktu', 'saat', 'wib', 'wita',
  ],
  names: ['indonesia', 'bahasa indonesia', 'bahasa', 'indo', 'bhs indonesia', 'bhs indo', 'indonesian', 'b indonesia'],
};

const en: AnswerWords = {
  senses: {
    yes: ['yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'y', 'ok', 'okay', 'sure', 'of course', 'right', 'correct', 'agree', 'i agree', 'fine', 'alright', 'all right', 'affirmative', 'yes please', 'go ahead', 'true'],
    no: ['no', 'nope', 'nah', 'not', 'n', 'never', 'no way', 'not now', 'not right now', 'disagree', 'i disagree', 'don t agree', 'dont agree', 'do not agree', 'i do not agree', 'not ok', 'no thanks', 'false', 'not really'],
    safe: ['safe', 'i m safe', 'im safe', 'i am safe', 'safe now', 'not in danger', 'no danger', 'i am ok', 'i m ok', 'im ok', 'i m fine', 'im fine', 'i am fine'],
    skip: [
      'skip', 'pass', 'next', 'don t know', 'dont know', 'do not know', 'i don t know', 'idk', 'dunno', 'not sure', 'no idea', 'unknown', 'forgot', 'i forgot', 'can t remember', 'cant remember',
      'don t remember', 'dont remember', 'n a', 'na', 'not known', 'unsure', 'skip it', 'skip this',
    ],
    none: ['none', 'nothing', 'no one', 'nobody', 'not any', 'nil', 'none of them', 'none of these', 'nothing else'],
    done: ['done', 'finished', 'that s all', 'thats all', 'that is all', 'that s it', 'thats it', 'enough', 'continue', 'i m done', 'im done'],
    all: ['all', 'all of them', 'all of the above', 'everything', 'all of these', 'every one', 'all above'],
    afraid: ['scared', 'afraid', 'frightened', 'terrified', 'in danger', 'danger', 'not safe', 'unsafe', 'i m scared', 'im scared', 'i am scared', 'i am afraid', 'yes danger'],
    alone: ['alone', 'just me', 'only me', 'me', 'myself', 'only myself', 'me alone', 'by myself', 'just myself', 'one person', 'only one'],
    many: ['a lot', 'lots', 'many', 'loads', 'plenty', 'a lot of people', 'many people', 'lots of people', 'so many', 'too many'],
    myself: ['me', 'myself', 'i do', 'for me', 'me myself', 'i need help', 'i need help myself', 'it s me', 'its me', 'it is me', 'for myself'],
    'someone-else': [
      'someone else', 'somebody else', 'other person', 'another person', 'someone', 'a friend', 'my friend', 'my son', 'my daughter', 'my child', 'my husband', 'my wife',
      'my brother', 'my sister', 'my family', 'my mother', 'my father', 'family', 'missing person', 'report someone', 'report a missing person', 'not me', 'not for me',
    ],
    status: ['status', 'check', 'check status', 'check report', 'check my report', 'my report', 'report status', 'case status', 'check my case'],
    anytime: ['any time', 'anytime', 'whenever', 'always', 'all the time', 'any', 'anytime is fine', 'any time is fine', 'whenever you want', 'at any time'],
    'they-write-first': [
      'after i write', 'after i write first', 'i write first', 'i will write first', 'i ll write first', 'only after i write', 'wait for me', 'wait for my message', 'wait until i write',
      'don t write', 'dont write', 'do not write', 'don t message me', 'dont message me', 'i will contact you', 'i ll contact you', 'i will message you',
    ],
    times: ['certain times', 'at certain times', 'only at certain times', 'specific times', 'some times only', 'at set times'],
    send: ['send', 'send it', 'submit', 'confirm', 'correct', 'right', 'that s right', 'thats right', 'go ahead', 'send to the embassy', 'looks good', 'good', 'all good'],
    change: ['change', 'edit', 'wrong', 'fix', 'change something', 'not right', 'incorrect', 'correct it', 'something is wrong', 'mistake'],
    parent: ['my son', 'my daughter', 'my child', 'son', 'daughter', 'child', 'my kid', 'kid'],
    child: ['my father', 'my mother', 'my dad', 'my mom', 'my mum', 'father', 'mother', 'dad', 'mom', 'mum', 'parent', 'my parent', 'my parents'],
    sibling: ['my brother', 'my sister', 'brother', 'sister', 'sibling', 'my sibling'],
    spouse: ['my husband', 'my wife', 'husband', 'wife', 'spouse', 'my spouse', 'partner', 'my partner'],
    relative: ['relative', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandchild', 'family', 'in law', 'a relative', 'my cousin'],
    friend: ['friend', 'my friend', 'a friend', 'girlfriend', 'boyfriend', 'neighbour', 'neighbor', 'fiance', 'fiancee', 'colleague'],
    female: ['female', 'woman', 'girl', 'f', 'she', 'a woman', 'lady'],
    male: ['male', 'man', 'boy', 'm', 'he', 'a man', 'guy'],
    'this-chat': ['here', 'this chat', 'in this chat', 'chat here', 'this number', 'this one', 'here is fine', 'chat', 'here in this chat', 'by chat', 'message', 'text'],
    'by-phone': ['phone', 'call', 'call me', 'by phone', 'another number', 'other number', 'phone call', 'a call', 'ring me'],
    'check-again': ['again', 'check again', 'check another', 'another', 'try again', 'retry', 'another report', 'check another report'],
    'new-report': ['new report', 'report', 'make a report', 'report missing person', 'report a missing person', 'new'],
    'forgot-pin': [
      'forgot', 'forgot pin', 'forgot my pin', 'forgot the pin', 'forgotten', 'forgot it', 'lost pin', 'lost my pin', 'lost the pin',
      'don t remember', 'dont remember', 'do not remember', 'can t remember', 'cant remember', 'don t remember the pin', 'no pin', 'i have no pin',
    ],
  },
  fillers: [
    'i', 'm', 'am', 'we', 'it', 's', 'is', 'so', 'well', 'oh', 'um', 'uh', 'hmm', 'hi', 'hello', 'hey', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ty',
    'sir', 'maam', 'madam', 'mam', 'just', 'she', 'he', 'they', 'a', 'an', 'the', 'ok', 'okay', 'sure', 'yes', 'now',
  ],
  particles: [],
  lists: { and: ['and', 'n', 'or', 'also', 'plus', 'number', 'no', 'nr', 'option', 'options', 'numbers'], through: ['to', 'through', 'thru', 'until'] },
  counts: {
    numbers: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    multipliers: { hundred: 100, thousand: 1000 },
    about: ['about', 'around', 'approximately', 'approx', 'roughly', 'maybe', 'almost', 'nearly', 'like', 'some', 'circa', 'ca', 'perhaps', 'probably', 'more or less'],
    moreThan: ['more than', 'over', 'above', 'at least', 'more then'],
    lessThan: ['less than', 'under', 'below', 'fewer than', 'not even', 'less then'],
    vague: { dozen: 12, dozens: 24, tens: 20, scores: 40, hundreds: 100, thousands: 1000 },
    nouns: ['people', 'persons', 'person', 'ppl', 'of', 'us', 'we', 'are', 'there', 'here', 'including', 'me', 'with', 'total', 'in', 'guys', 'workers', 'held', 'all', 'the', 'be', 'would', 'i', 'think'],
    roughEndings: ['ish', 's'],
  },
  times: [
    'morning', 'noon', 'afternoon', 'evening', 'night', 'tonight', 'midnight', 'am', 'pm', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'weekend', 'weekends', 'break', 'after', 'before', 'o clock', 'oclock', 'hour', 'hours', 'between', 'until', 'lunch',
  ],
  names: ['english', 'inggris', 'bahasa inggris', 'eng', 'in english', 'bhs inggris'],
};

const ms: AnswerWords = {
  senses: {
    yes: ['ya', 'ye', 'yer', 'ok', 'okey', 'boleh', 'betul', 'benar', 'setuju', 'baik', 'baiklah', 'mestilah', 'sudah tentu'],
    no: ['tidak', 'tak', 'tk', 'taknak', 'tak nak', 'tidak mahu', 'bukan', 'tak setuju', 'tidak setuju', 'jangan'],
    skip: ['langkau', 'skip', 'tak tahu', 'tak tau', 'tidak tahu', 'tatau', 'entah', 'entahlah', 'lupa', 'tak ingat', 'tak pasti', 'tidak pasti'],
    none: ['tiada', 'tak ada', 'takde', 'tak de', 'tidak ada', 'kosong'],
    done: ['siap', 'selesai', 'sudah', 'dah', 'cukup', 'itu sahaja', 'tu je'],
    all: ['semua', 'semuanya', 'kesemua'],
    afraid: ['takut', 'saya takut', 'bahaya', 'dalam bahaya', 'tak selamat', 'tidak selamat'],
    many: ['ramai', 'banyak', 'ramai orang'],
  },
  fillers: ['saya', 'aku', 'sy', 'je', 'lah', 'la', 'kan', 'pun', 'encik', 'cik', 'puan', 'tuan', 'abang', 'kak', 'terima', 'kasih'],
  particles: ['ya'],
  lists: { and: ['dan', 'serta', 'atau', 'nombor', 'no'], through: ['hingga', 'sampai', 'sehingga'] },
  counts: {
    numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000 },
    multipliers: { puluh: 10, ratus: 100, ribu: 1000 },
    teens: ['belas'],
    about: ['kira kira', 'lebih kurang', 'dalam', 'sekitar', 'hampir', 'mungkin'],
    moreThan: ['lebih dari', 'lebih daripada', 'melebihi'],
    lessThan: ['kurang dari', 'kurang daripada'],
    vague: { belasan: 15, puluhan: 20, ratusan: 100, ribuan: 1000 },
    nouns: ['orang', 'kami', 'ada', 'di sini', 'termasuk', 'saya'],
    roughEndings: ['an'],
  },
  times: ['jam', 'pukul', 'pagi', 'tengah hari', 'petang', 'malam', 'isnin', 'selasa', 'rabu', 'khamis', 'jumaat', 'sabtu', 'ahad', 'selepas', 'sebelum'],
  names: ['melayu', 'bahasa melayu', 'malay', 'bm'],
};

const jv: AnswerWords = {
  senses: {
    yes: ['nggih', 'inggih', 'ngih', 'nggeh', 'enggih', 'iyo', 'yo', 'he em', 'hooh', 'oke', 'sampun leres', 'leres', 'bener', 'setuju'],
    no: ['ora', 'ra', 'orak', 'mboten', 'boten', 'mboten purun', 'emoh', 'ogah', 'dudu', 'sanes', 'durung', 'dereng'],
    skip: ['ora ngerti', 'ra ngerti', 'gak ngerti', 'mboten ngertos', 'boten ngertos', 'ora weruh', 'embuh', 'mbuh', 'ora eling', 'lali', 'kesupen', 'ora reti', 'ra reti'],
    none: ['ora ana', 'ora ono', 'ra ono', 'ra ana', 'mboten wonten', 'boten wonten', 'ora duwe'],
    done: ['wis', 'uwis', 'sampun', 'rampung', 'cukup'],
    all: ['kabeh', 'sedaya', 'sak kabehe'],
    afraid: ['wedi', 'aku wedi', 'kula ajrih', 'ajrih', 'bahaya'],
    many: ['akeh', 'kathah', 'akeh banget'],
  },
  fillers: ['aku', 'kula', 'kulo', 'mas', 'mbak', 'pak', 'bu', 'lik', 'le', 'nduk', 'kok', 'lho', 'ae', 'wae', 'mawon', 'matur', 'nuwun', 'suwun'],
  particles: ['yo'],
  lists: { and: ['lan', 'karo', 'kaliyan'], through: ['nganti', 'ngantos'] },
  counts: {
    numbers: { siji: 1, setunggal: 1, loro: 2, kalih: 2, telu: 3, tiga: 3, papat: 4, sekawan: 4, limo: 5, lima: 5, gangsal: 5, enem: 6, pitu: 7, wolu: 8, songo: 9, sanga: 9, sepuluh: 10, sedoso: 10, satus: 100 },
    about: ['kira kira', 'sekitar', 'kurang luwih', 'paling'],
    moreThan: ['luwih saka', 'luwih seka', 'langkung saking'],
    lessThan: ['kurang saka', 'kurang seka'],
    vague: { puluhan: 20, atusan: 100, ewonan: 1000 },
    nouns: ['wong', 'tiyang', 'aku', 'kula'],
    roughEndings: ['an'],
  },
  times: ['jam', 'esuk', 'enjing', 'awan', 'siang', 'sore', 'bengi', 'dalu', 'minggu', 'sakwise', 'sak bare'],
  names: ['jawa', 'basa jawa', 'bahasa jawa', 'javanese'],
};

const tl: AnswerWords = {
  senses: {
    yes: ['oo', 'opo', 'oho', 'sige', 'sige po', 'oki', 'tama', 'pwede', 'payag', 'payag ako', 'sang ayon', 'oo naman', 'syempre'],
    no: ['hindi', 'di', 'ayaw', 'ayoko', 'huwag', 'wag', 'hindi po', 'hindi ako payag', 'ayaw ko'],
    skip: ['ewan', 'ewan ko', 'hindi ko alam', 'di ko alam', 'laktawan', 'hindi ko maalala', 'nakalimutan ko', 'di sigurado', 'hindi sigurado'],
    none: ['wala', 'wala po', 'wala naman'],
    done: ['tapos', 'tapos na', 'yun lang', 'yan lang', 'ok na'],
    all: ['lahat', 'lahat ng iyan', 'lahat po'],
    afraid: ['takot', 'takot ako', 'natatakot', 'natatakot ako', 'delikado', 'nasa panganib'],
    many: ['marami', 'sobrang dami', 'madami'],
  },
  fillers: ['po', 'ho', 'ako', 'ko', 'na', 'lang', 'naman', 'kuya', 'ate', 'sir', 'maam', 'salamat', 'ba'],
  particles: [],
  lists: { and: ['at', 'saka', 'tsaka', 'o', 'numero'], through: ['hanggang'] },
  counts: {
    numbers: { isa: 1, dalawa: 2, tatlo: 3, apat: 4, lima: 5, anim: 6, pito: 7, walo: 8, siyam: 9, sampu: 10, sampung: 10, daan: 100, isang: 1 },
    about: ['mga', 'halos', 'siguro', 'mga siguro', 'humigit kumulang'],
    moreThan: ['higit sa', 'mahigit', 'lampas'],
    lessThan: ['kulang sa', 'wala pang', 'mababa sa'],
    vague: { dose: 12, daan: 100, libo: 1000 },
    nouns: ['tao', 'kami', 'kasama', 'ako', 'dito'],
    roughEndings: [],
  },
  times: ['umaga', 'tanghali', 'hapon', 'gabi', 'hatinggabi', 'alas', 'oras', 'lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', 'linggo', 'pagkatapos', 'bago'],
  names: ['tagalog', 'filipino', 'pilipino', 'wikang tagalog'],
};

const vi: AnswerWords = {
  senses: {
    yes: ['có', 'vâng', 'dạ', 'dạ vâng', 'ừ', 'ừm', 'ok', 'đồng ý', 'đúng', 'đúng rồi', 'được', 'rồi', 'dạ có'],
    no: ['không', 'ko', 'k', 'kh', 'không phải', 'chưa', 'không đồng ý', 'dạ không'],
    skip: ['không biết', 'ko biết', 'k biết', 'bỏ qua', 'chịu', 'quên rồi', 'không nhớ', 'ko nhớ', 'không rõ', 'không chắc'],
    none: ['không có', 'ko có', 'k có', 'không có gì'],
    done: ['xong', 'xong rồi', 'hết rồi', 'vậy thôi', 'thế thôi'],
    all: ['tất cả', 'hết', 'cả'],
    afraid: ['sợ', 'tôi sợ', 'em sợ', 'nguy hiểm', 'không an toàn'],
    many: ['nhiều', 'rất nhiều', 'đông', 'nhiều người'],
  },
  fillers: ['em', 'anh', 'chị', 'ạ', 'a', 'tôi', 'mình', 'nhé', 'nha', 'ơi', 'cảm ơn', 'cám ơn'],
  particles: [],
  lists: { and: ['và', 'với', 'hoặc', 'số'], through: ['đến', 'tới'] },
  counts: {
    numbers: { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, trăm: 100 },
    about: ['khoảng', 'chừng', 'gần', 'tầm khoảng'],
    moreThan: ['hơn', 'trên'],
    lessThan: ['dưới', 'ít hơn'],
    vague: { 'hàng chục': 20, 'vài chục': 20, 'hàng trăm': 100, 'mấy trăm': 100 },
    nouns: ['người', 'chúng tôi', 'chúng em', 'có'],
    roughEndings: [],
  },
  times: ['giờ', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'sau', 'trước', 'thứ', 'chủ nhật'],
  names: ['tiếng việt', 'tieng viet', 'vietnamese', 'việt'],
};

/** Every table, by language code. */
export const answerWords: Readonly<Record<string, AnswerWords>> = { id, en, ms, jv, tl, vi };

/**
 * Languages whose words are read too in a conversation in this one: Javanese and Malay words are common
 * in Indonesian chats ("nggih", "ora ngerti", "tak tahu").
 */
export const alsoReads: Readonly<Record<string, readonly string[]>> = { id: ['jv', 'ms'], jv: ['id'], ms: ['id'] };
