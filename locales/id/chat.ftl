# Chat itu sendiri: pesan terhapus setelah beberapa jam, layar sementara, menghapus chat sekaligus
# (src/core/trail.ts, src/core/wipe-words.ts). Kata-kata netral: chat bisa dibaca orang lain.

# Sekali, sebagai balasan pesan berikutnya, kalau ada pesan yang sudah tidak bisa dihapus (terlalu lama).
trail-clear-chat = Beberapa pesan lama di sini tidak bisa dihapus. Kalau bisa, hapus sendiri chat ini.
# Setelah teks bantuan: apa yang terjadi kalau chat dihapus, di aplikasi yang dipakai ($channel).
help-wipe = { $channel ->
    [whatsapp] Untuk menghapus chat ini sekarang, ketik hapus (atau /wipe). Di WhatsApp hanya pesan kami yang bisa dihapus, dan tiap pesan meninggalkan tulisan "Pesan ini telah dihapus". Pesanmu sendiri tetap ada di HP-mu sampai hilang sendiri setelah 24 jam: hapus sendiri kalau bisa (di chat ini: ⋮ → Lainnya → Bersihkan chat).
   *[other] Untuk menghapus chat ini sekarang, ketik hapus (atau /wipe): pesanmu dan pesan kami hilang. Kalau tidak, semua di sini terhapus sendiri setelah beberapa jam.
}

# /forget (src/core/forget.ts)
forget-ask = Hapus chat ini dan semua yang Anda ceritakan di sini? Ini tidak bisa dibatalkan.
forget-yes = Ya, hapus
forget-no = Tidak, simpan
forget-done = Selesai. Sudah dihapus.
forget-kept = Tidak ada yang dihapus.
