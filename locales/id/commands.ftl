# Menu perintah Telegram. Siapa pun yang membuka chat bisa membacanya: jangan sebut kedutaan, hotline,
# bantuan untuk korban, atau alasan orang menulis.
command-start = Mulai atau lanjutkan
command-help = Bantuan
command-language = Ganti bahasa
command-restart = Mulai lagi
command-discreet = Privasi: tampilkan/sembunyikan detail
command-wipe = Hapus chat ini
command-forget = Hapus data saya

# Jawaban untuk /discreet, di setiap alur. "Nyala" dihapus setelah orangnya menulis lagi.
discreet-on = Mode privat nyala: nomor kasus tidak ditampilkan di sini, dan tiap pertanyaan hilang setelah dijawab. /discreet untuk mematikan.
discreet-off = Mode privat mati: nomor kasus ditampilkan di sini. /discreet untuk menyalakan lagi.
