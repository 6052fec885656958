# Alur pengaduan untuk orang yang dalam kesulitan. Pesan harus singkat dan netral:
# pembaca mungkin diawasi dan hanya punya beberapa detik.
# Setelah layar persetujuan, tidak ada pesan yang tertinggal di layar yang menyebut kedutaan, perdagangan
# orang, nomor kasus, atau apa yang dia ceritakan tentang bahayanya: pakai "kami" dan "ada yang", bukan
# "kedutaan" atau "petugas". `$discreet` "yes" dalam mode privat (bawaan alur ini; "no" setelah /discreet):
# hanya jika "no" nomor kasus boleh tampil. Dalam mode privat pertanyaan dihapus setelah dijawab.

language-name = Bahasa Indonesia
choose-language = Pilih bahasa Anda.

consent =
    Ini layanan bantuan { $embassy }.
    Jawaban Anda, dan lokasi Anda jika dibagikan, kami simpan terenkripsi. Hanya petugas piket kedutaan yang melihatnya, untuk membantu Anda. Kami tidak pernah memberi tahu majikan atau agen Anda.
    Jika Anda bilang dalam bahaya, petugas langsung diberi tahu.
    Apakah Anda setuju?
choice-agree = Ya, saya setuju
choice-disagree = Tidak
declined = Baik. Tidak ada tulisan Anda yang disimpan. Tekan di bawah, atau tulis /start, jika Anda berubah pikiran.
declined-case-open = { $discreet ->
    [no] Baik. Karena Anda bilang dalam bahaya, kasus { $caseId } tetap di kedutaan. Tekan di bawah jika ingin melanjutkan.
   *[yes] Baik. Yang Anda kirim sebelumnya tetap kami simpan, supaya ada yang bisa membantu. Tekan di bawah jika ingin melanjutkan.
}
choice-start-over = Mulai lagi
consent-not-understood = Balas "ya" jika Anda setuju, atau "tidak" jika tidak.

ask-who = Siapa yang butuh bantuan?
who-myself = Saya sendiri butuh bantuan
who-someone-else = Saya melaporkan orang lain (orang hilang)
who-status = Cek laporan saya
who-not-understood = Ketik 1 jika Anda sendiri butuh bantuan, 2 jika melaporkan orang lain, atau 3 untuk cek laporan.

ask-danger = Apakah Anda dalam bahaya sekarang?
choice-yes = Ya, bahaya sekarang
choice-no = Tidak untuk saat ini
danger-not-understood = Cukup jawab "ya" atau "tidak".
danger-alerted = { $discreet ->
    [no] Oke. Sebentar lagi ada yang membalas di sini. Nomor kasus Anda { $caseId }. Jika bisa, jawab pertanyaan berikut: setiap jawaban membantu kami menjangkau Anda. Tulis SOS kapan saja.
   *[yes] Oke. Sebentar lagi ada yang membalas di sini. Jika bisa, jawab pertanyaan berikut: setiap jawaban membantu kami menjangkau Anda. Tulis SOS kapan saja.
}

ask-location = Anda di mana? Tekan "Bagikan lokasi", atau ketik negara, kota, dan nama tempat atau gedung.
share-location = Bagikan lokasi
location-invalid = Lokasi itu tidak terbaca. Tekan "Bagikan lokasi" lagi, atau ketik di mana Anda berada.
location-not-now = Mohon jawab pertanyaan ini dulu. Anda bisa mengirim lokasi saat kami menanyakan di mana Anda, atau setelah jawaban Anda terkirim.
location-noted = Lokasi diterima.
location-updated = { $discreet ->
    [no] Lokasi baru Anda sudah ditambahkan ke kasus { $caseId }.
   *[yes] Lokasi baru diterima. Terima kasih.
}
# A message that takes the report back ("I'm fine", "close my case"): recorded for the officers, not obeyed; nothing that reads as a case.
retraction-noted = Oke, dicatat.

ask-country = Anda di negara mana?
country-KH = Kamboja
country-MM = Myanmar
country-LA = Laos
country-TH = Thailand
country-PH = Filipina
country-MY = Malaysia
country-VN = Vietnam
choice-other = Negara lain

ask-situation = Apa yang terjadi pada Anda? Tekan semua yang sesuai, lalu "Selesai". Anda juga bisa mengetiknya sendiri.
indicator-passport = Paspor atau KTP ditahan
indicator-confined = Tidak boleh keluar
indicator-violence = Dipukul atau disakiti
indicator-threats = Mereka mengancam saya / keluarga
indicator-forced-scam = Dipaksa menipu orang
indicator-debt = Utang atau denda
indicator-wages = Gaji tidak dibayar
indicator-injured = Sakit atau terluka
# Yang dikatakan orang hilang kepada keluarganya (laporan keluarga: situasinya di kartu).
indicator-held = Tidak boleh pergi (laporan keluarga)
indicator-hurt = Dipukul atau dilukai (laporan keluarga)
indicator-threatened = Diancam (laporan keluarga)
indicator-sold = Dijual ke perusahaan lain (laporan keluarga)
choice-done = Selesai

ask-people = Ada berapa orang di sana yang senasib dengan Anda, termasuk Anda? Tekan salah satu atau ketik angka.
people-1 = Hanya saya
people-2-10 = 2 sampai 10
people-11-50 = 11 sampai 50
people-over-50 = Lebih dari 50
people-not-number = Mohon ketik angka, misalnya 5 atau "sekitar 20", atau tekan tombol.

ask-contact = Kapan aman bagi kami untuk menulis kepada Anda?
choice-anytime = Kapan saja
choice-they-write-first = Hanya setelah saya menulis dulu
choice-times = Hanya pada jam tertentu
contact-not-understood = Ketik 1, 2 atau 3, atau tulis kapan aman, misalnya "malam setelah jam 22".
ask-contact-times = Kapan amannya? Misalnya "setelah jam 22.00" atau "Minggu pagi".

# --- Kata rahasia dan kata bahaya (ditanya setelah pertanyaan waktu aman; src/core/safety-words.ts) ---
# duress-default: frasa bahaya bawaan bahasa ini. Dikirim kapan saja, di obrolan mana pun, hanya dijawab
# duress-ack, kasusnya jadi kritis (alasan duress) dan tidak ada pesan lain ke obrolan itu sampai petugas
# melanjutkan. Harus terlihat biasa di layar yang diawasi. cant-talk-default: frasa "tidak bisa bicara":
# bot diam untuk obrolan itu dan petugas diberi tahu. Keduanya dicocokkan sebagai pesan utuh (huruf besar,
# aksen, spasi dan tanda baca diabaikan) dan tidak boleh terbaca sebagai jawaban (answer-words.ts).
duress-default = batalkan pesanan
cant-talk-default = salah sambung
duress-ack = Oke, sudah dibatalkan.
ask-code-word = Pilih kata rahasia yang hanya Anda tahu (satu atau dua kata). Balasan kami baru tampil setelah Anda kirim kata itu. Boleh dilewati.
code-word-kept = Tersimpan. Jangan ditulis di mana pun.
code-word-refused = Pilih kata lain: satu atau dua kata, minimal 3 huruf, bukan kata seperti "ya", dan bukan "{ duress-default }" atau "{ cant-talk-default }".
ask-duress-word = Sekarang kata yang berarti "saya tidak aman". Kalau Anda kirim kata itu, kami hanya menjawab "{ duress-ack }" dan petugas langsung diberi tahu. Kalau dilewati, "{ duress-default }" juga bisa. Kalau tidak bisa bicara, kirim "{ cant-talk-default }": kami diam dulu.
choice-keep-duress-default = Pakai "{ duress-default }"
duress-word-kept = Tersimpan.
duress-word-refused = Pilih kata lain: beda dari kata rahasia Anda, minimal 3 huruf, dan bukan "{ cant-talk-default }".

ask-name = Nama apa yang bisa kami pakai untuk Anda? Boleh dilewati.
ask-about-me = Umur dan kampung asal? Supaya kami bisa cari laporan keluarga tentang Anda. Boleh tambah nomor HP yang keluarga tahu. Contoh: 24, Cianjur. Boleh dilewati.
summary-age = umur { $age }
choice-skip = Lewati

summary =
    Mohon periksa laporan Anda:
    Dalam bahaya sekarang: { $danger }
    Lokasi: { $where }
    Yang terjadi: { $situation }
    Orang senasib di sana: { $people }
    Aman dihubungi: { $contact }
    Nama: { $name }
choice-confirm = Kirim ke kedutaan
choice-change = Ubah sesuatu
summary-not-understood = Ketik "kirim" untuk mengirim laporan, atau "ubah" untuk mengubahnya.
summary-yes = ya
summary-no = tidak
summary-not-given = tidak diisi
summary-pin = titik peta
summary-pin-near = titik peta dekat { $place }
summary-contact-times = hanya pada: { $times }

ask-edit = Apa yang ingin Anda ubah?
edit-location = Lokasi saya
edit-situation = Yang terjadi
edit-people = Jumlah orang
edit-contact = Kapan menghubungi
edit-name = Nama
choice-back = Kembali ke ringkasan

# Pesan terakhir tetap di layar. Mode privat: tanpa nomor kasus, tanpa soal mendesak, dan hanya nomor
# darurat yang namanya tidak membuka apa-apa (polisi, ambulans; `$emergency` tanpa hotline anti perdagangan
# orang, yang bisa diberikan petugas dalam jawaban saat aman).
done = { $discreet ->
    [no]
        Terkirim. Nomor kasus Anda { $caseId }. Simpan dan sebutkan nomor ini kepada kedutaan.
        { $urgent ->
            [yes] Petugas menangani kasus mendesak lebih dulu dan akan menghubungi Anda secepatnya.
           *[no] Petugas piket akan membaca kasus Anda dan menghubungi Anda.
        } Kami hanya menulis saat Anda bilang aman. Anda bisa menambah keterangan di sini kapan saja; tulis SOS jika Anda dalam bahaya.
        { $emergency }
   *[yes]
        Terkirim. Terima kasih.
        Akan ada yang membaca dan membalas di sini, hanya saat Anda bilang aman. Anda bisa menambah keterangan di sini kapan saja. Tulis SOS kapan saja.
        { $emergency }
}
# Jawaban untuk setiap pesan berikutnya setelah laporan terkirim.
case-open = { $discreet ->
    [no] Kasus { $caseId } Anda sudah di kedutaan. Apa pun yang Anda tulis di sini ditambahkan ke kasus itu. Tulis SOS jika Anda dalam bahaya.
   *[yes] Kami membaca semua yang Anda tulis di sini. Tulis SOS kapan saja.
}
emergency-numbers = Nomor darurat di { $country }: { $numbers }.
emergency-unknown = Dalam keadaan darurat, hubungi polisi setempat.
service-police = polisi
service-ambulance = ambulans
service-tourist-police = polisi pariwisata
service-anti-trafficking = hotline anti perdagangan orang
service-emergency = darurat

help = { $discreet ->
    [no] Ini layanan bantuan kedutaan. Jawab pertanyaan di bawah. /language untuk ganti bahasa, /restart untuk mulai lagi, /discreet untuk menyalakan mode privat. Tulis SOS kapan saja jika Anda dalam bahaya.
   *[yes] Jawab pertanyaan di bawah, dengan menekan atau mengetik. /language untuk ganti bahasa, /restart untuk mulai lagi, /discreet untuk mematikan mode privat. Tulis SOS kapan saja.
}
use-buttons = Mohon tekan salah satu tombol di bawah.
not-a-choice = Kami belum mengerti jawaban itu. Tekan salah satu tombol di bawah, atau ketik nomornya.
not-understood = Kami tidak bisa membaca itu. Mohon jawab dengan kata-kata.
stale-button = Tombol itu dari pertanyaan sebelumnya. Ini pertanyaan yang sekarang.
media-not-read = Kami tidak bisa membaca foto, pesan suara, stiker, atau berkas di sini. Mohon ketik, atau bagikan lokasi Anda.
media-forwarded = { $discreet ->
    [no] Terkirim ke kedutaan bersama kasus { $caseId } Anda. Bot ini tidak bisa membukanya: jika penting, mohon ketik juga.
   *[yes] Diterima. Kami tidak bisa membukanya di sini: jika penting, mohon ketik juga.
}
other-language = Bahasa yang kami baca: { $languages }.
save-failed = Maaf, pesan Anda belum bisa disimpan. Mohon kirim lagi sebentar lagi.
intake-arrived = Pesan masuk. Simpan chat ini, kami balas di sini.
