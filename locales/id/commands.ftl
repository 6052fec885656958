# Menu perintah Telegram.
command-start = Mulai atau lanjutkan
command-help = Bantuan
command-language = Ganti bahasa
command-restart = Mulai lagi
command-wipe = Hapus chat ini
