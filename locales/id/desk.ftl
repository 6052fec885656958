# Meja petugas: kartu kasus, tombol dan jawaban untuk petugas (bahasa meja: embassy.deskLanguage di deployment).

desk-urgency-critical = 🔴 KRITIS
desk-urgency-high = 🟠 TINGGI
desk-urgency-normal = ⚪ biasa
desk-status-new = baru
desk-status-claimed = diambil
desk-status-in-progress = sedang ditangani
desk-status-resolved = selesai
desk-status-duplicate = duplikat
desk-status-closed = ditutup
desk-kind-self-report = laporan sendiri
desk-kind-missing-person = laporan orang hilang

desk-reason-danger-now = bilang dalam bahaya sekarang
desk-reason-danger-words = menulis kata bahaya
desk-reason-injured-and-violence = terluka dan kekerasan
desk-reason-violence = kekerasan
desk-reason-threats = ancaman kepada dia atau keluarganya
desk-reason-injured = sakit atau terluka
desk-reason-confined = tidak boleh keluar
desk-reason-many-people = banyak orang ditahan
desk-reason-passport = paspor diambil
desk-reason-forced-scam = dipaksa menipu
desk-reason-debt = utang atau denda
desk-reason-wages = gaji ditahan
desk-reason-indicators = beberapa tanda kerja paksa
desk-reason-sold = dijual ke perusahaan lain
desk-reason-minor = anak di bawah umur
desk-reason-minor-at-risk = anak di bawah umur dalam bahaya
desk-reason-hurt-and-threatened = dilukai dan diancam
desk-reason-unfinished = laporan belum selesai (tidak ada kabar)
desk-reason-duress = mengirim kata bahaya

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = Alasan: { $reasons }
desk-card-score = Indikator: { $score } dari 8
desk-card-alarm = ⚠ Kata bahaya ({ $time }): { $text }
desk-card-first-where = Posisi pertama ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … dan { $count } perubahan sebelumnya yang mungkin bukan dari orangnya (npm run desk -- show menampilkan semuanya).
desk-card-retraction = ⚠ Minta laporan ditarik ({ $time }), tidak dituruti, mungkin bukan orangnya: "{ $text }"
desk-suspect-restart = Diubah setelah /restart (mungkin bukan orangnya)
desk-suspect-retraction = Ditarik kembali (mungkin bukan orangnya)
desk-suspect-after-silence = Diubah setelah lama tidak ada kabar (mungkin bukan orangnya)
desk-message-suspect-restart = ⚠ Dikirim setelah /restart: mungkin bukan orangnya yang menulis.
desk-message-suspect-retraction = ⚠ Menarik laporan: tidak dituruti (urgensi dan status tetap), mungkin bukan orangnya yang menulis.
desk-message-suspect-after-silence = ⚠ Dikirim setelah lama tidak ada kabar: mungkin bukan orangnya yang menulis.
desk-answer-danger-now = dalam bahaya sekarang
desk-answer-location = lokasi
desk-answer-country = negara
desk-answer-place = tempat
desk-answer-situation = situasi
desk-answer-people = ditahan bersama
desk-answer-people-words = ditahan bersama (kata-katanya)
desk-answer-contact = aman dihubungi
desk-answer-contact-times = jam aman
desk-answer-name = nama
desk-answer-relationship = hubungan
desk-answer-age = umur
desk-answer-birth-date = tanggal lahir
desk-answer-sex = jenis kelamin
desk-answer-hometown = kota asal
desk-answer-document = paspor atau KTP
desk-answer-phone = telepon
desk-answer-last-heard = terakhir ada kabar
desk-answer-last-message = pesan terakhirnya
desk-answer-city = kota
desk-answer-company = perusahaan
desk-answer-job = pekerjaan yang dijanjikan
desk-answer-recruiter = perekrut
desk-answer-photo = foto
desk-answer-harm = yang dialami menurut keluarga
desk-answer-contact-phone = nomor yang bisa ditelepon
desk-answer-contact-when = kapan bisa dihubungi
desk-answer-words = kata-katanya
desk-contact-anytime = kapan saja
desk-contact-they-write-first = hanya setelah mereka menulis dulu
desk-contact-times = pada jam tertentu
desk-contact-this-chat = di chat ini
desk-contact-phone = lewat telepon
desk-card-opened = Dibuka { $time } ({ $age } lalu) · { $kind } · { $language } · { $channel }
desk-card-claimed = Diambil oleh { $officer }
desk-card-unclaimed = Belum diambil
desk-card-duplicate = Duplikat dari { $other }
desk-card-reopened = 🔁 Dibuka lagi { $times } kali: tanda bahaya baru setelah kasus { $was }.
desk-card-lowered = ⬇ Diturunkan dari { $from } oleh { $officer } — { $reason }
desk-card-where-pin = Lokasi: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(langsung)
desk-card-where-near = {" "}dekat { $place }
desk-card-where-text = Lokasi (diketik): { $text }
desk-card-where-unknown = Lokasi: belum diberikan
desk-card-country = Negara: { $country }
desk-card-danger = Dalam bahaya sekarang: { $answer }
desk-card-situation = Situasi: { $items }
desk-card-details = Kata-kata mereka: { $text }
desk-card-people = Ditahan bersama mereka: { $people }
desk-card-safe = Aman dihubungi: { $when }
desk-card-safe-anytime = kapan saja
desk-card-safe-first = hanya setelah mereka menulis dulu
desk-card-safe-times = hanya pada: { $times }
desk-card-safe-unreadable = ditahan sampai mereka menulis: jawaban waktu aman mereka tidak bisa dibaca sebagai jam aman (kata-kata mereka: { $times })
desk-card-name = Nama: { $name }
desk-card-links = Kasus terkait: { $cases }
desk-card-possible = Mungkin sama (periksa): { $cases }
desk-card-about = Tentang mereka: { $about }
desk-card-about-phone = HP { $phone }
desk-card-link-age = umur { $age }
desk-card-link-hometown = asal { $place }
desk-card-link-reporter = dilaporkan oleh: { $relationship }
desk-card-link-by-parent = dilaporkan orang tua
desk-card-link-by-child = dilaporkan anaknya
desk-card-link-by-sibling = dilaporkan saudara kandung
desk-card-link-by-spouse = dilaporkan suami atau istri
desk-card-link-by-relative = dilaporkan kerabat
desk-card-link-by-friend = dilaporkan teman
desk-card-link-confirmed = 🔗 Orang yang sama (dikonfirmasi petugas): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 HP atau paspor sama: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ Mungkin sama, konfirmasi atau tolak: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ Sama dengan { $other }
desk-button-link-reject = ✗ Bukan { $other }
desk-link-ok-confirm = { $caseId } dan { $other } orang yang sama: kedua kartu menampilkan keduanya.
desk-link-ok-reject = { $caseId } dan { $other } bukan orang yang sama: tidak akan diusulkan lagi.
desk-link-already-confirm = { $caseId } dan { $other } sudah dikonfirmasi sebagai orang yang sama.
desk-link-already-reject = { $caseId } dan { $other } sudah ditandai bukan orang yang sama.
desk-link-missing = Tidak ada kasus { $caseId } atau { $other }.
desk-link-same-case = { $caseId } kasus yang sama: beri nomor kasus yang lain.
desk-usage-link = Di topik kasus: /link ID-LAIN (orang yang sama) atau /notlink ID-LAIN (bukan orang yang sama). Di tempat lain: /link ID ID-LAIN.
desk-card-held = Jawaban ditahan untuk mereka: { $count }
desk-card-notes = Catatan: { $count } (/case { $caseId } menampilkannya)
desk-card-intake-open = Masih mengisi pertanyaan awal.
desk-card-gone = ⚠ Tidak bisa dihubungi: mereka memblokir bot atau menghapus akun.
desk-yes = ya
desk-no = tidak
desk-not-given = belum diberikan
desk-minutes = { $n } mnt
desk-hours = { $h } j { $m } mnt
desk-days = { $d } hr { $h } j

desk-button-claim = ✋ Ambil
desk-button-unclaim = Lepas
desk-button-in-progress = Ditangani
desk-button-resolved = ✅ Selesai
desk-button-closed = Tutup
desk-button-location = 📍 Minta lokasi
desk-button-lower = ⬇ Turunkan (alarm palsu)
desk-button-restore = ⬆ Kembalikan urgensi

desk-claimed = { $caseId } sekarang milik Anda.
desk-already-yours = { $caseId } sudah milik Anda.
desk-taken = { $caseId } sudah diambil oleh { $officer }.
desk-unclaimed = { $caseId } kembali ke antrean, belum diambil.
desk-not-claimed = { $caseId } belum diambil.
desk-status-set = { $caseId } sekarang: { $status }.
desk-status-same = { $caseId } sudah: { $status }.
desk-closed = { $caseId } berstatus { $status }: ubah ke "sedang ditangani" dulu untuk menanganinya lagi.
desk-missing = Tidak ada kasus { $caseId }.
desk-bad-duplicate = { $other } bukan kasus lain yang ada.
desk-note-added = Catatan ditambahkan ke { $caseId }.
desk-empty = Tidak ada yang dikirim: tulis teks setelah perintah.
desk-too-long = Terlalu panjang: { $length } karakter, paling banyak { $max }. Mohon dipecah.
desk-gone = { $caseId }: orang itu tidak bisa dihubungi lagi (memblokir bot atau menghapus akun). Tidak ada yang terkirim.
desk-reply-queued =
    → Jawaban untuk { $caseId } masuk antrean kirim, persis ini:
    { $text }
desk-reply-sent = ✓ Terkirim ke { $caseId } { $when }, persis ini ({ $count }):
desk-reply-held-first = ⏸ Ditahan: { $caseId } minta kami menulis hanya setelah mereka menulis. Terkirim saat mereka menulis lagi.
desk-reply-held-until = ⏸ Ditahan sampai { $time } (waktu aman mereka), atau saat mereka menulis lagi.
desk-reply-held-unreadable = ⏸ Ditahan sampai mereka menulis: jawaban waktu aman { $caseId } tidak bisa dibaca sebagai jam aman (samar, atau hanya menyebut kapan jangan menulis).
desk-reply-held-unknown = ⏸ Ditahan: { $caseId } belum bilang kapan aman dihubungi. Terkirim saat mereka menulis lagi.
desk-reply-held-phone = ⏸ Ditahan: { $caseId } minta ditelepon balik, bukan ditulis di sini (nomor dan jamnya ada di kartu: /case { $caseId }). Terkirim di chat ini saat mereka menulis lagi.
desk-reply-failed = ⚠ { $caseId }: orang itu tidak bisa dihubungi ({ $why }). Kasus mencatatnya.
desk-location-requested = { $caseId } diminta mengirim lokasi terbaru.
desk-lowered = { $caseId } diturunkan ke { $urgency }. Orangnya tidak diberi tahu. /restore { $caseId } membatalkannya.
desk-urgency-same = { $caseId } sudah { $urgency }.
desk-restored = { $caseId } kembali ke { $urgency }.
desk-not-lower = { $caseId } berstatus { $urgency }: hanya bisa diturunkan lebih rendah (high atau normal).
desk-not-lowered = { $caseId } tidak sedang diturunkan: tidak ada yang dikembalikan.
desk-lower-how = Untuk menurunkan { $caseId } (alarm palsu), kirim: /lower { $caseId } [high|normal] alasan. Kirim sebagai perintah: pesan biasa di topik ini hanya disimpan sebagai catatan.
desk-person-wrote = 💬 { $caseId } menulis:
desk-person-pin = 📍 { $caseId } mengirim lokasi: { $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } mengirim { $media } lewat { $channel }{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = { $caseId } mengirim sesuatu yang tidak bisa ditampilkan bot ({ $what }).
desk-person-wiped = 🧹 { $caseId }: orang ini menghapus chat-nya dengan bot pukul { $time }. Kasus dan semua yang dikirim tetap di sini.
desk-private-hello = Chat ini untuk panggilan dari meja petugas: kalau kasus mendesak menunggu terlalu lama, bot akan menulis ke Anda di sini. Kasus ditangani di grup petugas.
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) sudah menunggu { $age } dan belum ada yang mengambil. Tolong cek grup petugas.
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) diambil { $age } lalu dan orangnya belum dijawab. Tolong cek grup petugas.
desk-page-unreachable = 📵 { $who } tidak bisa dihubungi lewat pesan pribadi: belum menekan Start di chat pribadi dengan bot (atau memblokirnya). Sampai itu dilakukan, orang berikutnya di daftar jaga yang dihubungi.
desk-reopened = 🔁 { $caseId } ({ $urgency }) DIBUKA LAGI: orang ini menulis tanda bahaya baru setelah kasusnya { $was }.
desk-digest-head = { $count } kasus lain menunggu; masing-masing mendapat kartu sendiri sesuai batas Telegram. Paling mendesak dulu:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = Kasus terbuka: { $count } (paling mendesak dulu)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = Tidak ada kasus terbuka.
desk-queue-more = … dan { $count } lagi: jalankan `npm run desk -- list` untuk semuanya.
desk-queue-parked-head = ⚠ Kiriman yang ditolak grup ({ $count }); masing-masing dicoba lagi nanti:
desk-queue-parked-line = { $what } { $caseId } · sejak { $since } · coba lagi { $next } · { $reason }
desk-parked = ⚠ Kiriman tentang { $caseId } ({ $what }) tidak masuk: { $reason }. Kiriman lain jalan terus; ini dicoba lagi nanti, dan /queue menampilkannya.
desk-post-card = kartu
desk-post-msg = pesan orang itu
desk-post-status = status jawaban
desk-post-alert = peringatan
desk-realert-head = ⏰ { $count } kasus mendesak menunggu petugas (paling mendesak dulu):
desk-realert-line = { $urgency } { $caseId } · menunggu { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · diambil { $officer } { $age } lalu, orangnya belum dijawab
desk-realert-more = … dan { $count } lagi: /queue menampilkan semuanya.
desk-swarm-head = 🆘 { $count } SOS baru tanpa keterangan (hanya kata bahaya). Masing-masing dapat kartu setelah kasus yang ada keterangannya; yang mengirim lebih langsung naik. Supervisor bisa menurunkan semuanya ke tinggi:
desk-button-swarm-lower = Turunkan semua ke tinggi (supervisor)
desk-swarm-reason = SOS tanpa keterangan, datang serentak: diturunkan bersama oleh supervisor dari daftar SOS
desk-swarm-lowered = { $count } diturunkan ke tinggi. Batalkan satu dengan /restore KH-XXXX. { $skipped } dibiarkan (ada keterangan, atau sudah diambil petugas).
desk-swarm-expired = Daftar ini sudah tidak berlaku.
desk-swarm-supervisors-only = Hanya supervisor yang bisa menurunkan satu daftar sekaligus.
desk-not-officer = Hanya petugas jaga kedutaan yang bisa melakukan ini.
desk-usage-case = Cara pakai: /case KH-XXXX
desk-usage-reply = Cara pakai: /reply teks Anda di dalam topik kasus, atau /reply KH-XXXX teks Anda di mana saja (/send juga bisa).
desk-usage-note = Cara pakai: /note teks di dalam utas kasus, atau /note KH-XXXX teks
desk-usage-dup = Cara pakai: /dup KH-YYYY di dalam utas kasus (kasus ini duplikat dari KH-YYYY)
desk-usage-lower = Cara pakai: /lower KH-XXXX [high|normal] alasan (di dalam utas kasus nomornya boleh dilewati). Tanpa high atau normal, turun satu tingkat. Orangnya tidak pernah diberi tahu.
desk-which-case = Kasus yang mana? Pakai di dalam utas kasus, atau sebutkan nomor kasusnya.
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = Kasus kartu ini sudah tidak ada.
desk-help = Meja jaga: /queue menampilkan kasus terbuka, /case ID menampilkan satu kasus. Di topik kasus, yang Anda ketik tetap di antara petugas: disimpan sebagai catatan, tidak pernah dikirim. Untuk menjawab orangnya: /reply teks (atau balas kartunya, lalu tekan Kirim). Pesan terusan, foto dan file tidak pernah dikirim ke orangnya. /note teks menambah catatan; /dup ID menandai duplikat; /lower ID [high|normal] alasan menurunkan alarm palsu (orangnya tidak diberi tahu), /restore ID membatalkannya; /resume ID mengizinkan pesan lagi ke obrolan yang dihentikan kata bahaya atau "tidak bisa bicara"; /unlock ID membuka jawaban yang dikunci karena salah kata rahasia; /tell ID located|closed|nothing mengatur jawaban cek status keluarga (pastikan dulu siapa mereka); /resetpin ID mengirim PIN baru ke keluarga; /link ID dan /notlink ID menyatakan apakah kasus yang mungkin sama memang orang yang sama; tombol untuk mengambil dan mengubah status. /hand ID NAMA menyerahkan kasus ke rekan.

# Yang diketik petugas di topik kasus: catatan, kecuali dikirim dengan tindakan jelas (/reply, atau Kirim pada pratinjau).
desk-reply-when-queued = sekarang
desk-reply-when-person-active = saat mereka menulis
desk-reply-when-due = pada waktu terjadwal (jam aman mereka, atau dicoba ulang)
desk-note-kept = 📝 Disimpan sebagai catatan di { $caseId } — tidak dikirim ke orangnya. Untuk menjawab: /reply teks Anda
desk-not-sent-forward = ⛔ Tidak dikirim: pesan terusan tidak pernah dikirim ke orangnya (bisa memuat nama, tempat atau kata-kata kasus lain), dan tidak disimpan. Untuk menjawab { $caseId }, ketik /reply dan kata-kata Anda sendiri.
desk-not-sent-media = ⛔ Tidak dikirim: hanya kata-kata yang diketik petugas yang dikirim ke orangnya — bukan foto, file, stiker, pesan suara, video atau lokasi. Tetap di topik ini. Untuk menjawab { $caseId }: /reply teks Anda
desk-preview =
    ✉ Untuk orangnya ({ $caseId }), jika Anda tekan Kirim:
    { $text }
desk-preview-warn-other = ⚠ Menyebut kasus lain ({ $cases }): benar untuk { $caseId }? Data kasus lain tidak boleh sampai ke orang ini.
desk-preview-warn-card = ⚠ Terlihat seperti kartu kasus: di HP orangnya, siapa pun yang memegang HP itu bisa membaca kasusnya.
desk-preview-warn-topic = ⚠ Ini topik { $here }, tetapi jawaban ini untuk { $caseId }.
desk-preview-expires = Hanya Anda yang bisa mengirimnya, dalam { $minutes } mnt; siapa pun bisa membatalkannya.
desk-preview-expired = Tidak ada yang terkirim: pratinjau ini sudah kedaluwarsa atau sudah dipakai. Untuk menjawab, kirim /reply dan teks Anda.
desk-preview-not-author = Hanya { $officer }, yang menulisnya, bisa mengirim ini. Untuk mengirim sendiri: /reply dan teks Anda.
desk-preview-cancelled = ✖ Dibatalkan oleh { $officer }: tidak ada yang dikirim ke { $caseId }.
desk-preview-sent = Masuk antrean kirim untuk { $caseId }.
desk-button-preview-send = 📤 Kirim
desk-button-preview-cancel = ✖ Batal

# Kata keselamatan (src/core/safety-words.ts): kata bahaya dan "tidak bisa bicara", kata rahasia.
desk-card-stopped-duress = 🚨 Kata BAHAYA dikirim ({ $time }): tidak ada yang dikirim ke obrolannya, termasuk jawaban yang ditahan, sampai petugas memutuskan: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "Tidak bisa bicara" ({ $time }): bot diam untuk obrolannya sampai kata rahasianya, pesan yang mereka ketik nanti, atau /resume { $caseId }
desk-card-release-locked = 🔒 Jawaban dikunci ({ $time }): 5 kali salah kata rahasia dalam sehari. Periksa, lalu /unlock { $caseId }
desk-card-code-word = 🔑 Ada kata rahasia: jawaban baru tampil setelah mereka mengirimnya.
desk-card-released-code-word = Jawaban terakhir tampil { $time }, setelah kata rahasianya.
desk-card-released-typed-reply = Jawaban terakhir tampil { $time }, sebagai balasan pesan yang mereka ketik.
desk-card-released-relative = Jawaban terakhir terkirim { $time }, sesuai permintaan keluarga (chat ini).
desk-duress = 🚨 { $caseId }: orang ini mengirim kata BAHAYA. Mungkin ada yang memaksanya menulis. Tidak ada lagi yang dikirim ke obrolannya sampai petugas memutuskan (/resume { $caseId }).
desk-duress-line = 🚨 Kata bahaya: orangnya hanya mendapat balasan yang terlihat biasa; tidak ada lagi ke obrolannya sampai /resume { $caseId }.
desk-cant-talk-on = 🤫 { $caseId } mengirim "tidak bisa bicara": bot diam untuk obrolannya.
desk-cant-talk-off-code = 🗣 { $caseId } mengirim kata rahasianya: bot bicara lagi dengannya.
desk-cant-talk-off-typed = 🗣 { $caseId } menulis lagi setelah "tidak bisa bicara": bot bicara lagi dengannya.
desk-release-locked = 🔒 { $caseId }: { $tries } kali salah kata rahasia. Jawaban tetap ditahan; mungkin orang lain memegang HP-nya. /unlock { $caseId } kalau sudah yakin.
desk-release-unlocked = 🔓 { $caseId }: kunci dibuka oleh { $officer }.
desk-resumed = ▶ { $caseId }: pesan ke obrolannya dilanjutkan oleh { $officer }.
desk-reply-rule-code-word = — tampil setelah kata rahasianya.
desk-reply-rule-typed-reply = — tampil sebagai balasan pesan yang mereka ketik.
desk-reply-rule-relative = — terkirim sesuai permintaan keluarga (laporan dari rumah: chat ini, waktu pilihan mereka; tanpa kata rahasia).
desk-reply-announced-code-word = 📩 { $caseId } diberi tahu "ada pesan baru"; isinya tampil setelah mereka mengirim kata rahasia.
desk-reply-announced-typed-reply = 📩 { $caseId } diberi tahu "ada pesan baru"; isinya tampil saat mereka membalas dengan mengetik.
desk-reply-held-stopped = ⏸ Ditahan: tidak ada yang dikirim ke obrolan { $caseId } setelah kata bahaya atau "tidak bisa bicara". /resume { $caseId } kalau sudah aman.
desk-reply-held-locked = 🔒 Ditahan: { $caseId } mengirim kata rahasia, tapi percobaan salah mengunci jawabannya. /unlock { $caseId } kalau sudah yakin.
desk-not-stopped = Tidak ada yang dihentikan untuk { $caseId }.
desk-not-locked = Jawaban { $caseId } tidak dikunci.
desk-resumed-done = { $caseId }: pesan sampai lagi ke obrolannya. Jawaban yang ditahan mengikuti aturan biasa.
desk-unlocked-done = { $caseId }: kunci dibuka. Kata rahasianya kembali menampilkan jawaban yang ditahan.
desk-memory = ⚠ Database hotline sudah { $percent } % penuh ({ $usedMb } dari { $limitMb } MB). Di 100 % tidak ada yang baru tersimpan: tidak ada pesan, tidak ada kasus. Kabari tim teknis sekarang (naikkan maxmemory Redis, atau kosongkan memori).
desk-memory-full = 🛑 Database hotline PENUH ({ $usedMb } dari { $limitMb } MB): pesan dan kasus baru TIDAK tersimpan. Kabari tim teknis sekarang (naikkan maxmemory Redis, atau kosongkan memori); sementara pakai jalur telepon.
## Kanal mati atau kembali (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} MATI: { $problem ->
    [unauthorized] Telegram menolak token bot (dicabut atau diganti di BotFather).
    [logged-out] nomor ini dikeluarkan (logout) di ponsel dan harus ditautkan lagi.
    [replaced] perangkat atau proses lain mengambil alih sesi WhatsApp ini.
    [unlinked] belum ada nomor yang ditautkan.
    [forbidden] WhatsApp menolak nomor ini (dibatasi atau diblokir?).
    [unreachable] hotline tidak bisa menjangkaunya (jaringan).
   *[other] koneksi terputus.
} Orang yang menulis di sana tidak mendapat jawaban. Kabari tim teknis sekarang; sementara pakai jalur telepon.
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} berfungsi lagi{ $minutes ->
    [0] {""}
   *[other] {" "}(tadi mati { $minutes } menit)
}. Periksa antrean untuk pesan yang menunggu.

## Laporan orang hilang dari keluarga di kartu (src/officers/report-lines.ts)
desk-mp-again = ⚠ Dilaporkan { $count } kali. Baru di laporan { $n }: { $fields }
desk-mp-nothing-new = tidak ada yang baru
desk-mp-report = Laporan { $n } ({ $time }): oleh { $relationship }; hubungi balik { $contact }, { $when }
desk-mp-person = Orang yang hilang:
desk-mp-field = { $label }: { $value }
desk-mp-from = (laporan { $n }, { $time })
desk-mp-new = 🆕 baru
desk-mp-also = {"  "}↳ juga, laporan { $n } ({ $time }): { $value } { $new }
desk-mp-words = Diketik, tidak terbaca ({ $step }): { $text }
desk-mp-born = lahir { $date }
desk-mp-minor = ⚠ DI BAWAH 18
desk-mp-country-other = negara lain
desk-mp-photo-telegram = ya, dikirim di Telegram (dikirim ulang ke topik kasus)
desk-mp-photo-not-forwarded = dikirim di { $channel }: tidak diteruskan (bot hanya menyimpan id pesan, bukan filenya; minta keluarga mengirim lagi lewat Telegram atau e-mail)
desk-mp-photo-caption = Foto orang yang hilang, kasus { $caseId } (laporan { $n }), seperti dikirim keluarga.
desk-mp-contact-phone = lewat telepon { $phone }
desk-mp-contact-this-chat = di chat mereka ({ $channel })
desk-mp-when-anytime = kapan saja
desk-mp-when-times = hanya { $times }
desk-mp-field-name = Nama
desk-mp-field-age = Umur
desk-mp-field-birthDate = Lahir
desk-mp-field-sex = Jenis kelamin
desk-mp-field-hometown = Kota asal
desk-mp-field-document = Paspor / KTP
desk-mp-field-phone = Telepon
desk-mp-field-lastHeard = Terakhir ada kabar
desk-mp-field-lastMessage = Yang dia katakan saat itu
desk-mp-field-country = Pergi ke
desk-mp-field-city = Kota
desk-mp-field-company = Perusahaan
desk-mp-field-job = Pekerjaan yang dijanjikan
desk-mp-field-recruiter = Perekrut
desk-mp-field-photo = Foto
desk-mp-field-notes = Catatan lain
desk-mp-relationship-parent = orang tua (yang hilang adalah anaknya)
desk-mp-relationship-child = anak (yang hilang adalah orang tuanya)
desk-mp-relationship-sibling = kakak atau adik
desk-mp-relationship-spouse = suami atau istri
desk-mp-relationship-relative = kerabat lain
desk-mp-relationship-friend = teman

# Cek status dan PIN keluarga pelapor (src/officers/relative-desk.ts, src/cases/relative-access.ts).
desk-card-verify-relative = ⚠ Laporan keluarga bisa saja dibuat perekrut yang mengaku keluarga. Pastikan siapa mereka sebelum memberi tahu apa pun: cek status hanya menjawab "diterima" / "sedang ditangani" sampai petugas memilih (/tell { $caseId } located).
desk-card-told-located = 📣 Cek status laporan ini menjawab "sudah ditemukan / berhubungan dengan kedutaan" (dipilih oleh { $officer }). /tell { $caseId } nothing untuk berhenti.
desk-card-told-closed = 📣 Cek status laporan ini menjawab "ditutup" (dipilih oleh { $officer }). /tell { $caseId } nothing untuk berhenti.
desk-usage-tell = Cara pakai: /tell KH-XXXX located|closed|nothing (di dalam topik kasus nomornya boleh dilewati). Hanya setelah Anda memastikan keluarganya: laporan bisa dibuat perekrut.
desk-usage-resetpin = Cara pakai: /resetpin KH-XXXX, hanya setelah Anda memastikan ini memang keluarganya. PIN baru hanya dikirim ke chat asal laporan; tidak ada yang melihatnya di sini.
desk-told-located = { $caseId }: cek status sekarang menjawab "sudah ditemukan / berhubungan dengan kedutaan".
desk-told-closed = { $caseId }: cek status sekarang menjawab "ditutup".
desk-told-nothing = { $caseId }: cek status sekarang hanya menjawab "diterima" / "sedang ditangani".
desk-told-same = { $caseId }: cek status sudah menjawab begitu.
desk-pin-reset-done = 🔑 { $caseId }: PIN baru sedang dikirim ke chat asal laporan. PIN lama tidak berlaku lagi.
desk-not-relative = { $caseId } bukan laporan keluarga: tidak ada PIN.
desk-pin-stopped = Pesan ke chat { $caseId } sedang dihentikan: PIN tidak dikirim. /resume { $caseId } dulu kalau aman.
desk-pin-capped = ⚠ { $caseId }: { $failures } PIN salah dari { $senders } chat dalam sehari. Mungkin ada yang menebak. Cek status dijeda untuk chat yang salah; chat yang belum pernah salah masih bisa cek. Kalau keluarganya terkunci, pastikan dulu lalu /resetpin { $caseId }.
desk-pin-forgotten = 🔑 { $caseId }: keluarga pelapor bilang lupa PIN (dari chat asal laporan). Hubungi dan pastikan ini memang mereka, lalu /resetpin { $caseId }.
desk-pin-forgotten-other = ⚠ { $caseId }: seseorang di chat lain (bukan chat asal laporan) bilang lupa PIN. Mungkin bukan keluarganya. PIN baru hanya dikirim ke chat asal laporan.
desk-pin-reset = 🔑 { $caseId }: PIN baru dikirim ke chat asal laporan oleh { $officer }.
desk-told-line-located = 📣 { $caseId }: { $officer } memilih cek status menjawab "sudah ditemukan / berhubungan dengan kedutaan".
desk-told-line-closed = 📣 { $caseId }: { $officer } memilih cek status menjawab "ditutup".
desk-told-line-nothing = 📣 { $caseId }: { $officer } memilih cek status hanya menjawab "diterima" / "sedang ditangani".

desk-person-forgotten = 🗑 { $caseId }: orang ini minta datanya dilupakan pukul { $time }. Percakapannya dengan bot sudah dihapus; kasus tetap ada agar Anda masih bisa bertindak. Simpan hanya yang perlu.
desk-card-forgotten = 🗑 Minta dilupakan ({ $time }): simpan hanya yang perlu untuk bertindak.

# Handing a case to a colleague (/hand).
desk-usage-hand = Cara pakai: /hand KH-XXXX NAMA (di dalam utas kasus, nomornya boleh dihilangkan). NAMA: nama rekan seperti yang tampil di meja jaga.
desk-handed = { $caseId } sekarang dipegang { $officer }.
desk-hand-same = { $caseId } sudah dipegang { $officer }.
desk-hand-unknown = Tidak ada petugas dengan nama itu. Petugas: { $officers }
desk-hand-self = Anda tidak bisa menyerahkan { $caseId } ke diri sendiri.
desk-handed-line = 🤝 { $caseId } diserahkan ke { $to } oleh { $officer }.
