# Meja petugas di terminal (npm run desk): yang dibaca petugas. Kartu dan label antrean dari desk.ftl.

desk-cli-usage =
    Meja petugas jaga di terminal, memakai Redis hotline.
    
    Cara pakai: npm run desk -- [--as NAMA] [--lang BAHASA] PERINTAH
    
      list [--json]              kasus terbuka, paling mendesak dulu
      show ID                    satu kasus: kartu dan catatannya
      claim ID                   ambil kasus ini
      unclaim ID                 kembalikan ke antrean
      note ID TEKS…              tambah catatan untuk petugas
      reply ID TEKS… [--confirm] jawab orangnya (hotline mengirim sekarang atau menahan sampai waktu aman mereka);
                                 --confirm mengirim jawaban yang menyebut kasus lain atau mirip kartu kasus
      location ID                minta lokasi terbaru
      status ID STATUS [LAIN]    STATUS: in-progress, resolved, closed, atau duplicate ID-LAIN
      lower ID [TINGKAT] ALASAN… turunkan alarm palsu, dengan alasannya (atau --reason "…"); TINGKAT: high
                                 atau normal, jika tidak turun satu tingkat. Orangnya tidak pernah diberi tahu.
      restore ID                 batalkan penurunan: kembali ke urgensi sebelumnya
      resume ID                  izinkan pesan lagi ke obrolan yang dihentikan kata bahaya atau "tidak bisa bicara"
      unlock ID                  buka jawaban yang dikunci karena salah kata rahasia
      tell ID APA                jawaban cek status keluarga: located, closed, atau nothing (hanya
                                 diterima / sedang ditangani); pastikan dulu siapa keluarganya
      reset-pin ID               PIN baru untuk keluarga yang lupa PIN (pastikan dulu siapa mereka); hanya
                                 dikirim ke chat asal laporan
      link ID LAIN               kedua kasus orang yang sama (kedua kartu menampilkan keduanya)
      notlink ID LAIN            bukan orang yang sama: tautan dihapus dan tidak diusulkan lagi
      watch                      antrean, lalu setiap kejadian kasus saat terjadi (Ctrl-C berhenti)
      web-link                   tautan sekali pakai untuk masuk ke meja web (10 menit)
    
    Siapa yang bertindak: --as NAMA atau DESK_OFFICER=NAMA (huruf, angka, . _ -; maks. 32); DESK_SUPERVISOR=1 untuk supervisor.
    Setiap tindakan, termasuk melihat kasus, dicatat dengan nama Anda.
    Kode keluar: 0 selesai, 1 ditolak, 2 salah pakai, 3 tidak bisa jalan (konfigurasi atau Redis).
desk-cli-bad-usage = { $problem } Jalankan `npm run desk -- help` untuk cara pakai.
desk-cli-unknown-command = Perintah "{ $command }" tidak dikenal.
desk-cli-bad-option = { $message }.
desk-cli-need-id = Kasus yang mana? Beri nomornya, misalnya: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = Terlalu banyak kata setelah "{ $command }".
desk-cli-need-officer = Siapa yang bertindak? Tambahkan --as NAMA-ANDA (atau atur DESK_OFFICER): setiap tindakan dicatat dengannya.
desk-cli-bad-officer = "{ $name }" tidak bisa jadi nama petugas: pakai huruf, angka, titik, tanda hubung atau garis bawah, maks. 32.
desk-cli-bad-lang = Tidak ada bahasa meja "{ $lang }": pakai salah satu dari { $languages }.
desk-cli-bad-status = "{ $status }" bukan status: pakai in-progress, resolved, closed, atau duplicate ID-LAIN.
desk-cli-need-link-other = Kasus lain yang mana? npm run desk -- { $command } { $caseId } ID-LAIN
desk-cli-need-other = Duplikat dari kasus mana? npm run desk -- status { $caseId } duplicate ID-LAIN
desk-cli-other-only-duplicate = ID kasus lain hanya dipakai dengan "duplicate".
desk-cli-need-reason = Mengapa ini alarm palsu? npm run desk -- lower { $caseId } [high|normal] --reason "…" (disimpan tersegel, dengan nama Anda)
desk-cli-reason-only-lower = --reason hanya dipakai dengan "lower".
desk-cli-confirm-only-reply = --confirm hanya dipakai dengan "reply".
desk-cli-failed = Meja tidak bisa jalan: { $message }

desk-cli-col-case = KASUS
desk-cli-col-urgency = URGENSI
desk-cli-col-age = UMUR
desk-cli-col-status = STATUS
desk-cli-col-claimed = DIAMBIL
desk-cli-col-country = NEGARA
desk-cli-col-lang = BAHASA
desk-cli-col-reasons = ALASAN
desk-cli-queue-count = { $count } kasus terbuka, paling mendesak dulu.
desk-cli-queue-empty = Tidak ada kasus terbuka.
desk-cli-nobody = —

desk-cli-suspect-head = Semua { $count } perubahan yang mungkin bukan dari orangnya (disimpan, tidak ada yang menurunkan urgensi):
desk-cli-notes-head = Catatan:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = Belum ada catatan.
desk-cli-actions = Berikutnya:

desk-cli-claimed = { $caseId } sekarang milik Anda.
desk-cli-already-yours = { $caseId } sudah milik Anda.
desk-cli-taken = { $caseId } sudah diambil oleh { $officer }.
desk-cli-unclaimed = { $caseId } kembali ke antrean, belum diambil.
desk-cli-not-claimed = { $caseId } belum diambil siapa pun.
desk-cli-status-set = { $caseId } sekarang: { $status }.
desk-cli-status-same = { $caseId } sudah: { $status }.
desk-cli-lowered = { $caseId } diturunkan ke { $urgency }. Orangnya tidak diberi tahu; `npm run desk -- restore { $caseId }` membatalkannya.
desk-cli-urgency-same = { $caseId } sudah { $urgency }.
desk-cli-restored = { $caseId } kembali ke { $urgency }.
desk-cli-not-lower = { $caseId } berstatus { $urgency }: hanya bisa diturunkan lebih rendah (high atau normal).
desk-cli-not-lowered = { $caseId } tidak sedang diturunkan: tidak ada yang dikembalikan.
desk-cli-closed = { $caseId } sudah { $status }: jalankan `npm run desk -- status { $caseId } in-progress` untuk menanganinya lagi.
desk-cli-missing = Tidak ada kasus { $caseId }.
desk-cli-bad-duplicate = { $other } bukan kasus lain yang ada.
desk-cli-note-added = Catatan ditambahkan ke { $caseId }.
desk-cli-empty = Tidak ada yang dikirim: tulis teksnya setelah nomor kasus.
desk-cli-too-long = Terlalu panjang: { $length } karakter, maksimal { $max }. Mohon dibagi.
desk-cli-gone = { $caseId }: orangnya tidak bisa dihubungi lagi (memblokir bot atau menghapus akunnya). Tidak ada yang dikirim.
desk-cli-reply-queued = Jawaban untuk { $caseId } masuk antrean kirim, persis ini:
desk-cli-reply-other = Tidak dikirim: menyebut kasus lain ({ $cases }). Benar untuk { $caseId }? Data kasus lain tidak boleh sampai ke orang ini. Jika memang dimaksud, jalankan perintahnya lagi dengan --confirm.
desk-cli-reply-card = Tidak dikirim: mirip kartu kasus, yang akan menunjukkan kasusnya kepada siapa pun yang memegang HP orang itu. Jika memang dimaksud, jalankan perintahnya lagi dengan --confirm.
desk-cli-location-queued = Permintaan lokasi untuk { $caseId } masuk antrean kirim.
desk-cli-send-now = Mereka bilang sekarang aman ditulisi: hotline yang berjalan langsung memberi tahu "ada pesan baru"; isinya menyusul setelah kata rahasia mereka, atau pesan yang mereka ketik.
desk-cli-send-now-relative = Keluarga yang melapor dari rumah memilih chat ini pada waktu ini: hotline yang berjalan langsung mengirim isi jawabannya (tanpa bunyi, dengan judul netral).
desk-cli-held-first = Ditahan: mereka minta kita menulis hanya setelah mereka menulis. Terkirim saat mereka menulis lagi.
desk-cli-held-until = Ditahan sampai { $time } (waktu aman mereka), atau sampai mereka menulis lagi.
desk-cli-held-unknown = Ditahan: mereka belum bilang kapan aman ditulisi (atau kami tidak bisa membacanya). Terkirim saat mereka menulis lagi.
desk-cli-held-phone = Ditahan: mereka minta ditelepon balik (nomor dan jamnya ada di `npm run desk -- show`). Terkirim di chat mereka saat mereka menulis lagi di sana.
desk-cli-watch-hint = `npm run desk -- watch` menunjukkan kapan terkirim.

desk-cli-watching = Memantau kejadian kasus (Ctrl-C berhenti)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = kasus baru
desk-cli-what-case-updated = diperbarui oleh orangnya
desk-cli-what-case-escalated = dinaikkan urgensinya
desk-cli-what-case-claimed = diambil
desk-cli-what-case-unclaimed = dilepas
desk-cli-what-case-unclaimed-freed = klaim { $was } dilepas saat mulai: bukan petugas terdaftar lagi
desk-cli-what-case-realerted-claim = diingatkan lagi (langkah { $step }): belum ada yang mengambil
desk-cli-what-case-realerted-answer = diingatkan lagi (langkah { $step }): diambil { $owner }, orangnya belum dijawab
desk-cli-what-case-paged-sent = { $to } dihubungi lewat pesan pribadi (langkah { $step })
desk-cli-what-case-paged-unreachable = { $to } tidak bisa dihubungi (langkah { $step }): belum memulai bot; lanjut ke berikutnya
desk-cli-what-case-paged-failed = { $to } tidak bisa dihubungi (langkah { $step }): galat Telegram; lanjut ke berikutnya
desk-cli-what-case-status = status: { $status }
desk-cli-what-case-note = catatan ditambahkan
desk-cli-what-case-lowered = diturunkan dari { $from }
desk-cli-what-case-restored = urgensi dikembalikan (sebelumnya { $from })
desk-cli-what-case-reply-queued = jawaban masuk antrean
desk-cli-what-case-reply-delivered = jawaban terkirim ({ $count }), { $rule }
desk-cli-what-case-reply-held = jawaban ditahan{ $until }{ $why }
desk-cli-what-case-reply-gone = orangnya tidak bisa dihubungi
desk-cli-what-case-wiped = orangnya menghapus chat dengan bot (kasus tetap ada)
desk-cli-until = {" "}sampai { $time }

desk-cli-resumed = { $caseId }: pesan sampai lagi ke obrolannya. Jawaban yang ditahan mengikuti aturan biasa.
desk-cli-unlocked = { $caseId }: kunci dibuka. Kata rahasianya kembali menampilkan jawaban yang ditahan.
desk-cli-not-stopped = Tidak ada yang dihentikan untuk { $caseId }.
desk-cli-not-locked = Jawaban { $caseId } tidak dikunci.
desk-cli-what-case-duress = kata BAHAYA: tidak ada ke obrolannya sampai `resume`
desk-cli-what-case-cant-talk-on = "tidak bisa bicara": bot diam untuk obrolannya
desk-cli-what-case-cant-talk-off = bicara lagi setelah "tidak bisa bicara"
desk-cli-what-case-release-locked = jawaban dikunci setelah { $tries } kali salah kata rahasia
desk-cli-what-case-release-unlocked = kunci jawaban dibuka
desk-cli-what-case-resumed = pesan ke obrolannya dilanjutkan
desk-cli-what-case-reply-announced = diberi tahu "ada pesan baru"; tampil { $waiting }
desk-cli-rule-code-word = setelah kata rahasianya
desk-cli-rule-typed-reply = sebagai balasan pesan yang mereka ketik
desk-cli-held-stopped = {" "}(obrolannya dihentikan)
desk-cli-held-locked = {" "}(dikunci: salah kata rahasia)
# Cek status dan PIN keluarga pelapor.
desk-cli-bad-tell = "{ $what }" bukan jawaban cek status: pakai located, closed atau nothing.
desk-cli-told-located = { $caseId }: cek status sekarang menjawab "sudah ditemukan / berhubungan dengan kedutaan".
desk-cli-told-closed = { $caseId }: cek status sekarang menjawab "ditutup".
desk-cli-told-nothing = { $caseId }: cek status sekarang hanya menjawab "diterima" / "sedang ditangani".
desk-cli-told-same = { $caseId }: cek status sudah menjawab begitu.
desk-cli-pin-reset = { $caseId }: PIN baru diantrekan untuk chat asal laporan (hotline yang berjalan mengirimnya). PIN lama tidak berlaku lagi.
desk-cli-not-relative = { $caseId } bukan laporan keluarga: tidak ada PIN.
desk-cli-pin-stopped = Pesan ke chat { $caseId } sedang dihentikan: PIN tidak dikirim. Lanjutkan dulu (npm run desk -- resume { $caseId }) kalau aman.
desk-cli-what-case-pin-capped = terlalu banyak PIN salah hari ini: cek dijeda untuk chat yang salah
desk-cli-what-case-pin-forgotten = keluarga pelapor bilang lupa PIN
desk-cli-what-case-pin-reset = PIN baru dikirim ke chat asal laporan
desk-cli-what-case-told = jawaban cek status diubah

desk-cli-what-case-forgotten = orang ini minta dilupakan (percakapannya dihapus, kasus tetap ada)
desk-cli-what-case-purged-retention = kasus dihapus: sudah selesai lebih lama dari masa simpan
desk-cli-what-case-purged-forgotten = kasus dihapus: orang ini minta dilupakan
desk-cli-web-link = Tautan masuk ke meja web (sekali pakai, berlaku { $minutes } menit; jangan dibagikan): { $url }
