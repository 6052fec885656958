/**
 * Everyday words of the Latin-script languages people write to the hotline in, for src/i18n/detect.ts:
 * pronouns, negations, particles, question words, the words of a plea for help and of life in a compound,
 * and their chat spellings ("gak", "tdk", "pls", "ko", "dc"). Short messages ("sy ga bisa pulang") carry too
 * few letters for a character model alone; a word shared by several languages ("tolong", "kami") counts for
 * each a share. Written without accents (the detector strips them before it looks a word up).
 */
const words: Record<string, string> = {
  id: `tidak tdk gak ga gk nggak ngga enggak engga udah sudah sdh blm belum bisa bs mau akan dengan dgn yang yg untuk utk
    dari sekarang skrg kenapa knp gimana gmn bagaimana tolong tlg disini sini banget bgt kalau kalo klo juga jg tapi tp
    sama lagi lg uang pulang bapak pak ibu bu mbak mas dong deh sih kok aja saja teman temen hilang takut sekali mereka
    tahu tau kami kita saya sy aku gue gw lu kamu anda itu ini ada orang dipukul disekap disuruh ditipu dijual diambil
    ditahan dikurung gedung keluar kabur coba cuma hanya dimana mana hari bulan malam kemarin besok gaji kerja bos
    penjaga senjata polisi kedutaan keluarga anak adik kakak istri suami ayah hp nomor jangan kasih tolongin selamatkan
    terjebak wni lapor bantu bantuan mohon terima kasih makasih di ke pada oleh kamar lantai dekat jauh sudah masih
    bagaimana berapa siapa apakah karena tetapi atau seperti tempat rumah jalan datang pergi baru lama bilang`,
  ms: `tak x nak kat dah tu ni diorang dorang depa korang awak kau boleh sangat macam mana balik duit wang bilik kena encik
    cik bagitahu beritahu sikit semalam cakap ramai kawan polis kerana sebab je jer lah la teruk ambik ambil bagi
    terperangkap sahaja betul bangunan kedai cuba takde tiada tolong kami saya aku ada dalam dengan selamat hubungi gaji
    kerja bos sekarang lagi mak ayah adik abang kakak anak hilang takut pukul dera lari rakyat malaysia sesiapa siapa
    pengawal senapang tebusan jangan terima kasih banyak apa camne camni mcm tgk tengok di ke pada oleh dekat jauh
    rumah tempat datang pergi baru lama`,
  jv: `ora ra aku iso isa wis uwis wes durung arep opo apa piye kepiye ngendi endi nang neng ning ing seko saka soko kene
    kono mulih bali omah wong sing karo yo ojo aja mas mbak pak bu sampeyan kowe kulo dheweke deweke matur nuwun sanget
    tulung tulungen nyuwun jupuk dijupuk diantemi antemi wedi ngerti duit mangan turu lara loro telung siji sasi wingi
    bengi saiki mengko akeh sithik nduwe duwe gelem kudu meneh maneh blas pengen nek yen iki kuwi iku kae metu mlebu mlayu
    dol didol nganti gedhe cilik dipateni sopo sapa nulung nulungi jowo cino oleh ono ana ngomong omong ndak iyo nggih
    injih mboten sedino sepisan kangen dijanjeni nggowo bedil`,
  en: `the i im i'm my me mine you u ur your is are was were be been have has had do dont don't cant can't can will would
    not please pls plz help they them we us our he she his her it this that there here where what how why when who and
    or but if to of in on at for with from by now today tonight night money home go get out want need know tell call phone
    passport scared afraid police embassy family friend son daughter wife husband brother sister mother father mom mum
    dad sold beaten locked took taken thank thanks sir boss job work day days month months safe save us guard guards gun
    guns trapped missing any some no yes just only ransom salary pay escape`,
  tl: `ako ko mo ka siya sya kami kayo sila nila namin natin tayo niya nya ng nang sa ang mga na ba po opo hindi di wag
    huwag walang wala may meron dito doon diyan dyan nasaan saan paano bakit ano sino kailan ngayon kagabi bukas tulong
    tulungan salamat pera bahay uwi umuwi makauwi gusto ayoko ayaw kasi pero lang din rin naman talaga sobra sobrang grabe
    takot kuya ate nanay tatay anak kapatid kaibigan trabaho sahod pinipilit binugbog bugbog kinuha nakakulong pwede
    puwede kaya yung iyong ito iyan yan dun mag nag pag kung daw raw nyo ninyo niyo nasa ay si ni kay isang dalawa tatlo
    buwan araw gabi iligtas makalabas lumabas tumakas sinubukan pakisabi pamilya nawawala naloko binenta`,
  vi: `toi em anh chi ban minh ho chung khong ko k duoc dc bi cua voi cho va giup cuu nha ve den tien luong thang ngay
    dem nguoi dien thoai goi nhan tin muon biet dau roi chua nhieu qua rat lam gi sao day nay lay danh ep lua dao nhot
    thoat trong phong ra khoi oi vay nhe ak mat tich vo chong cong ty toan canh sat dai su quan bao tra mot hai nuoc
    viet nam bo me con trai gai duoi chieu ket xin hay tron sep dat tieu chuoc nang om gia dinh hom`,
  sw: `na ni wa ya za kwa hii huyo yangu wangu changu langu zangu yako wako sana tafadhali nisaidie saidia msaada siwezi
    naweza unaweza sijui sina nina tuko niko yuko hapa huko wapi sasa leo jana kesho usiku mchana pesa nyumbani kurudi
    simu polisi ubalozi rafiki kaka dada mama baba mwanangu mtoto mke mume asante bwana kazi mshahara miezi mwezi siku
    watu mtu walinzi bunduki hatuwezi hakuna kitu lakini kabisa naogopa hofu kama pia tu ndiyo hapana sawa wanataka nataka
    kutoka kwenda nini gani vipi habari mimi wewe yeye sisi ninyi wao hawa wale chumba kampuni kila salama familia
    kuongea kuandika nilipigwa wamechukua wameniuza`,
  // Hindi in Latin letters (Hinglish), as Indian workers type it on a phone keyboard.
  hi: `mujhe mujhko muje hume humko hamein humein main mai hum aap tum mera meri mere hamara hamari humara nahi nahin nhi
    hai hain hoon hu kya kyun kyu kaise kahan kaha kab kaun madad bachao bachaiye karo kijiye kro chahiye chaiye raha rahe
    rahi rha rhe tha thi liye yahan yaha wahan vaha log logon paise paisa ghar wapas vapas jaana jane sakte sakta sakti maar
    mara marte peet pitai kamre kamra dar khatra khatre pata malum maloom bhai behen bahan beta beti dost shukriya dhanyavad
    dhanyawad jaldi abhi aaj raat subah mahine saal naukri kaam bahut bohot bhot kuch kuchh koi sab aur lekin toh bhi wala
    wali diya liya gaya gaye hua hue jab tak sath saath chhod chhodo bhejo batao bataiye hoga hogi karna karte kar
    kitna kitni kitne kare karein karu namaste ji`,
};

/** Word → the languages it is an everyday word of. */
export const latinWords: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(words)) {
    for (const word of list.split(/\s+/).filter(Boolean)) {
      const langs = map.get(word) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      map.set(word, langs);
    }
  }
  return map;
})();

/** The Latin-script languages the word lists cover. */
export const latinWordLanguages: readonly string[] = Object.keys(words);
