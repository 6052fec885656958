# Jawaban petugas seperti yang diterima orangnya: kepala pesan netral, tidak pernah nama petugas.
relay-header = Pesan untuk Anda:
relay-location-request = Jika aman, mohon bagikan lokasi Anda sekarang (📎 → Lokasi), atau ketik di mana Anda sekarang.
# Satu baris netral yang memberi tahu ada jawaban petugas (hanya ini yang tampil di layar kunci). Isinya
# baru dikirim setelah kata rahasia orangnya, atau, tanpa kata rahasia, sebagai balasan pesan yang diketik.
relay-notice = { $count ->
    [1] Ada pesan baru.
   *[other] Ada { $count } pesan baru.
}
