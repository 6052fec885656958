# Jawaban petugas seperti yang diterima orangnya: kepala pesan netral, tidak pernah nama petugas.
relay-header = Pesan dari kedutaan tentang kasus { $caseId } Anda:
relay-location-request = Kedutaan bertanya tentang kasus { $caseId } Anda: jika aman, mohon bagikan lokasi Anda sekarang (📎 → Lokasi), atau ketik di mana Anda sekarang.
