# Laporan orang hilang oleh keluarga, dan cek status laporan. Pembacanya keluarga yang cemas:
# kata-kata sederhana, satu pertanyaan sekali, jangan menjanjikan yang tidak bisa kami tepati.
# `$discreet` "no" untuk keluarga di rumah (bawaan alur ini): nomor kasus dan PIN tetap di layar. "yes"
# (setelah /discreet, setelah kata-kata bahaya, atau terbawa dari alur pengaduan): pesan yang tertinggal
# tidak menyebut nomor kasus atau kedutaan; PIN tampil sekali di `mp-pin`, dihapus setelah dia menulis lagi.

mp-ask-relationship = Anda melaporkan orang yang hilang kontak. Dia siapa bagi Anda? Tekan salah satu, atau ketik.
mp-relationship-parent = Anak saya
mp-relationship-child = Ayah atau ibu saya
mp-relationship-sibling = Kakak atau adik saya
mp-relationship-spouse = Suami atau istri saya
mp-relationship-relative = Kerabat lain
mp-relationship-friend = Teman
mp-choice-skip = Tidak tahu / lewati

mp-ask-name = Siapa nama lengkapnya, seperti di paspor atau KTP?
mp-ask-age = Berapa umurnya? Ketik umur, atau tanggal lahir (misalnya 12/03/1999).
mp-age-not-understood = Mohon ketik umur dengan angka (misalnya 24), atau tanggal lahir (misalnya 12/03/1999).
mp-birth-future = Tanggal lahir itu di masa depan. Mohon periksa dan ketik lagi.
mp-ask-sex = Dia perempuan atau laki-laki?
mp-sex-female = Perempuan
mp-sex-male = Laki-laki
mp-sex-not-understood = Ketik "perempuan" atau "laki-laki", atau lewati.
mp-ask-hometown = Di mana kampung halamannya (desa atau kota, kabupaten)?
mp-ask-document = Apakah Anda tahu nomor paspor atau KTP-nya? Ketik, atau lewati.
mp-ask-phone = Berapa nomor HP, WhatsApp, atau nama Telegram-nya? Misalnya 0812 3456 7890 atau @nama.
mp-phone-not-understood = Itu tidak seperti nomor telepon. Ketik dengan semua angkanya (misalnya 0812 3456 7890), nama Telegram (@nama), atau lewati.

mp-ask-last-heard = Kapan terakhir Anda mendapat kabar darinya? Misalnya "3 minggu lalu", "Maret lalu" atau 15/03/2026.
mp-date-future = Tanggal itu di masa depan. Kapan terakhir Anda mendapat kabar? Misalnya "2 minggu lalu".
mp-date-not-understood = Kami tidak bisa membaca tanggal itu. Coba "3 minggu lalu", "Maret 2026" atau 15/03/2026, atau lewati.
mp-ask-last-message = Apa yang dia katakan terakhir kali? Salin kata-katanya jika bisa, atau lewati.

mp-ask-country = Dia pergi ke negara mana?
mp-ask-city = Kota atau daerah mana? (misalnya Sihanoukville, Bavet, Myawaddy)
mp-ask-company = Apa nama perusahaan tempat dia bekerja?
mp-ask-job = Pekerjaan apa yang dijanjikan? (misalnya "admin toko online, 1.000 dolar sebulan")
mp-ask-recruiter = Siapa yang merekrutnya: nama agen atau agensi, dan nomornya jika ada?

mp-ask-photo = Apakah Anda punya foto terbarunya? Kirim di sini sebagai foto, atau lewati.
mp-photo-received = Foto diterima.
mp-photo-expected = Mohon kirim foto (gambar), atau tekan "lewati".
mp-photo-later = Terima kasih. Foto akan kami minta nanti; mohon jawab pertanyaan ini dulu.

mp-ask-harm = Apakah dia pernah bercerita salah satu dari ini? Tekan semua yang sesuai, lalu "Selesai".
mp-harm-held = Tidak boleh pergi
mp-harm-hurt = Dipukul atau dilukai
mp-harm-threatened = Diancam
mp-harm-sold = Dijual ke perusahaan lain
mp-harm-not-understood = Ketik nomor yang sesuai, misalnya "1 dan 3", atau "selesai".

mp-ask-contact = Bagaimana kami bisa menghubungi Anda?
mp-contact-this-chat = Di sini, di chat ini
mp-contact-phone = Lewat telepon, di nomor lain
mp-contact-not-understood = Ketik 1 untuk di chat ini, 2 untuk lewat telepon, atau langsung ketik nomor teleponnya.
mp-ask-contact-phone = Nomor telepon mana yang bisa kami hubungi?
mp-contact-phone-not-understood = Ketik nomornya dengan semua angka (misalnya 0812 3456 7890), atau tekan "Di sini, di chat ini".
mp-ask-contact-when = Kapan kami boleh menghubungi Anda?
mp-when-anytime = Kapan saja
mp-when-times = Hanya pada jam tertentu
mp-when-not-understood = Ketik "kapan saja", atau tulis jam yang cocok, misalnya "sore setelah jam 4".

mp-is-self = Sepertinya laporan ini tentang Anda sendiri. Jika Anda sendiri butuh bantuan, tekan "Saya sendiri butuh bantuan".
mp-not-me = Bukan, ini orang lain
mp-is-self-not-understood = Ketik 1 jika Anda sendiri butuh bantuan, atau 2 jika laporan ini tentang orang lain.

mp-summary =
    Mohon periksa laporan Anda:
    Hubungan Anda: { $relationship }
    Nama: { $name }
    Umur: { $age }
    Jenis kelamin: { $sex }
    Kampung halaman: { $hometown }
    Paspor atau KTP: { $document }
    HP / Telegram: { $phone }
    Kabar terakhir: { $lastHeard }
    Yang dia katakan: { $lastMessage }
    Pergi ke: { $where }
    Perusahaan: { $company }
    Pekerjaan yang dijanjikan: { $job }
    Perekrut: { $recruiter }
    Foto: { $photo }
    Dia bercerita: { $harm }
    Hubungi Anda: { $contact }
mp-summary-photo-yes = ada
mp-summary-born = lahir { $date }
mp-summary-this-chat = di chat ini
mp-summary-phone = lewat telepon { $phone }
mp-summary-times = hanya pada: { $times }
mp-edit-person = Orangnya
mp-edit-last-heard = Kabar terakhir
mp-edit-where = Ke mana dia pergi
mp-edit-photo = Foto
mp-edit-harm = Yang dia ceritakan
mp-edit-contact = Cara menghubungi saya

mp-done = { $discreet ->
    [no]
        Laporan Anda sudah di kedutaan. Nomor kasus: { $caseId }
        PIN: { $pin }
        Catat keduanya sekarang: PIN ini hanya ditampilkan sekali. Dengan keduanya Anda bisa mengecek status laporan di sini kapan saja (tekan "Cek laporan saya" setelah /restart).
        { $urgent ->
            [yes] Karena yang Anda ceritakan, petugas akan melihatnya lebih dulu.
           *[no] Petugas piket akan membacanya dan mencocokkannya dengan laporan lain.
        } Kedutaan akan menghubungi Anda dengan cara yang Anda pilih jika perlu keterangan lagi, atau ada kabar yang boleh disampaikan. Kami tidak pernah memberi tahu di mana orang itu berada. Jika dia menghubungi Anda, sampaikan bahwa dia bisa menulis sendiri ke nomor ini.
   *[yes]
        Terkirim. Terima kasih.
        Akan ada yang membaca dan mencocokkannya dengan cerita orang lain, lalu menghubungi Anda dengan cara yang Anda pilih jika perlu keterangan lagi atau ada kabar. Kami tidak pernah memberi tahu di mana orang itu berada. Jika dia menghubungi Anda, sampaikan bahwa dia bisa menulis sendiri ke sini.
}
# Hanya dalam mode privat, langsung setelah `mp-done`, dan dihapus setelah dia menulis lagi.
mp-pin =
    Nomor kasus: { $caseId }
    PIN: { $pin }
    Catat keduanya sekarang: hanya ditampilkan kali ini, dan pesan ini hilang setelah Anda menulis lagi. Dengan keduanya Anda bisa mengecek laporan di sini (tekan "Cek laporan saya" setelah /restart).
mp-already-reported = { $discreet ->
    [no] Anda sudah melaporkan orang ini: kasus { $caseId }. Yang Anda tulis sekarang sudah kami tambahkan ke kasus itu. Gunakan PIN yang sudah Anda terima untuk mengecek statusnya.
   *[yes] Anda sudah pernah cerita tentang orang ini. Yang Anda tulis sekarang sudah kami tambahkan. Gunakan PIN yang sudah Anda terima untuk mengeceknya.
}
mp-added = { $discreet ->
    [no] Ditambahkan ke kasus { $caseId }. Terima kasih.
   *[yes] Sudah ditambahkan. Terima kasih.
}
mp-case-open = { $discreet ->
    [no] Laporan { $caseId } Anda sudah di kedutaan. Apa pun yang Anda tulis atau kirim di sini ditambahkan ke laporan itu.
   *[yes] Kami membaca semua yang Anda tulis atau kirim di sini. Tulis SOS kapan saja.
}
mp-location-not-needed = Kami tidak memerlukan lokasi Anda. Mohon jawab pertanyaannya.
mp-help = { $discreet ->
    [no] Ini layanan bantuan kedutaan, untuk melaporkan orang hilang. Jawab pertanyaan di bawah. /language mengganti bahasa, /restart kembali ke menu pertama, /discreet untuk menyalakan mode privat.
   *[yes] Jawab pertanyaan di bawah. /language mengganti bahasa, /restart kembali ke menu pertama, /discreet untuk mematikan mode privat.
}

status-ask-case = Ketik nomor kasus laporan Anda (misalnya KH-4F7Q).
status-case-format = Itu tidak seperti nomor kasus. Nomor kasus berisi huruf, tanda hubung dan 4 karakter, misalnya KH-4F7Q.
status-ask-pin = Ketik PIN 6 angka yang Anda terima bersama nomor kasus.
status-pin-format = PIN terdiri dari 6 angka. Mohon ketik lagi.
status-cannot-check = Nomor kasus dan PIN belum terbaca. Coba lagi, atau buat laporan baru: petugas akan melihatnya.
status-received = Status laporan Anda: diterima. Laporan menunggu petugas piket.
status-working = Status laporan Anda: sedang ditangani petugas.
status-located = { $discreet ->
    [no] Status laporan Anda: orangnya sudah ditemukan, atau sudah berhubungan dengan kedutaan.
   *[yes] Status laporan Anda: orangnya sudah ditemukan, atau sudah berhubungan dengan kami.
}
status-closed = Status laporan Anda: ditutup. Jika Anda masih belum mendapat kabar, Anda bisa membuat laporan baru.
status-no-match = Nomor kasus atau PIN tidak cocok. Mohon periksa dan coba lagi.
status-locked = Terlalu banyak percobaan. Demi keamanan, coba lagi nanti.
status-forgot-pin = Saya lupa PIN
status-forgotten = Petugas akan menghubungi Anda untuk memastikan ini memang Anda. Setelah itu PIN baru dikirim ke chat tempat Anda membuat laporan.
status-pin-new =
    PIN baru untuk laporan { $caseId }: { $pin }
    Catat sekarang: hanya ditampilkan kali ini. PIN lama sudah tidak berlaku.
status-next = Apa yang ingin Anda lakukan?
status-check-again = Cek laporan lain
status-new-report = Laporkan orang hilang
status-next-not-understood = Ketik 1 untuk cek laporan lain, atau 2 untuk melaporkan orang hilang.
