# Generator for the independent evaluation set corpus/external/intake-sample.jsonl.
# Texts are simulated intake (written by hand, not derived from the training corpus).
import json, os, random, re

ITEMS = []

def A(text, level, method, register, source, notes):
    ITEMS.append(dict(text=text.strip(), level=level, method=method,
                      register=register, source="simulated: " + source, notes=notes))

def O(text, register, source, notes):
    A(text, None, None, register, source, notes)

WA = "WhatsApp pengaduan Dinsos Kab. {}"
APP = "aplikasi pengaduan (SP4N-LAPOR!) Kab. {}"
LET = "surat kepada Bupati {}"
HOT = "transkrip hotline pengaduan Kab. {}"
CN = "catatan kasus pekerja sosial/TKSK Kab. {}"
REP = "{}"
# ---------------- mikro / individual_casework ----------------
IC = ("mikro", "individual_casework")
A("min mau tanya bansos pkh ibu sy udh 3 bln ga cair2 padahal tahun kmrn msh dpt, di cek di web cekbansos namanya ilang. ibu sy janda umur 67 tinggal sendiri di cibatu. tlg dibantu cek knp ya", *IC, "informal_message", WA.format("Garut"), "satu rumah tangga, PKH berhenti")
A("pak nyuwun tulung, mbah kulo BPNT ne mboten mlebu wiwit wulan juni. kartu KKS ne ilang pas banjir wingi dadi ora iso njupuk. mbah wis sepuh ora kuat mlaku adoh nang bank. kudu piye nggih", *IC, "informal_message", WA.format("Grobogan"), "bantuan satu lansia terhenti, kartu hilang")
A("""Petugas: Layanan pengaduan, dengan siapa saya bicara?
Penelepon: Iya Bu, saya Dedi dari Kecamatan Pacet. Mau lapor, bapak saya itu stroke sudah setahun, BPJS yang gratis itu tiba-tiba nonaktif pas mau kontrol ke rumah sakit.
Petugas: Nonaktifnya sejak kapan Pak?
Penelepon: Katanya bulan kemarin. Disuruh daftar umum, bayar sendiri. Kami nggak sanggup Bu, saya cuma kuli bangunan.
Petugas: Baik, saya catat dulu nama bapaknya ya.""", *IC, "hotline_transcript", HOT.format("Cianjur"), "PBI JK satu pasien nonaktif")
A("""Kepada Yth.
Bapak Bupati Bone
di Watampone

Assalamu'alaikum warahmatullahi wabarakatuh.

Dengan hormat, semoga Bapak senantiasa diberi kesehatan dan kelancaran dalam memimpin Kabupaten Bone yang kita cintai. Saya yang bertanda tangan di bawah ini, seorang ibu rumah tangga dari Desa Mallari, Kecamatan Awangpone, memberanikan diri menulis surat ini karena sudah tidak tahu lagi harus mengadu ke mana.

Anak saya yang sekarang kelas 5 SD tercatat sebagai penerima Program Indonesia Pintar sejak kelas 3. Namun sampai hari ini dana tersebut tidak pernah masuk ke rekeningnya. Pihak sekolah sudah membantu mengecek dan mengatakan rekening anak saya dibekukan karena belum aktivasi, tetapi ketika saya datang ke bank saya disuruh kembali ke sekolah. Sudah empat kali saya bolak-balik, ongkos ojek saja sudah habis lebih dari bantuan sebulan.

Saya tidak meminta lebih, hanya mohon dibantu agar hak anak saya bisa diterima. Atas perhatian Bapak saya ucapkan terima kasih. Mohon maaf bila ada kata yang kurang berkenan.

Wassalamu'alaikum warahmatullahi wabarakatuh.

Hormat saya,
Ibu Hasnah (nama lengkap ada pada petugas)""", *IC, "letter", LET.format("Bone"), "PIP satu anak tidak masuk rekening")
A("""Klien Ny. S (54 th), janda, buruh tani harian, tinggal di rumah semi permanen bersama satu cucu usia 9 th. Sejak Maret nama klien tidak muncul lagi di DTKS setelah pemutakhiran, sehingga PKH komponen lansia dan BPNT terhenti. Klien tidak punya HP, tidak paham cara cek mandiri. Kondisi: makan 2x sehari, cucu masih sekolah. Rencana: verifikasi ke operator SIKS desa, usulan reaktivasi lewat musdes, sementara dirujuk ke Puskesos untuk bantuan sembako darurat.""", *IC, "case_note", CN.format("Agam"), "satu klien keluar DTKS, manajemen kasus")
A("Bantuan RTLH rumah sy sdh disurvei tahun 2022 sampai skrg blm ada kabar. Dinding sudah retak, atap bocor kalau hujan. Mohon kejelasan", *IC, "terse", APP.format("Lombok Timur"), "bantuan rumah satu keluarga tidak turun")
A("bang aye mau nanya nih, bansos beras aye kagak dapet lagi dari bulan kemaren. tetangga pade dapet aye doang yg kagak. aye kan udeh tua kagak kerja, laki aye udeh meninggal. tolongin dong bang dicekin", *IC, "informal_message", WA.format("Bekasi"), "bantuan pangan satu lansia berhenti")
A("BLT dana desa saya dicoret bulan ini padahal suami baru meninggal 2 bulan lalu, sekarang saya yang cari nafkah", *IC, "terse", APP.format("Jember"), "bantuan satu rumah tangga dicoret")
A("""Penelepon: Selamat siang Pak. Saya mau tanya, saya baru keluar dari lapas bulan lalu. Nggak punya kerjaan, keluarga sudah nggak mau terima. Sekarang tidur di masjid dekat terminal.
Petugas: Bapak sekarang posisinya di mana persisnya?
Penelepon: Di Tegalboto Pak. KTP saya juga hilang. Ada nggak bantuan buat orang kayak saya, saya mau kerja apa saja.
Petugas: Baik Pak, kami hubungkan dengan petugas lapangan ya.""", *IC, "hotline_transcript", HOT.format("Jember"), "eks warga binaan tanpa tempat tinggal, satu orang")
A("""Laporan Satpol PP: seorang laki-laki lansia (perkiraan 75 th) ditemukan berjalan tanpa arah di Terminal Guntur pukul 21.00. Tidak ingat nama lengkap maupun alamat, bicara bahasa Sunda campur. Kondisi lemah, pakaian kotor, ada luka lecet di kaki. Diduga demensia. Tindakan: dibawa ke Puskesmas Tarogong untuk pemeriksaan, penelusuran keluarga lewat media sosial desa, penempatan sementara di rumah singgah.""", *IC, "case_note", CN.format("Garut"), "satu lansia terlantar, penelusuran keluarga")
A("punten min abdi bade naros. kartu KIS bapa abdi teu tiasa dianggo di rs, saurna teu aktif deui. bapa nuju dirawat di ruang kelas 3 ayeuna, biaya na ageung pisan. abdi kedah kamana nya ngurusna", *IC, "informal_message", WA.format("Tasikmalaya"), "KIS satu pasien tidak aktif")
A("""Yth. Bapak Bupati Lombok Timur,

Dengan segala hormat. Saya, seorang bapak dari Desa Sakra, ingin menyampaikan permohonan. Anak saya laki-laki berumur 22 tahun lumpuh kedua kakinya sejak kecelakaan motor tiga tahun lalu. Sejak itu ia hanya berbaring di rumah dan sudah mulai kena luka di punggung. Tahun lalu kami sudah mengajukan kursi roda ke dinas melalui kantor desa, lengkap dengan surat keterangan dokter, namun sampai sekarang belum ada jawaban.

Kami bukan orang mampu, saya bekerja sebagai buruh tembakau musiman. Besar harapan kami anak kami bisa duduk dan keluar rumah lagi. Mohon kiranya Bapak berkenan memerintahkan petugas menindaklanjuti.

Terima kasih atas perhatian Bapak.
Hormat kami, orang tua pemohon""", *IC, "letter", LET.format("Lombok Timur"), "alat bantu satu penyandang disabilitas")
A("pkh sy kok masuk ke rekening org lain ya min, di kartu nama nya beda bukan nama sy. udh lapor ke bank katanya suruh ke dinas", *IC, "informal_message", WA.format("Sidoarjo"), "salah salur bantuan satu KPM")
A("assalamualaikum pak, ambo nak batanyo. bantuan sembako untuak amak ambo indak ado masuak lai sajak bulan ampek. amak lah gaek, indak bakarajo lai, apak lah maningga. baa caronyo mangurus pak", *IC, "informal_message", WA.format("Agam"), "bantuan pangan satu lansia berhenti")
A("tabe pak, mau ka bertanya. bantuan PKH ku tidak cair mi dari tahun lalu, katanya ada masalah di datanya. bagaimana mi itu pak, anakku tiga masih sekolah semua, suamiku pergi melaut tidak menentu hasilnya", *IC, "informal_message", WA.format("Bone"), "PKH satu keluarga tidak cair")
A("""Klien Nn. R (16 th), hamil 5 bulan, keluar dari SMP kelas 9 karena malu. Orang tua menerima kondisi klien dan mendukung agar klien tetap belajar. Klien menyatakan ingin ikut ujian paket B dan butuh pemeriksaan kehamilan rutin; belum punya BPJS. Rencana: konseling individual, rujukan ke PKBM terdekat untuk kejar paket, pendaftaran PBI, rujukan bidan puskesmas.""", *IC, "case_note", CN.format("Cianjur"), "remaja hamil, situasi pribadi, keluarga suportif")
A("""Petugas: Halo, hotline pengaduan.
Penelepon: Halo Bu... saya di pelabuhan Lembar. Saya baru dipulangkan dari Malaysia, dideportasi. Uang nggak ada, HP juga ditahan di sana.
Petugas: Ibu asalnya dari mana?
Penelepon: Dari Keruak, Lombok Timur. Saya nggak bisa pulang, ongkos nggak ada, sudah dua hari di sini.
Petugas: Baik Bu, tetap di tempat ya, kami koordinasi dengan petugas di pelabuhan.""", *IC, "hotline_transcript", HOT.format("Lombok Timur"), "satu pekerja migran terlantar, kebutuhan mendesak")
A("Sudah daftar bantuan untuk anak saya yg disabilitas ke desa 2x belum masuk data juga. Anak umur 7 tahun tidak bisa jalan", *IC, "terse", APP.format("Grobogan"), "pendataan bantuan satu anak disabilitas")
A("kak mau tanya bantuan buat anak yatim piatu itu gmn caranya ya. keponakan sy ortunya dua2nya udh meninggal tahun ini, skrg ikut sy. sy jg ga mampu bgt, anaknya msh sd", *IC, "informal_message", WA.format("Jember"), "rujukan bantuan satu anak yatim piatu")
A("""Telah dijangkau seorang perempuan (perkiraan usia 30-an) dengan gangguan jiwa yang sering tidur di emperan Pasar Wage. Warga pasar menyebut sudah sekitar enam bulan di sana, tidak diketahui keluarganya. Klien dapat menyebut nama panggilan, tidak kooperatif saat ditanya alamat. Rencana: koordinasi dengan puskesmas untuk pemeriksaan jiwa, rujukan RSJ, penelusuran identitas melalui Dukcapil (perekaman sidik jari).""", *IC, "case_note", CN.format("Grobogan"), "ODGJ terlantar satu orang")
A("Saya kena PHK bulan lalu, sekarang BPJS PBI saya malah dinonaktifkan. Anak saya sakit panas 4 hari, mau ke puskesmas disuruh bayar", *IC, "terse", APP.format("Bekasi"), "jaminan kesehatan satu keluarga nonaktif")
A("""Kepada Yang Terhormat Bapak Bupati Pesisir Selatan

Assalamualaikum Wr. Wb.

Salam sejahtera untuk Bapak dan keluarga. Perkenalkan, kami warga Nagari Kambang. Melalui surat ini kami ingin menyampaikan keadaan seorang tetangga kami, Mak Uniang, usia 80 tahun, yang tinggal sendirian di pondok dekat sawah. Anak-anaknya sudah lama merantau dan tidak pernah pulang. Beliau sekarang sudah susah berjalan, makan bergantung belas kasihan tetangga, dan pernah terjatuh di kamar mandi dua hari tidak ada yang tahu.

Kami mohon beliau dapat dikunjungi petugas dan dibantu, baik bantuan makanan maupun perawatan. Kami warga siap membantu apa yang bisa.

Demikian surat ini, atas perhatiannya kami ucapkan terima kasih.
Wassalam, perwakilan tetangga""", *IC, "letter", LET.format("Pesisir Selatan"), "satu lansia hidup sendiri, perlu penjangkauan")
A("temen cewek sy umur 19 kabur dari rumah majikannya di surabaya, skrg lg di kos sy. ga ada duit ga ada hp, katanya sering dimarahin & ga digaji. dia takut pulang ke kampung. bisa dibantu ga ya min", *IC, "informal_message", WA.format("Sidoarjo"), "satu perempuan muda butuh perlindungan dan rujukan")
A("""Penelepon: Mas, saya mau cerita... saya kecanduan judi online, utang pinjol saya sudah 40 juta, di 11 aplikasi. Tiap hari ditelepon, foto saya disebar ke kontak. Saya udah nggak bisa tidur, kepikiran yang nggak-nggak.
Petugas: Mas sekarang aman? Ada orang di dekat Mas?
Penelepon: Di kos sendiri. Orang tua belum tahu.
Petugas: Baik, Mas, kita ngobrol dulu ya, saya juga mau sambungkan dengan konselor.""", *IC, "hotline_transcript", HOT.format("Sidoarjo"), "krisis pribadi satu orang, konseling dan rujukan")
A("Nama ibu saya tidak ada lagi di daftar penerima bantuan sembako padahal tahun lalu ada. Ibu tinggal di Kec. Purwodadi, usia 71", *IC, "terse", APP.format("Grobogan"), "bantuan satu lansia hilang dari daftar")
A("""Anak N (11 th), korban pencabulan oleh tetangga (laki-laki 40 th). Kasus sudah dilaporkan ibu ke Polres. Anak tampak menarik diri, tidak mau sekolah seminggu terakhir, sering mimpi buruk. Keluarga mendukung penuh. Rencana: pendampingan psikososial anak, koordinasi UPTD PPA untuk visum dan pendampingan hukum, koordinasi dengan wali kelas untuk kembali sekolah bertahap.""", *IC, "case_note", CN.format("Bone"), "anak korban kekerasan seksual dari luar keluarga")
A("min rumah kontrakan kami kebakar semalem di kampung cipanas, ga ada yg bisa diselametin, baju cuma yg nempel. skrg numpang di rumah mertua, anak 3. ada bantuan buat korban kebakaran ga ya", *IC, "informal_message", WA.format("Cianjur"), "satu rumah tangga korban kebakaran")

# ---------------- mikro / family_casework ----------------
FC = ("mikro", "family_casework")
A("min suami sy tiap mabok mukul sy sm anak2. tadi malem anak sy yg kecil ditendang. sy ga tau mau kemana, klo lapor polisi takut ga ada yg nafkahin", *FC, "informal_message", WA.format("Bekasi"), "KDRT di dalam rumah tangga")
A("""Keluarga Tn. A: orang tua bercerai 2023, ayah menikah lagi dan pindah ke Kalimantan, ibu bekerja di Hongkong. Tiga anak (14, 10, 6 th) tinggal dengan nenek (68 th) yang sakit-sakitan. Anak sulung sering bolos, si bungsu belum imunisasi lengkap. Kiriman uang tidak rutin. Nenek merasa tidak sanggup. Rencana: pertemuan keluarga besar (paman di desa sebelah), pembagian peran pengasuhan, kontak dengan ibu via video call.""", *FC, "case_note", CN.format("Lombok Timur"), "fungsi pengasuhan keluarga terganggu")
A("""Penelepon: Bu, saya capek banget. Ibu saya demensia, sudah nggak kenal saya. Saya anak bungsu, yang lain pada lepas tangan. Kakak saya bilang saya yang nggak kerja jadi saya yang ngurus.
Petugas: Sudah berapa lama Ibu merawat sendiri?
Penelepon: Dua tahun. Saya juga punya anak kecil. Kemarin saya sampai bentak ibu saya, saya nyesel.
Petugas: Terima kasih sudah mau cerita Bu. Kita coba cari jalan bersama keluarga ya.""", *FC, "hotline_transcript", HOT.format("Sidoarjo"), "beban pengasuhan dan konflik antar saudara")
A("""Kepada Yth. Bapak Bupati Jember
Cq. Kepala Dinas Sosial

Dengan hormat,

Bersama ini saya, seorang ayah dari Kecamatan Ambulu, mohon maaf mengganggu waktu Bapak. Saya ingin meminta petunjuk dan bantuan. Anak laki-laki saya yang berusia 14 tahun sudah tiga kali kabur dari rumah dalam dua bulan ini. Setiap pulang, ia bertengkar hebat dengan ibu tirinya dan adik-adiknya ikut ketakutan. Saya sendiri bekerja di luar kota dan hanya pulang seminggu sekali, sehingga tidak bisa mengawasi. Saya sudah bicara dengan gurunya tetapi tidak ada perubahan.

Saya mohon ada petugas yang bisa membantu keluarga kami berbicara dan mencari jalan keluar, agar anak saya tidak terjerumus.

Atas perhatian dan bantuan Bapak, saya ucapkan terima kasih.
Hormat saya""", *FC, "letter", LET.format("Jember"), "konflik anak dan ibu tiri, keluarga")
A("bu, anak kulo lanang umur 15 mboten purun sekolah, saben dino dolanan hp. nek dikandani ngamuk ngantem lawang, kulo nate didorong. bapake kerjo ning kalimantan. kulo bingung bu kudu piye", *FC, "informal_message", WA.format("Grobogan"), "konflik orang tua-anak di rumah")
A("Tetangga sy anaknya sering dikunci di luar rumah malam2 sama bapaknya, kasian nangis sampe jam 12. ibunya diem aja", *FC, "terse", APP.format("Sidoarjo"), "penelantaran anak oleh orang tua")
A("""Kunjungan rumah di Dusun Krajan: Tn. M (35 th) dengan riwayat gangguan jiwa dipasung keluarga di bilik belakang rumah selama kurang lebih 6 tahun. Keluarga (ibu dan kakak) mengaku takut klien mengamuk dan malu pada tetangga. Pernah berobat ke RSJ sekali, putus obat karena jarak. Rencana: edukasi keluarga, kesepakatan pelepasan pasung bertahap bersama keluarga, jadwal obat didampingi kader jiwa puskesmas.""", *FC, "case_note", CN.format("Jember"), "pemasungan oleh keluarga, perlu kerja dengan keluarga")
A("teh punten, salaki abdi tos 8 sasih teu masihan nafkah, ngan ulin wae jeung babaturanana. barudak teu tiasa mayar sakola, abdi ngan ukur kuli nyeuseuh. ari dicarioskeun sok ambek. abdi kedah kumaha teh", *FC, "informal_message", WA.format("Garut"), "penelantaran ekonomi oleh suami")
A("""Petugas: Ibu, boleh diulang, cucunya umur berapa?
Penelepon: Yang besar 12, yang kecil 8. Bapak ibunya kerja di Taiwan dua-duanya. Yang besar sekarang susah diatur, pulang malam, kemarin ketahuan ngambil uang saya. Saya sudah tua, sudah nggak kuat marah-marah.
Petugas: Orang tuanya tahu?
Penelepon: Tahu, tapi cuma bisa telepon. Katanya saya yang salah ngurusnya.""", *FC, "hotline_transcript", HOT.format("Lombok Timur"), "pengasuhan nenek, anak pekerja migran")
A("""Yth. Bapak Bupati Cianjur,

Assalamu'alaikum. Dengan hormat, saya seorang istri dari Kecamatan Cugenang. Saya menulis surat ini dengan hati yang berat. Suami saya menikah lagi secara siri delapan bulan yang lalu dan sejak itu jarang pulang. Nafkah untuk saya dan dua anak kami sudah tidak diberikan sama sekali. Ketika saya datang meminta, saya dimaki-maki di depan anak-anak. Anak sulung saya sekarang tidak mau bicara dengan bapaknya.

Saya tidak ingin keluarga kami hancur begitu saja, setidaknya anak-anak mendapat haknya. Mohon petunjuk kemana saya bisa mendapatkan pendampingan.

Wassalamu'alaikum, hormat saya.""", *FC, "letter", LET.format("Cianjur"), "keluarga ditelantarkan suami, konflik")
A("""Nn. D (15 th) akan dinikahkan orang tuanya dengan laki-laki 27 th bulan depan. Alasan orang tua: sudah dilamar dan khawatir anak 'terlanjur'. Nn. D menyatakan masih ingin sekolah. Ayah keras, ibu ragu. Rencana: pertemuan dengan kedua orang tua didampingi tokoh agama desa, informasi dampak perkawinan anak dan aturan dispensasi, rencana keberlanjutan sekolah anak.""", *FC, "case_note", CN.format("Bone"), "rencana perkawinan satu anak, keputusan keluarga")
A("bang bapak sy udh tua tinggal sendiri di rumah lama. kami anak2nya 5 org tp gada yg mau ngurus, malah ribut terus soal warisan rumah itu. bapak skrg sering ga makan. gimana ya cara ngomongin keluarga biar mau gantian ngurus", *FC, "informal_message", WA.format("Bekasi"), "konflik keluarga soal perawatan lansia")
A("""Penelepon: (berbisik) Kak... ini aku, umur 14. Bapak sama ibu berantem lagi, bapak bawa pisau tadi.
Petugas: Adik sekarang di mana? Aman?
Penelepon: Di kamar, pintunya aku kunci. Adikku juga di sini.
Petugas: Oke, tetap di kamar ya. Boleh kasih tahu alamat atau nama desanya?
Penelepon: Desa Kedungjati... tiap malam kayak gini kak.""", *FC, "hotline_transcript", HOT.format("Grobogan"), "kekerasan dalam rumah tangga, anak melapor")
A("""Anak G (5 th) dengan cerebral palsy, tidak bisa duduk sendiri. Ibu merawat sendirian sejak ayah pergi tahun lalu. Dua kakaknya (9 dan 7 th) sering tidak sekolah karena ikut menjaga adik ketika ibu berjualan kue. Ibu tampak kelelahan, menangis saat wawancara. Rencana: pemetaan dukungan keluarga besar, jadwal pengasuhan bergilir, rujukan terapi di RSUD, pendampingan ibu.""", *FC, "case_note", CN.format("Tasikmalaya"), "beban pengasuhan keluarga anak disabilitas")
A("nyak aye ame babe aye ribut mulu soal utang, babe aye ampe ngancem mau ngusir nyak. adek2 aye masih pada kecil pada ketakutan tiap malem. aye kudu gimane ya, aye baru 17", *FC, "informal_message", WA.format("Bekasi"), "konflik orang tua berdampak pada anak")
A("Adik ipar saya umur 13 sering dipukul ibunya pakai gagang sapu sampai biru2, sudah ditegur keluarga tidak mempan. Mohon ditindaklanjuti", *FC, "terse", APP.format("Cianjur"), "kekerasan anak oleh ibu")
A("""Kepada Yth. Bapak Bupati Grobogan

Dengan hormat,
Kami sepasang suami istri lanjut usia di Desa Ngabenrejo ingin mengadukan keadaan kami. Anak kami satu-satunya, laki-laki umur 30 tahun, sudah beberapa tahun memakai obat-obatan terlarang. Barang-barang di rumah habis dijual, kambing kami dijual tanpa izin, dan jika tidak diberi uang ia mengancam dan membanting perabot. Kami takut, tetapi kami juga sayang anak kami dan tidak ingin ia dipenjara.

Kami mohon ada petugas yang bisa membantu keluarga kami. Terima kasih.

Hormat kami""", *FC, "letter", LET.format("Grobogan"), "fungsi keluarga terganggu oleh anak pengguna narkoba")
A("""Ny. W (38 th), purna pekerja migran Arab Saudi 7 tahun, pulang bulan lalu. Anak bungsu (9 th) tidak mau didekati, memanggil bibinya 'ibu'. Suami ternyata telah menikah lagi; rumah dibangun dari kiriman klien kini ditempati suami dan istri barunya. Klien numpang di rumah orang tua. Rencana: mediasi keluarga, pendampingan reunifikasi ibu-anak, informasi bantuan hukum soal harta bersama.""", *FC, "case_note", CN.format("Lombok Timur"), "reintegrasi keluarga purna pekerja migran")
A("pak, adiak ambo dipukua dek lakinyo, alah tigo kali pulang ka rumah amak jo muko lebam. lakinyo indak namuah disuruah baranti, mamak-mamak kami alah bapakato tapi indak mampan", *FC, "informal_message", WA.format("Pesisir Selatan"), "KDRT, keluarga besar terlibat")
A("""Penelepon: Pak, istri saya pergi dari rumah sebulan lalu, nggak tahu ke mana. Anak saya tiga, yang paling kecil masih 8 bulan. Saya kerja di pabrik sepatu, shift. Bayinya saya titip tetangga tapi tetangga juga sudah keberatan.
Petugas: Keluarga Bapak yang lain ada di dekat situ?
Penelepon: Ibu saya di Jombang, sudah sakit. Saya bingung Pak, mau berhenti kerja nggak bisa.""", *FC, "hotline_transcript", HOT.format("Sidoarjo"), "ayah tunggal, krisis pengasuhan keluarga")

# ---------------- mikro / group_work ----------------
GW = ("mikro", "group_work")
A("""Terdapat 8 orang mantan pengguna NAPZA (usia 19-27 th) di Kecamatan Tarogong Kidul yang selesai rehabilitasi rawat jalan dalam setahun terakhir. Dua di antaranya sudah kambuh. Mereka saling kenal dan menyatakan ingin bertemu rutin untuk saling menguatkan serta mencari kerja bersama. Rencana: pertemuan kelompok dua mingguan di balai desa dengan fasilitator, sesi berbagi pengalaman, latihan menolak ajakan, penjajakan kegiatan usaha bersama.""", *GW, "case_note", CN.format("Garut"), "kelompok kecil eks pengguna NAPZA")
A("bu ada ga perkumpulan ibu2 yg anaknya autis di daerah jember? sy pengen ngobrol sama yg senasib, capek ngadepin sendiri, keluarga suami bilang anak sy kena guna2. kalo ada sy mau ikut", *GW, "informal_message", WA.format("Jember"), "ibu anak autis butuh kelompok dukungan")
A("""Assalamualaikum Bapak/Ibu Dinas Sosial. Saya bidan desa di Desa Cibodas. Di posyandu kami ada enam ibu muda usia 15-18 tahun yang baru melahirkan. Mereka sering terlihat murung, jarang datang, dan beberapa mengaku tidak tahu harus cerita ke siapa. Saya berpikir bagaimana jika mereka dikumpulkan dalam satu kelompok yang bertemu rutin supaya bisa saling berbagi dan belajar bersama. Mohon dukungan fasilitator.""", *GW, "letter", LET.format("Cianjur"), "kelompok ibu remaja")
A("""Lima perempuan penyintas KDRT yang pernah didampingi tahun ini menyatakan ingin bertemu bersama. Mereka merasa lebih kuat bila mendengar pengalaman sesama dan ingin belajar usaha jahit bersama. Dua di antaranya masih sering cemas. Rencana: sesi kelompok bulanan di rumah salah satu anggota, dipandu pekerja sosial, materi pemulihan dan perencanaan ekonomi.""", *GW, "case_note", CN.format("Bekasi"), "kelompok penyintas KDRT")
A("""Penelepon: Bu, saya ketua RT. Di sini ada sekelompok remaja laki-laki, tujuh orang, putus sekolah semua, tiap malam nongkrong di pos ronda minum ciu. Kadang ribut. Orang tuanya sudah angkat tangan.
Petugas: Usianya berapa Pak?
Penelepon: 15 sampai 18. Sebenarnya anaknya nggak jahat, cuma nggak ada kegiatan. Kalau ada yang bisa bimbing mereka barengan, saya dukung.""", *GW, "hotline_transcript", HOT.format("Grobogan"), "kelompok kecil remaja berisiko")
A("""Kepada Dinas Sosial, kami beberapa keluarga yang merawat anggota keluarga dengan gangguan jiwa di Kecamatan Lubuk Basung, sekitar sepuluh orang. Kami sering merasa sendirian, tidak tahu cara menghadapi kalau kambuh, dan capek. Kami ingin ada pertemuan rutin untuk kami para perawat ini supaya bisa saling bertukar cara dan saling menyemangati.""", *GW, "letter", LET.format("Agam"), "kelompok pendamping ODGJ")
# ---------------- mezzo / mpok ----------------
MP = ("mezzo", "mpok")
A("min puskesmas karangpawitan pelayanannya jelek bgt. dateng jam 8 dokternya baru nongol jam 11, pasien lansia disuruh nunggu di luar kepanasan. petugas loket judes, ditanya malah dibentak", *MP, "informal_message", WA.format("Garut"), "layanan puskesmas buruk")
A("""Kepada Yth. Bapak Bupati Tasikmalaya

Assalamu'alaikum Wr. Wb.

Dengan hormat, semoga Bapak selalu dalam keadaan sehat walafiat. Kami para orang tua murid kelas 6 di salah satu SD negeri di Kecamatan Singaparna ingin menyampaikan keluhan. Pada rapat komite bulan lalu, sekolah meminta sumbangan sebesar Rp 750.000 per murid untuk seragam, buku, dan acara perpisahan. Banyak di antara kami buruh tani dan penerima PIP. Bagi yang belum membayar, anaknya disebut namanya di depan kelas dan diancam tidak boleh ikut ujian praktik.

Kami tidak menolak membantu sekolah, tetapi kami mohon pungutan seperti ini ditinjau agar anak-anak kami tidak dipermalukan. Mohon Bapak berkenan memerintahkan dinas terkait untuk memeriksa.

Demikian, terima kasih atas perhatian Bapak.
Wassalamu'alaikum Wr. Wb.
Perwakilan orang tua murid""", *MP, "letter", LET.format("Tasikmalaya"), "pungutan sekolah, pengelolaan lembaga")
A("Pendamping PKH di desa kami minta potongan 50rb tiap pencairan, katanya buat uang transport. Yang tidak mau kasih diancam dikeluarkan", *MP, "terse", APP.format("Jember"), "pungli oleh pendamping PKH")
A("""Kunjungan ke panti asuhan swasta di Kecamatan Ambulu: 41 anak asuh (6-17 th), pengasuh hanya 2 orang dan keduanya merangkap juru masak. Anak-anak tidur di lantai beralas tikar, 14 anak per kamar. Pengurus tidak dapat menunjukkan catatan keuangan donasi dan bantuan permakanan. Beberapa anak tidak memiliki akta. Rekomendasi: pembinaan pengurus, penataan administrasi keuangan, standar rasio pengasuh, akreditasi LKSA.""", *MP, "case_note", CN.format("Jember"), "pengelolaan panti asuhan buruk")
A("""Petugas: Jadi tadi malam Bapak bawa istri ke puskesmas?
Penelepon: Iya Bu, jam 1 malam, istri saya pendarahan. Puskesmas yang 24 jam itu pintunya dikunci, satpamnya bilang dokter nggak ada, suruh ke rumah sakit. Rumah sakitnya 40 kilo.
Petugas: Kondisi istri sekarang bagaimana?
Penelepon: Alhamdulillah selamat, tapi saya mau protes, masa puskesmas 24 jam nggak ada petugas.""", *MP, "hotline_transcript", HOT.format("Lombok Timur"), "puskesmas tidak melayani malam")
A("punten min, di SD murangkalih abdi dana PIP na dipotong ku guru 100 rebu per murid, saurna kanggo kas kelas jeung ngamodalan buku. ari nu teu daek dipotong mah teu dipasihkeun buku tabunganna", *MP, "informal_message", WA.format("Garut"), "sekolah memotong bantuan murid")
A("""Yth. Bapak Bupati Agam

Dengan hormat,
Saya adalah anak dari salah seorang penghuni panti wreda yang dikelola sebuah yayasan di Kecamatan Tilatang Kamang. Saat menjenguk ayah saya minggu lalu, saya mendapati makanan yang diberikan hanya nasi dan sayur bening tanpa lauk selama tiga hari berturut-turut. Beberapa penghuni tampak tidak dimandikan, dan ketika saya bertanya kepada petugas, jawabannya ketus dan menyuruh saya membawa pulang saja orang tua saya jika tidak puas. Padahal setahu saya panti ini menerima bantuan dari pemerintah.

Saya mohon agar pengelolaan panti tersebut diperiksa demi para orang tua yang tinggal di sana.

Terima kasih.
Hormat saya""", *MP, "letter", LET.format("Agam"), "panti wreda melayani buruk")
A("kak aku mau lapor posyandu di rw 05, kadernya suka marahin ibu2 yg telat dateng, terus PMT nya cuma biskuit yg udh kadaluarsa. anak aku sempet diare abis makan itu", *MP, "informal_message", WA.format("Sidoarjo"), "layanan posyandu buruk")
A("Agen e-warong di kecamatan kami maksa KPM ambil paket sembako yang sudah disiapkan, harga lebih mahal dari pasar, beras kualitas jelek", *MP, "terse", APP.format("Grobogan"), "penyalur bantuan pangan melayani buruk")
A("""Sejumlah orang tua siswa SMP negeri di Kecamatan Cikarang Utara mengeluhkan pungutan 'uang pembangunan' sebesar Rp 2,5 juta yang ditetapkan melalui rapat komite. Orang tua yang keberatan mengaku diminta membuat surat pernyataan tidak mampu yang ditempel di papan pengumuman. Kepala sekolah ketika dikonfirmasi menyatakan pungutan itu sukarela. (kutipan berita daring lokal)""", *MP, "report", REP.format("kutipan berita daring lokal, Kab. Bekasi"), "pungutan dan perlakuan sekolah")
A("""Penelepon: Saya kemarin dibawa ke rumah aman sama petugas, setelah dipukuli suami. Tapi baru tiga hari saya sudah disuruh keluar, katanya kapasitas penuh. Konselornya juga nggak pernah ada, cuma penjaga.
Petugas: Ibu sekarang tinggal di mana?
Penelepon: Di rumah kakak. Tapi suami saya tahu rumah ini. Saya kecewa, katanya rumah aman itu buat melindungi.""", *MP, "hotline_transcript", HOT.format("Cianjur"), "layanan shelter tidak berjalan")
A("""Monitoring LKS penyandang disabilitas anak di Kecamatan Sakra: 23 anak binaan, tenaga pendamping 3 orang tanpa pelatihan. Buku induk anak tidak diperbarui sejak 2021, donasi tidak dicatat, laporan penggunaan bantuan operasional tidak ada. Jadwal terapi tidak berjalan. Ketua yayasan jarang hadir. Tindak lanjut: pembinaan manajemen, pelatihan pendamping, pendampingan penyusunan laporan keuangan.""", *MP, "case_note", CN.format("Lombok Timur"), "manajemen LKS lemah")
A("pak bidan desa ning desa kulo jarang ono ning polindes, nek ono wong meh lairan kudu nggoleki nganti kecamatan. wingi tonggoku lairan ning dalan. tulung dieling-eling bidane", *MP, "informal_message", WA.format("Grobogan"), "petugas layanan kesehatan desa absen")
A("RSUD menolak pasien BPJS PBI dgn alasan kamar penuh, tapi waktu bayar umum langsung ada kamar. Ini sudah sering terjadi", *MP, "terse", APP.format("Cianjur"), "layanan RSUD diskriminatif")
A("""Kepada Yth. Bapak Bupati Bone

Dengan hormat,
Kami warga Kecamatan Tellu Siattinge ingin menyampaikan bahwa kantor Puskesos di kecamatan kami hampir selalu tutup. Sudah lima kali kami datang untuk mengurus rujukan bantuan dan menanyakan data, tidak pernah ada petugas. Nomor telepon yang tertempel di pintu tidak aktif. Warga yang datang dari desa jauh sudah mengeluarkan ongkos. Kami mohon petugasnya dibina agar kantor benar-benar melayani masyarakat.

Hormat kami, warga""", *MP, "letter", LET.format("Bone"), "layanan Puskesos tidak berjalan")
A("pendamping pkh nya galak bgt min, ditanya baik2 malah bentak2, terus ngancem mau coret nama kita klo banyak protes. ibu2 pada takut nanya", *MP, "informal_message", WA.format("Bekasi"), "perilaku pendamping PKH")
A("""Laporan pemantauan LSM pendamping: di sebuah panti rehabilitasi NAPZA swasta di Kecamatan Kalisat, tiga mantan pasien mengaku pernah dipukul dan direndam di kolam oleh staf sebagai 'hukuman'. Panti tidak memiliki konselor adiksi bersertifikat; sebagian besar staf adalah mantan pasien tanpa pelatihan. Biaya per bulan dibayar keluarga tanpa kuitansi. Rekomendasi: audit layanan, pembinaan SDM, penguatan pengawasan dari dinas.""", *MP, "report", REP.format("laporan pemantauan LSM, Kab. Jember"), "panti rehabilitasi memperlakukan klien buruk")
A("Pustu di desa kami tutup terus, perawatnya ga pernah datang dari bulan puasa", *MP, "terse", APP.format("Pesisir Selatan"), "layanan pustu tidak berjalan")
A("""Penelepon: Pak, ini sekolahan anak aye nahan ijazah gara2 belom lunas uang gedung. Anak aye udeh lulus SMA dari taon kemaren, mau ngelamar kerja kagak bisa.
Petugas: Tunggakannya berapa Pak?
Penelepon: Empat juta lebih. Aye kagak punya duit segitu. Sekolahnya bilang aturan yayasan.""", *MP, "hotline_transcript", HOT.format("Bekasi"), "sekolah menahan ijazah")
A("""Kunjungan ke SLB negeri di Kecamatan Lubuk Basung atas pengaduan orang tua. Satu kelas berisi 14 anak dengan ragam disabilitas berbeda diampu satu guru; anak tuli sering dibiarkan tanpa kegiatan karena guru tidak menguasai bahasa isyarat. Kepala sekolah mengakui kekurangan tenaga dan belum ada pembagian kelas. Rekomendasi: penataan rombel, pelatihan guru, pengaturan jadwal dan relawan pendamping.""", *MP, "case_note", CN.format("Agam"), "pengelolaan SLB kurang")

# ---------------- mezzo / community_development ----------------
CD = ("mezzo", "community_development")
A("""Kepada Yth. Kepala Dinas Sosial

Dengan hormat, saya Kepala Dusun Sukamaju, Desa Sindangsari. Di dusun kami sekitar 60 ibu rumah tangga tidak berpenghasilan tetap, sementara singkong melimpah dan hanya dijual murah ke tengkulak. Ibu-ibu sudah beberapa kali berkumpul dan sepakat ingin mengolah singkong menjadi keripik dan tepung mocaf serta mengelola usahanya bersama. Mereka sudah menyiapkan tempat di rumah salah satu warga. Kami mohon pendampingan agar usaha bersama ini bisa berjalan dan dikelola warga sendiri.

Hormat kami""", *CD, "letter", LET.format("Garut"), "warga dusun menggerakkan usaha bersama")
A("kami pemuda karang taruna desa bantarjaya pengen bikin usaha bareng budidaya lele biar anak2 muda ga pada nganggur atau merantau. lahan ada dari desa, tenaga ada. yg kurang pendampingan sm cara ngelolanya. bisa dibantu ga min", *CD, "informal_message", WA.format("Bekasi"), "pemuda desa membangun usaha bersama")
A("""Desa pesisir di Kecamatan Linggo Sari Baganti kehilangan sebagian tambak dan lahan akibat abrasi. Sebagian nelayan tidak melaut karena perahu rusak. Dalam pertemuan warga, muncul gagasan menanam kembali mangrove dan mengelola wisata mangrove serta olahan hasil laut secara bersama melalui kelompok nelayan dan PKK. Warga meminta fasilitasi agar pengelolaan disepakati dan dijalankan sendiri oleh nagari.""", *CD, "case_note", CN.format("Pesisir Selatan"), "inisiatif warga pesisir meningkatkan penghidupan")
A("""Di Dusun Ngaglik, sebagian besar warga usia produktif bekerja serabutan. Sejak awal tahun, sekelompok warga mendirikan bank sampah dan kini beranggotakan 70 rumah tangga; tabungan sampah dipakai membayar iuran sekolah anak. Pengurus ingin memperluas ke usaha pupuk kompos dan kerajinan, tetapi belum punya kemampuan pengelolaan. (catatan pendamping desa)""", *CD, "report", REP.format("catatan pendamping desa, Kab. Grobogan"), "swadaya warga dusun, penguatan")
A("""Penelepon: Pak, saya Ketua RW 07. Warga saya banyak yang pas-pasan, tiap musim paceklik pada utang ke rentenir. Kemarin kami rapat, warga mau bikin lumbung pangan sama arisan simpan pinjam sendiri, dikelola warga.
Petugas: Sudah ada pengurusnya Pak?
Penelepon: Sudah kami pilih. Cuma kami butuh yang bisa dampingi supaya jalannya benar dan nggak bubar di tengah jalan.""", *CD, "hotline_transcript", HOT.format("Tasikmalaya"), "warga RW membangun swadaya")

# ---------------- mezzo / community_education ----------------
CE = ("mezzo", "community_education")
A("""Yth. Dinas Sosial Kab. Lombok Timur

Kami kader posyandu Desa Pringgabaya. Tahun ini di desa kami tercatat 19 balita stunting. Dari kunjungan rumah, kami melihat banyak ibu belum tahu cara menyiapkan MPASI yang bergizi dengan bahan yang ada di kampung, bahkan ada yang memberi bayi 4 bulan nasi pisang. Kami mohon ada pelatihan praktik memasak dan pengasuhan untuk ibu-ibu di desa kami.

Hormat kami, kader posyandu""", *CE, "letter", LET.format("Lombok Timur"), "warga desa kurang pengetahuan gizi, pelatihan")
A("warga kampung kami banyak bgt yg kejerat pinjol sm bank emok krn ga ngerti bunga nya. skrg ada yg rumahnya mau disita. bisa ga ada penyuluhan ngatur duit buat ibu2 di kampung sini", *CE, "informal_message", WA.format("Garut"), "literasi keuangan warga kampung")
A("""Dalam pertemuan RW di Kelurahan Pucang, banyak orang tua mengeluh anak-anak SD sudah kecanduan game online dan konten dewasa, sementara orang tua tidak paham pengaturan HP. Orang tua meminta ada kelas pengasuhan dan cara mengawasi gawai anak. Rencana: kelas parenting berkala di balai RW bekerja sama dengan PKK dan guru.""", *CE, "case_note", CN.format("Sidoarjo"), "kelas pengasuhan untuk warga")
A("Di dusun kami masih banyak lansia & ibu2 yang buta huruf, tidak bisa baca surat atau SMS bantuan, sering ditipu. Mohon diadakan kelas belajar membaca di dusun", *CE, "terse", APP.format("Bone"), "keaksaraan warga dusun")
A("""Penelepon: Bu, saya Ketua RT di bantaran sungai. Tiap tahun kami banjir, tapi warga masih bingung harus ngapain, lansia sering telat dievakuasi. Kami ingin ada pelatihan buat warga, siaga bencana sama pertolongan pertama.
Petugas: Berapa kepala keluarga Pak?
Penelepon: Sekitar 80 KK. Warga siap ikut, tempat ada di mushola.""", *CE, "hotline_transcript", HOT.format("Bekasi"), "pelatihan kesiapsiagaan untuk warga")

# ---------------- mezzo / community_planning ----------------
CP = ("mezzo", "community_planning")
A("""Kepada Yth. Bapak Bupati Agam

Dengan hormat, kami perwakilan warga Jorong Koto Tuo. Kami mendengar akan dibuka layanan posyandu lansia di nagari kami tahun depan. Kami menyambut baik. Hanya saja kami berharap warga, terutama para lansia dan keluarganya, dilibatkan sejak awal untuk menentukan jadwal, tempat, jenis kegiatan dan siapa yang menjadi kader, karena kami yang paling tahu keadaan di jorong. Kami siap menyelenggarakan musyawarah untuk menyusun rencananya.

Terima kasih.""", *CP, "letter", LET.format("Agam"), "warga ingin menyusun program layanan sendiri")
A("di musdes kmrn katanya ada anggaran buat layanan anak disabilitas di desa, kami ortu anak disabilitas pengen ikut nentuin mau dipake buat apa dan gimana jalaninnya, jgn cuma diputusin perangkat. gmn caranya kami bisa ikut nyusun", *CP, "informal_message", WA.format("Jember"), "orang tua ingin ikut merencanakan layanan")
A("""Pascabanjir Januari, warga Kelurahan Karangasem mengusulkan menyusun sendiri rencana layanan evakuasi dan perawatan bagi lansia dan penyandang disabilitas di lingkungannya: pendataan siapa yang perlu dibantu, pembagian relawan per RT, titik kumpul, dan dapur umum. Pertemuan pertama dihadiri 11 RT. Peran pekerja sosial: memfasilitasi warga merumuskan dan menjalankan rencana.""", *CP, "case_note", CN.format("Grobogan"), "warga merencanakan layanan lokal")
A("""Di RW 09 Desa Telajung, sebagian besar ibu bekerja shift di pabrik sehingga banyak balita dititipkan seadanya. Warga sepakat ingin mendirikan tempat penitipan anak milik RW. Dalam dua kali rembug warga telah dibahas lokasi, iuran, dan pengasuh; warga meminta pendampingan untuk menyusun rencana dan aturan pelaksanaannya. (catatan fasilitator)""", *CP, "report", REP.format("catatan fasilitator, Kab. Bekasi"), "warga merencanakan program penitipan anak")

# ---------------- mezzo / community_action ----------------
CA = ("mezzo", "community_action")
A("dana bumdes di desa kami ga jelas kemana min, udh 3 taun ga ada laporan. unit usahanya cuma papan nama doang. warga mau protes bareng2 tp pada takut sama kades", *CA, "informal_message", WA.format("Cianjur"), "penyimpangan BUMDes, warga ingin bertindak")
A("""Kepada Yth. Bapak Bupati Bekasi

Assalamu'alaikum Wr. Wb.

Dengan hormat, semoga Bapak sehat selalu. Kami warga Kampung Rawa Bebek, RT 02 dan 03, yang terdiri dari sekitar 70 kepala keluarga, telah menempati lahan ini sejak puluhan tahun. Bulan lalu kami menerima pemberitahuan dari pihak pengembang perumahan bahwa kami harus mengosongkan rumah dalam 30 hari, dengan uang kerohiman yang sangat kecil dan tanpa musyawarah. Banyak di antara kami lansia dan buruh harian yang tidak punya tempat lain.

Kami mohon Bapak memfasilitasi pertemuan yang adil antara warga, pengembang, dan pemerintah desa, serta menunda pembongkaran sampai ada kesepakatan.

Wassalamu'alaikum Wr. Wb.
Perwakilan warga""", *CA, "letter", LET.format("Bekasi"), "ancaman penggusuran kampung")
A("""Penelepon: Bu, sungai di desa kami hitam, bau, ikan pada mati. Dari pabrik tahu sama kandang babi di hulu. Sumur warga juga ikut bau, anak-anak gatal-gatal.
Petugas: Sudah berapa lama Pak?
Penelepon: Setahun lebih. Sudah lapor ke desa, nggak ada tindakan. Warga sudah kumpul, kami mau bergerak bareng, tapi perlu didampingi biar tidak anarkis.""", *CA, "hotline_transcript", HOT.format("Grobogan"), "pencemaran air warga, tindakan kolektif")
A("Kades bagi2 bantuan cuma ke keluarga dan tim suksesnya, warga miskin beneran di desa kami nggak dapat. Warga sudah tanda tangan petisi 120 orang", *CA, "terse", APP.format("Sidoarjo"), "ketidakadilan tata kelola desa")
A("lurah kulo ngedol tanah bengkok kas desa tanpa musyawarah, saiki dibangun gudang. warga arep demo ning kantor desa minggu ngarep. sing ngurusi iki sopo pak", *CA, "informal_message", WA.format("Grobogan"), "penyimpangan tata kelola desa")
A("Akses jalan desa ke sawah ditutup perusahaan tambang pasir sejak 2 bulan, warga harus memutar 5 km. Warga sepakat menuntut dibuka", *CA, "terse", APP.format("Lombok Timur"), "ketidakadilan lokal oleh perusahaan, bukan sekadar infrastruktur")
A("""Puluhan warga Desa Sumberejo memblokade akses menuju sebuah peternakan ayam petelur, Selasa (12/3). Warga memprotes bau menyengat dan lalat yang menyerbu permukiman sejak peternakan beroperasi dua tahun lalu. 'Sudah tiga kali mediasi, tidak ada perubahan,' kata seorang koordinator warga. Warga menuntut relokasi kandang dan pengolahan limbah. (berita lokal)""", *CA, "report", REP.format("kutipan berita lokal, Kab. Jember"), "warga desa bertindak atas pencemaran")
A("""Yth. Bapak Bupati Pesisir Selatan

Dengan hormat,
Kami nelayan tradisional Kampung Carocok ingin mengadukan bahwa sejak berdirinya sebuah resor, pantai tempat kami menambatkan perahu dan menjemur ikan dipagari dan dijaga. Kami dilarang lewat, bahkan pernah perahu kami dipindahkan tanpa izin. Padahal pantai itu sudah kami gunakan turun-temurun. Kami warga sudah sepakat untuk memperjuangkan hak kami secara bersama dan mohon dukungan pemerintah dalam musyawarah dengan pihak resor.

Hormat kami, kelompok nelayan""", *CA, "letter", LET.format("Pesisir Selatan"), "akses ruang hidup nelayan, warga bertindak bersama")
A("di lembur abdi aya pabrik nu miceun limbah ka walungan, cai sumur jadi bau, barudak loba nu gatel-gatel. warga hoyong ngalaporkeun babarengan ka pamarentah, tapi teu terang kedah ka saha", *CA, "informal_message", WA.format("Tasikmalaya"), "pencemaran air kampung, aksi warga")
A("""Sengketa lahan antara warga Jorong Sungai Jariang dengan perusahaan perkebunan sawit: sekitar 150 KK menyatakan tanah ulayat kaum masuk HGU tanpa persetujuan ninik mamak. Sejak pemagaran, warga kehilangan kebun. Warga telah membentuk tim perwakilan dan meminta pendampingan advokasi serta mediasi. Catatan: beberapa warga dilaporkan polisi karena memanen di lahan sengketa.""", *CA, "case_note", CN.format("Agam"), "ketidakadilan atas lahan komunitas")
A("""Penelepon: Pak, kepala desa kami tidak mau kasih surat keterangan apa pun ke warga yang dulu tidak milih dia. Mau ngurus surat miskin buat berobat saja ditolak.
Petugas: Berapa warga yang mengalami?
Penelepon: Satu dusun kami, Pak, dusun Bara. Kami sudah kumpul, mau ke kecamatan bareng-bareng.""", *CA, "hotline_transcript", HOT.format("Bone"), "diskriminasi oleh pemerintah desa terhadap satu dusun")
A("Dana desa untuk bantuan lansia dipotong aparat desa 100rb per orang, alasannya buat administrasi. Warga lansia se-desa kena semua", *CA, "terse", APP.format("Garut"), "penyimpangan aparat desa")
A("tabe pak, di kampungku itu tambak-tambak warga ditimbun sama pengembang, tidak ada ganti rugi ji. warga mau bergerak sama-sama ke kantor desa tapi takut dilapor balik. minta tolong didampingi pak", *CA, "informal_message", WA.format("Bone"), "perampasan tambak warga")
A("""Kami pedagang Pasar Desa Cileungsi Kidul, sekitar 90 orang, dipaksa pindah ke lokasi baru yang jauh dan sepi pembeli. Lapak lama dibongkar pada malam hari tanpa pemberitahuan. Banyak pedagang kehilangan barang dagangan. Kami sudah membentuk paguyuban dan ingin menyampaikan tuntutan bersama kepada pemerintah desa. Mohon difasilitasi.""", *CA, "letter", LET.format("Bekasi"), "relokasi paksa pedagang pasar desa")
A("Sumur warga RT 03 kering sejak ada pabrik air kemasan di atas kampung. Warga sudah rapat dan mau menuntut perusahaan bareng-bareng", *CA, "terse", APP.format("Cianjur"), "sumber air warga hilang karena perusahaan")
A("""Temuan pendampingan organisasi penyandang disabilitas di Desa Kalibaru: penyandang disabilitas tidak pernah diundang musdes, fasilitas balai desa tidak aksesibel, dan tidak ada satu pun yang menerima bantuan dari dana desa meski sebagian sangat miskin. Anggota DPO desa ingin menyampaikan tuntutan bersama ke pemerintah desa dan BPD agar dilibatkan. (laporan LSM)""", *CA, "report", REP.format("laporan LSM disabilitas, Kab. Bekasi"), "eksklusi warga disabilitas di desa, advokasi")

# ---------------- mezzo / social_marketing ----------------
SM = ("mezzo", "social_marketing")
A("""Yth. Dinas Sosial,

Saya warga Desa Rarang. Meski sudah banyak jamban dibangun lewat bantuan, sebagian besar warga dusun kami tetap buang air besar di sungai dan kebun karena sudah kebiasaan, bahkan jamban dipakai untuk menyimpan barang. Diare anak sering terjadi. Menurut saya perlu ajakan terus-menerus yang menarik, misalnya lewat pengajian dan tokoh masyarakat, agar warga mau berubah kebiasaan.

Terima kasih.""", *SM, "letter", LET.format("Lombok Timur"), "mengubah perilaku sanitasi warga desa lewat ajakan")
A("anak2 di kampung sini banyak yg nikah muda bgt, smp aja blm lulus udh dinikahin. ortu nganggep biasa malah bangga. perlu diajak ngomong rame2 biar warga sadar, sosialisasi kek apa kek", *SM, "informal_message", WA.format("Bone"), "norma perkawinan anak di satu kampung")
A("""Keluarga Ny. T (ODHIV) di Dusun Kebonsari mengalami penolakan: warung kue milik keluarga diboikot warga, anak-anaknya dijauhi teman. Ketua RT menyebut warga takut tertular lewat makanan. Keluarga sendiri sudah menerima kondisi dan rutin berobat. Rencana: kerja sama puskesmas dan tokoh agama untuk kampanye anti-stigma di tingkat dusun.""", *SM, "case_note", CN.format("Sidoarjo"), "stigma warga dusun, perlu kampanye")
A("Warga kelurahan kami banyak yang menolak imunisasi anak karena isu haram dan takut lumpuh. Posyandu sepi. Mohon diadakan sosialisasi besar-besaran di kelurahan", *SM, "terse", APP.format("Garut"), "penolakan imunisasi di kelurahan")
A("""Penelepon: Pak, di kampung saya ada tetangga baru sembuh TBC, tapi warga masih ngucilin, anaknya nggak boleh main, mau belanja di warung ditolak.
Petugas: Sudah dinyatakan sembuh oleh puskesmas?
Penelepon: Sudah, ada suratnya. Tapi warga tetap takut. Kalau bisa ada penerangan ke warga sekampung biar nggak begitu lagi, orang lain yang batuk jadi takut periksa.""", *SM, "hotline_transcript", HOT.format("Cianjur"), "stigma TBC di kampung")
# ---------------- makro / community_development ----------------
MCD = ("makro", "community_development")
A("""Data desa menunjukkan lebih dari separuh rumah tangga di Kabupaten Lombok Timur memiliki anggota keluarga yang bekerja di luar negeri, dan ekonomi ratusan desa bergantung pada kiriman uang. Ketika kiriman berhenti, rumah tangga jatuh miskin. Diperlukan upaya di tingkat kabupaten yang mengajak warga desa-desa kantong pekerja migran mengelola usaha produktif dan tabungan bersama secara mandiri, bukan sekadar bantuan. (ringkasan diskusi forum warga)""", *MCD, "report", REP.format("ringkasan forum warga, Kab. Lombok Timur"), "pemberdayaan lintas kabupaten berbasis partisipasi warga")
A("""Yth. Bapak Bupati Cianjur

Dengan hormat, kami Forum Kepala Desa se-Kabupaten Cianjur menyampaikan bahwa di hampir semua kecamatan terdapat banyak perempuan kepala keluarga yang hidup di bawah garis kemiskinan. Kami mengusulkan gerakan di tingkat kabupaten di mana para perempuan kepala keluarga di setiap desa berkelompok, mengelola simpan pinjam dan usaha bersama, dan diberi ruang dalam musyawarah desa. Pemerintah desa siap berbagi peran, namun perlu payung dan dukungan dari kabupaten.

Hormat kami""", *MCD, "letter", LET.format("Cianjur"), "gerakan pemberdayaan se-kabupaten")
A("pak bupati anak muda di kabupaten ini pada merantau semua krn ga ada kerjaan. hrsnya pemda bikin gerakan biar warga tiap kecamatan bisa bikin usaha sendiri bareng2, kelola hasil kopi sm gula aren, jgn cuma dikasih bantuan trus ilang", *MCD, "informal_message", WA.format("Garut"), "ekonomi warga se-kabupaten, partisipatif")
A("""Komunitas adat di sejumlah kabupaten di Provinsi Sulawesi Selatan masih tertinggal dalam layanan dasar dan akses ekonomi. Pendekatan bantuan yang dirancang dari atas kerap tidak dipakai warga. Kami merekomendasikan program provinsi yang menempatkan komunitas adat sebagai pengelola inisiatifnya sendiri, mulai dari pemetaan potensi hingga pengelolaan hasil hutan bukan kayu. (laporan LSM)""", *MCD, "report", REP.format("laporan LSM, Sulawesi Selatan"), "pemberdayaan komunitas di tingkat provinsi")

# ---------------- makro / community_action ----------------
MCA = ("makro", "community_action")
A("""Aliansi petani dari 14 kecamatan di Kabupaten Grobogan menggelar aksi di depan gedung DPRD, menolak rencana perubahan tata ruang yang mengalihkan ribuan hektare sawah menjadi kawasan industri. Aliansi menuntut dilibatkan dalam pembahasan dan menyerukan agar warga desa lain bergabung. (kutipan berita)""", *MCA, "report", REP.format("kutipan berita, Kab. Grobogan"), "aksi kolektif lintas kabupaten")
A("ayo pak dukung warga sekabupaten nolak rencana tambang pasir besi di pesisir selatan. udh 12 nagari ikut tanda tangan, kita mau ke dprd bareng2. nelayan sm petani bisa kehilangan mata pencarian", *MCA, "informal_message", WA.format("Pesisir Selatan"), "gerakan warga se-kabupaten menolak tambang")
A("""Kepada Yth. Bapak Bupati Sidoarjo

Dengan hormat, kami Paguyuban Pedagang Kaki Lima se-Kabupaten Sidoarjo, mewakili lebih dari 3.000 pedagang, menyatakan keberatan atas rencana penertiban di seluruh ruas jalan protokol tanpa menyediakan lokasi pengganti. Kami telah berkonsolidasi di setiap kecamatan dan meminta agar perwakilan pedagang diikutsertakan dalam pengambilan keputusan. Kami siap berdialog, namun juga akan menyampaikan aspirasi secara damai bila tidak didengar.

Hormat kami""", *MCA, "letter", LET.format("Sidoarjo"), "pedagang se-kabupaten menuntut dilibatkan")
A("""Koalisi organisasi penyandang disabilitas dari berbagai kabupaten di Jawa Barat melakukan audiensi massal dengan DPRD provinsi, menuntut transportasi umum yang aksesibel dan kuota pekerjaan. Koalisi membentuk posko pengaduan di tiap kabupaten dan akan terus mengawal. (siaran pers koalisi)""", *MCA, "report", REP.format("siaran pers koalisi disabilitas, Jawa Barat"), "advokasi kolektif tingkat provinsi")

# ---------------- makro / social_marketing ----------------
MSM = ("makro", "social_marketing")
A("""Yth. Bapak Bupati Grobogan

Dengan hormat, saya seorang guru BK di salah satu SMP. Saya prihatin melihat semakin banyak pelajar di berbagai kecamatan yang merokok, bahkan siswa kelas 7. Iklan rokok ada di mana-mana. Saya berharap pemerintah kabupaten membuat kampanye besar yang menyasar remaja dan orang tua di seluruh kabupaten, lewat media sosial, radio, dan sekolah, agar merokok tidak lagi dianggap keren.

Hormat saya""", *MSM, "letter", LET.format("Grobogan"), "kampanye perilaku se-kabupaten")
A("""Angka stunting di Provinsi NTB masih di atas rata-rata nasional. Survei menemukan kepatuhan ibu hamil minum tablet tambah darah rendah karena dianggap bikin bayi besar dan mual. Diperlukan kampanye perubahan perilaku di seluruh provinsi melalui tokoh agama, radio, dan media sosial. (ringkasan laporan)""", *MSM, "report", REP.format("ringkasan laporan kesehatan, NTB"), "kampanye perilaku tingkat provinsi")
A("knp ga ada kampanye sekabupaten soal bahaya judol ya min, anak muda di mana2 kecanduan, di warung kopi semua main slot. harusnya dari pemda ada iklan di mana2 biar pada sadar", *MSM, "informal_message", WA.format("Jember"), "kampanye kabupaten judi online")
A("Banyak warga Kab. Cianjur masih anggap orang dengan gangguan jiwa itu kena guna-guna, dibawa ke dukun bukan berobat. Perlu kampanye besar dari pemda ke seluruh desa", *MSM, "terse", APP.format("Cianjur"), "stigma ODGJ se-kabupaten")

# ---------------- makro / social_planning ----------------
MSP = ("makro", "social_planning")
A("""Kepada Yth. Bapak Bupati Bone

Dengan hormat, kami dari koalisi LSM peduli anak di Kabupaten Bone menyampaikan bahwa data kemiskinan ekstrem di kabupaten ini berbeda-beda antara Dinas Sosial, Bappeda, dan desa. Akibatnya program tumpang tindih, ada desa yang menerima lima program dan ada yang tidak tersentuh. Kami mengusulkan penyusunan rencana penanggulangan kemiskinan jangka panjang berbasis satu data, dengan target tahunan yang jelas, melibatkan OPD, perguruan tinggi, LSM dan perwakilan warga.

Hormat kami""", *MSP, "letter", LET.format("Bone"), "rencana jangka panjang berbasis data lintas pihak")
A("""Proyeksi penduduk menunjukkan proporsi lansia di Kabupaten Agam akan melampaui 15% dalam sepuluh tahun, sebagian besar tinggal tanpa anak karena merantau. Hingga kini kabupaten belum memiliki rencana jangka panjang untuk layanan lansia. Lokakarya merekomendasikan penyusunan rencana bersama lintas OPD, perguruan tinggi dan organisasi masyarakat dengan sasaran dan indikator bertahap. (notulen lokakarya)""", *MSP, "report", REP.format("notulen lokakarya, Kab. Agam"), "perencanaan jangka panjang penuaan penduduk")
A("pak kabupaten kita tiap tahun banjir di 9 kecamatan tp penanganan pengungsi selalu dadakan, data warga rentan ga ada. harusnya ada rencana jangka panjang yg disusun bareng lsm, kampus, sm warga, bukan tiap tahun panik", *MSP, "informal_message", WA.format("Sidoarjo"), "rencana jangka panjang kerentanan")
A("""Angka putus sekolah jenjang SMP di Kabupaten Garut berada di atas rata-rata provinsi, terutama di kecamatan selatan. Penyebab bervariasi: jarak, biaya, pernikahan anak, bekerja. Program yang ada berjalan sendiri-sendiri. Direkomendasikan rencana lima tahun berbasis data per desa dengan target penurunan, pembagian peran pemerintah, sekolah, LSM dan masyarakat. (policy brief)""", *MSP, "report", REP.format("policy brief perguruan tinggi, Kab. Garut"), "rencana sistematis pendidikan se-kabupaten")

# ---------------- makro / social_policy ----------------
MPL = ("makro", "social_policy")
A("""Kepada Yth. Bapak Bupati Jember

Assalamu'alaikum Wr. Wb.

Dengan hormat, sebelumnya kami mengucapkan selamat atas dilantiknya Bapak sebagai Bupati Jember. Semoga Allah SWT memberikan kekuatan dan kesehatan kepada Bapak beserta jajaran dalam memimpin kabupaten yang luas ini. Kami juga berterima kasih atas program-program yang telah berjalan, terutama perbaikan pelayanan di kantor kecamatan yang kini lebih cepat.

Perkenankan kami, forum warga dari beberapa kecamatan di wilayah selatan, menyampaikan keprihatinan mengenai penyaluran bantuan sosial di Kabupaten Jember. Dari pengamatan kami di beberapa kecamatan, banyak keluarga yang benar-benar miskin tidak masuk data penerima, sementara keluarga yang punya mobil dan rumah tembok masih menerima. Pemutakhiran data sepertinya hanya di atas kertas dan warga tidak tahu cara mengusulkan.

Kami mohon pemerintah kabupaten melakukan pemutakhiran data penerima secara menyeluruh dan terbuka, dengan mekanisme sanggah yang jelas. Daftar penerima sebaiknya ditempel di balai desa sehingga warga dapat saling mengoreksi, dan kriteria yang dipakai disampaikan dengan bahasa yang mudah dipahami.

Kami menyadari bahwa tugas ini tidak mudah dan memerlukan kerja sama banyak pihak. Kami siap membantu apabila diperlukan, misalnya dengan menyampaikan nama-nama warga yang menurut pengamatan kami layak tetapi belum terdata. Semoga surat ini dapat menjadi bahan pertimbangan Bapak.

Wassalamu'alaikum Wr. Wb.
Forum warga peduli""", *MPL, "letter", LET.format("Jember"), "ketepatan sasaran bantuan se-kabupaten")
A("knp syarat bansos skrg hrs punya rumah sendiri? yg ngontrak malah ga dpt, padahal lebih miskin. aneh aturannya", *MPL, "informal_message", WA.format("Bekasi"), "kriteria kelayakan penerima")
A("""Ribuan keluarga penerima manfaat di Kabupaten Grobogan dinyatakan tidak lagi menerima PKH pada tahap ini setelah pemadanan data kependudukan dan kepemilikan aset. Sejumlah kepala desa mempertanyakan kriteria yang dipakai karena banyak warga miskin ikut tercoret. Dinas Sosial menyatakan penetapan dilakukan dari pusat. (berita lokal)""", *MPL, "report", REP.format("kutipan berita lokal, Kab. Grobogan"), "penetapan sasaran bantuan massal")
A("Kenapa kuota BPJS PBI yang dibiayai kabupaten dikurangi tahun ini? Banyak lansia se-kabupaten jadi nonaktif semua", *MPL, "terse", APP.format("Garut"), "anggaran dan cakupan jaminan kesehatan kabupaten")
A("""Penelepon: Bu, saya mau tanya, kenapa di kabupaten ini nggak ada program apa pun untuk penyandang disabilitas dewasa? Adik saya 30 tahun, tuna daksa. Bantuan itu cuma buat anak sekolah sama lansia.
Petugas: Betul Pak, saat ini bantuan khusus disabilitas memang terbatas.
Penelepon: Nah itu, banyak yang kayak adik saya di sini. Harusnya ada programnya dari pemda.""", *MPL, "hotline_transcript", HOT.format("Tasikmalaya"), "celah cakupan program untuk disabilitas dewasa")
A("pak, di kabupaten awak ko banyak urang gaek indak dapek bantuan apo-apo, padahal di kabupaten sabalah ado bantuan lansia tiok bulan dari pemda. baa kok di siko indak ado programnyo", *MPL, "informal_message", WA.format("Agam"), "program bantuan lansia tingkat kabupaten")
A("""Hasil pemantauan kami di 20 desa menunjukkan kesalahan sasaran BLT: 31% penerima tidak memenuhi kriteria, sementara 27% rumah tangga paling miskin tidak menerima. Kriteria yang dipakai desa berbeda-beda. Kami merekomendasikan penyeragaman kriteria di tingkat kabupaten, publikasi daftar penerima, dan mekanisme keberatan. (laporan LSM)""", *MPL, "report", REP.format("laporan pemantauan LSM, Kab. Lombok Timur"), "kesalahan inklusi-eksklusi lintas desa")
A("Anak putus sekolah usia 19 th tidak bisa dapat bantuan pendidikan kesetaraan karena batas usia. Mohon pemda punya program sendiri untuk yang di atas usia", *MPL, "terse", APP.format("Bone"), "batas usia kelayakan program")
A("bansos kok yg dapet itu2 aja sekabupaten, data ga pernah diupdate dari jaman covid", *MPL, "terse", WA.format("Cianjur"), "pemutakhiran data penerima")
A("""Yth. Bapak Bupati Sidoarjo

Dengan hormat, kami relawan pendamping gelandangan dan anak jalanan. Kami menemukan ratusan warga jalanan di kabupaten ini tidak bisa mengakses bantuan apa pun karena tidak memiliki dokumen kependudukan dan alamat tetap, padahal mereka kelompok paling rentan. Mohon pemerintah kabupaten menetapkan skema khusus agar kelompok ini dapat terdaftar dan menerima perlindungan.

Hormat kami""", *MPL, "letter", LET.format("Sidoarjo"), "eksklusi kelompok tanpa dokumen dari program")
A("""Anggaran perlindungan sosial dalam APBD Kabupaten Pesisir Selatan tahun ini turun sekitar 40 persen dibanding tahun lalu, sementara jumlah penduduk miskin naik pascabanjir. Sejumlah program, termasuk bantuan permakanan lansia, dihentikan. Pegiat sosial meminta DPRD meninjau ulang prioritas anggaran. (kutipan berita)""", *MPL, "report", REP.format("kutipan berita, Kab. Pesisir Selatan"), "anggaran program perlindungan kabupaten")
A("pemda kok ga ada bantuan apa2 buat korban phk pabrik garmen, ribuan org di kab bekasi nganggur dari awal tahun. yg ada cuma pelatihan sehari doang", *MPL, "informal_message", WA.format("Bekasi"), "ketiadaan program bagi korban PHK massal")
A("""Penelepon: Saya dari posko relawan banjir. Mau tanya, kenapa bantuan untuk korban banjir di Kecamatan Ulaweng dan Kecamatan Cina beda jauh? Satu dapat 500 ribu, satunya cuma sembako.
Petugas: Untuk ketentuan bantuan kami cek dulu Pak.
Penelepon: Tolong ya Bu, warga jadi saling curiga. Kriterianya harus sama se-kabupaten.""", *MPL, "hotline_transcript", HOT.format("Bone"), "kriteria bantuan bencana antarkecamatan")
A("Syarat bantuan rumah tidak layak huni harus punya sertifikat tanah. Orang miskin di kabupaten ini kebanyakan tanah warisan belum disertifikat, jadi tidak bisa dapat", *MPL, "terse", APP.format("Tasikmalaya"), "syarat kelayakan program perumahan")
A("""Di beberapa kecamatan di Kabupaten Agam, perantau yang pulang kampung karena sakit tidak terdaftar di data penerima karena KK masih di kota rantau. Mereka tidak tercakup program daerah asal maupun daerah rantau. Perlu ketentuan kabupaten tentang penerima yang berpindah domisili. (catatan rapat TKSK)""", *MPL, "report", REP.format("catatan rapat TKSK, Kab. Agam"), "celah kelayakan akibat domisili")

# ---------------- makro / social_legislation ----------------
MSL = ("makro", "social_legislation")
A("min pabrik tempat sy kerja di cikarang gaji cuma 3 jt padahal umk bekasi 5 jtan. kontrak diperpanjang terus 3 bulanan. kalo protes diancem dipecat. ini boleh ga sih", *MSL, "informal_message", WA.format("Bekasi"), "upah di bawah UMK, kontrak melanggar aturan")
A("""Petugas: Sudah berapa bulan gajinya belum dibayar Bu?
Penelepon: Tiga bulan Bu. Kami di pabrik garmen, ada sekitar 200 orang. Pabriknya masih jalan, tapi katanya nunggu pembeli bayar.
Petugas: Sudah lapor ke disnaker?
Penelepon: Sudah, tapi katanya disuruh bipartit dulu. Bipartit sudah, perusahaan nggak datang.""", *MSL, "hotline_transcript", HOT.format("Sidoarjo"), "upah tidak dibayar perusahaan")
A("""Kepada Yth. Bapak Bupati Garut

Dengan hormat,
Kami karyawan sebuah perusahaan penyamakan kulit di Kecamatan Garut Kota menyampaikan bahwa hingga seminggu setelah Idulfitri, tunjangan hari raya kami belum dibayarkan. Perusahaan hanya memberi sembako dan uang Rp 200.000. Sebagian dari kami sudah bekerja lebih dari sepuluh tahun. Kami memohon Bapak melalui dinas terkait menegakkan aturan mengenai THR.

Hormat kami, perwakilan karyawan""", *MSL, "letter", LET.format("Garut"), "THR tidak dibayar, penegakan aturan")
A("Perusahaan tempat saya bekerja tidak mendaftarkan karyawan ke BPJS Ketenagakerjaan padahal sudah 4 tahun kerja. Teman yg kecelakaan kerja tidak dapat apa2", *MSL, "terse", APP.format("Bekasi"), "kewajiban jaminan sosial pekerja tidak ditegakkan")
A("pak, aku kerjo ning toko grosir ning purwodadi, gajine sewulan mung 1,2 juta, kerjo jam 7 esuk nganti jam 9 bengi, ora ono libur. kancaku yo podo. iki sah ora", *MSL, "informal_message", WA.format("Grobogan"), "upah dan jam kerja melanggar aturan")
A("Upah buruh harian lepas di kebun sawit di bawah UMK, lembur tidak dibayar, tidak ada kontrak", *MSL, "terse", APP.format("Pesisir Selatan"), "upah di bawah UMK")
A("""Ratusan buruh pabrik pengolahan ikan di kawasan industri berunjuk rasa menuntut upah sesuai UMK. Mereka mengaku dibayar harian Rp 85.000 tanpa tunjangan dan status kontrak yang terus diperpanjang. Serikat pekerja meminta pengawas ketenagakerjaan bertindak tegas. (berita lokal)""", *MSL, "report", REP.format("kutipan berita lokal, Kab. Sidoarjo"), "upah di bawah minimum, pengawasan")
A("""Yth. Bapak Bupati Jember

Dengan hormat, kami organisasi penyandang disabilitas di Kabupaten Jember menyampaikan bahwa hampir tidak ada perusahaan swasta maupun BUMD di kabupaten ini yang mempekerjakan penyandang disabilitas sesuai kuota yang diwajibkan undang-undang. Tidak pernah ada sanksi. Kami mohon pemerintah kabupaten menegakkan ketentuan tersebut dan segera menyusun peraturan daerah pelaksananya.

Hormat kami""", *MSL, "letter", LET.format("Jember"), "kuota kerja disabilitas tidak ditegakkan")
A("kak perda kawasan tanpa rokok di kabupaten kita ada tp ga pernah ditegakin. di sekolah anak sy guru ngerokok depan murid, di puskesmas jg. sanksinya ga pernah ada", *MSL, "informal_message", WA.format("Tasikmalaya"), "perda tidak ditegakkan")
A("Kontrak saya diputus sepihak setelah 6 tahun kerja tanpa pesangon. Perusahaan bilang karena efisiensi. Teman 30 orang juga sama", *MSL, "terse", APP.format("Cianjur"), "pemutusan kerja tanpa pesangon")
A("""Penelepon: Bu, saya kerja jadi pembantu rumah tangga di perumahan di kota, sudah 4 bulan gaji nggak dibayar. Majikan bilang nanti-nanti terus. Saya nggak punya kontrak.
Petugas: Ibu masih tinggal di rumah majikan?
Penelepon: Masih. Kalau keluar takut gajinya hilang. Katanya PRT nggak ada undang-undangnya jadi nggak bisa dilaporkan, betul Bu?""", *MSL, "hotline_transcript", HOT.format("Sidoarjo"), "upah PRT tidak dibayar, lemahnya payung hukum")
A("""Di sejumlah tobong bata di tiga kecamatan ditemukan anak usia 10-14 tahun bekerja mencetak dan mengangkut bata sejak pagi, sebagian tidak bersekolah. Pemilik tobong menyatakan itu 'membantu orang tua'. Larangan mempekerjakan anak tidak pernah ditegakkan dan belum ada aturan daerah tentang pengawasannya. Rekomendasi: penegakan aturan pekerja anak, penyusunan perda.""", *MSL, "case_note", CN.format("Grobogan"), "pekerja anak, aturan tidak ditegakkan")
A("pabrik sendal di kacamatan cileungsi mayar buruh sahandapeun UMK, teu aya kontrak, teu aya BPJS. mun aya nu protes langsung dikaluarkeun. kumaha ieu teh", *MSL, "informal_message", WA.format("Bekasi"), "upah di bawah UMK")
A("""Kepada Yth. Bapak Bupati Lombok Timur

Dengan hormat, kami Forum Perlindungan Anak Lombok Timur menyampaikan bahwa hingga kini kabupaten belum memiliki peraturan daerah tentang penyelenggaraan perlindungan anak maupun pencegahan perkawinan anak, sementara kasusnya termasuk tinggi. Tanpa dasar hukum daerah, desa dan dinas tidak memiliki pegangan untuk anggaran dan tindakan. Kami mohon Bapak mendorong penyusunan perda tersebut bersama DPRD.

Hormat kami""", *MSL, "letter", LET.format("Lombok Timur"), "aturan daerah perlindungan anak belum ada")
# ---------------- global / international_social_policy ----------------
GSP = ("global", "international_social_policy")
A("""Hampir semua negara asal pekerja migran di Asia belum menjamin perlindungan sosial minimum bagi keluarga pekerja yang ditinggalkan. Forum regional kami merekomendasikan agar standar dasar perlindungan sosial yang didorong ILO dan PBB diterjemahkan menjadi kesepakatan program bersama lintas negara, sehingga anak-anak dan lansia di desa asal tidak jatuh miskin ketika kiriman berhenti. (laporan forum regional)""", *GSP, "report", REP.format("laporan forum regional LSM migrasi"), "standar perlindungan sosial lintas negara")
A("""Ratusan pengungsi Rohingya kembali mendarat di pesisir Aceh. Pemerintah daerah menyatakan tidak memiliki kapasitas menampung dalam jangka panjang, sementara negara-negara di kawasan saling melempar tanggung jawab. Pegiat kemanusiaan mendesak adanya kebijakan pembagian tanggung jawab di tingkat kawasan yang dikoordinasikan UNHCR. (kutipan berita)""", *GSP, "report", REP.format("kutipan berita nasional"), "penanganan pengungsi lintas negara")
A("""Yth. Bapak Bupati,

Kami pegiat sosial di wilayah perbatasan Indonesia–Timor Leste. Kemiskinan dan gizi buruk di desa-desa kedua sisi perbatasan saling terkait: warga berpindah, menikah, dan berdagang lintas batas, tetapi program kedua negara berjalan terpisah. Kami mengusulkan agar pemerintah mendorong program bersama lintas negara dengan dukungan badan-badan PBB seperti UNICEF dan WFP.

Hormat kami""", *GSP, "letter", LET.format("Belu"), "program sosial bersama lintas negara")
A("""Pemotongan pendanaan donor global untuk program HIV membuat layanan penjangkauan dan pendampingan ODHIV di banyak negara berkembang, termasuk di kabupaten kami, terhenti. Masalah ini tidak bisa diselesaikan di tingkat lokal; diperlukan komitmen pendanaan dan kebijakan di tingkat global agar layanan tidak putus. (catatan jaringan LSM)""", *GSP, "report", REP.format("catatan jaringan LSM HIV"), "pendanaan global lintas negara")

# ---------------- global / international_legislation ----------------
GL = ("global", "international_legislation")
A("""Sebagian besar pekerja rumah tangga migran asal kabupaten kami bekerja di Malaysia dan Timur Tengah tanpa perlindungan hukum yang memadai di negara penempatan. Konvensi ILO tentang pekerja rumah tangga belum diratifikasi oleh Indonesia maupun negara tujuan utama. Kami mendesak ratifikasi dan perjanjian bilateral yang mengikat. (laporan LSM buruh migran)""", *GL, "report", REP.format("laporan LSM buruh migran, Kab. Lombok Timur"), "ratifikasi konvensi dan perjanjian lintas negara")
A("pak knp nelayan dr kampung kami ditangkep terus sm australia, kapalnya dibakar. dulu kakek2 kami bebas nyari teripang di pulau pasir. harusnya ada perjanjian antar negara yg jelas buat nelayan tradisional", *GL, "informal_message", WA.format("Rote Ndao"), "hak nelayan tradisional lintas batas, perjanjian")
A("""Kepada Yth. Bapak Bupati Lombok Timur

Dengan hormat, kami Serikat Pekerja Migran menyampaikan bahwa nota kesepahaman penempatan pekerja ke Malaysia telah habis masa berlakunya dan belum diperbarui, sementara pengiriman tetap berjalan lewat jalur tidak resmi. Kami mohon pemerintah daerah menyampaikan kepada pemerintah pusat agar perjanjian antarnegara yang mengikat segera disepakati, termasuk soal upah minimum dan penahanan paspor.

Hormat kami""", *GL, "letter", LET.format("Lombok Timur"), "perjanjian bilateral perlindungan pekerja migran")
A("""Awak kapal perikanan asal Indonesia di kapal berbendera asing melaporkan jam kerja lebih dari 18 jam, gaji ditahan, dan kekerasan. Banyak kasus tidak bisa diproses karena terjadi di laut lepas di luar yurisdiksi. Koalisi mendesak ratifikasi konvensi ILO tentang pekerjaan di sektor perikanan dan penegakan hukum laut internasional. (siaran pers)""", *GL, "report", REP.format("siaran pers koalisi ABK"), "konvensi internasional awak kapal")
A("""Jaringan perdagangan orang merekrut anak muda dari banyak negara, termasuk Indonesia, untuk dipekerjakan paksa di pusat penipuan daring di Kamboja dan Myanmar. Penanganan korban terhambat perbedaan hukum antarnegara. Diperlukan penegakan konvensi ASEAN menentang perdagangan orang dan kerja sama hukum lintas negara. (ringkasan seminar)""", *GL, "report", REP.format("ringkasan seminar"), "hukum lintas negara perdagangan orang")

# ---------------- global / international_social_marketing ----------------
GSM = ("global", "international_social_marketing")
A("""Sampah plastik yang terdampar di pantai desa-desa nelayan kami sebagian besar berasal dari negara lain, terbawa arus. Membersihkan pantai setiap bulan tidak menyelesaikan masalah. Dibutuhkan kampanye bersama di banyak negara untuk mengubah kebiasaan membuang plastik ke laut. (laporan komunitas pesisir)""", *GSM, "report", REP.format("laporan komunitas pesisir"), "kampanye perilaku lintas negara")
A("hrsnya ada kampanye ke seluruh dunia soal loker palsu ke kamboja myanmar itu min, korbannya bukan cuma dr indonesia, dr vietnam filipina jg banyak. biar anak muda di mana2 ga gampang ketipu", *GSM, "informal_message", WA.format("Sidoarjo"), "kampanye global kesadaran penipuan kerja")
A("""Dalam kegiatan Hari TBC Sedunia, peserta menyoroti bahwa stigma terhadap penderita TBC terjadi di banyak negara dan membuat orang enggan berobat. Disepakati untuk mendukung kampanye global WHO yang mengajak masyarakat dunia memeriksakan diri dan tidak mengucilkan penderita. (notulen)""", *GSM, "report", REP.format("notulen peringatan Hari TBC Sedunia"), "kampanye perilaku global")
A("""Perkawinan anak masih terjadi di puluhan negara dan tidak bisa diatasi satu negara saja karena berakar pada norma. Kami mendorong keterlibatan Indonesia dalam kampanye internasional yang menyasar orang tua, pemuka agama, dan remaja di berbagai negara untuk mengubah pandangan tentang usia menikah. (opini pegiat)""", *GSM, "report", REP.format("opini pegiat di media daring"), "kampanye internasional perubahan norma")
# ---------------- out_of_scope ----------------
# roads / bridges / drainage
O("jalan di desa sukaresmi rusak parah min lubangnya segede kolam, tiap ujan motor pada jatoh. kapan diperbaiki sih", "informal_message", WA.format("Garut"), "jalan rusak, infrastruktur")
O("Jalan kabupaten ruas Kradenan - Wirosari rusak berat sudah 2 tahun, mohon segera diaspal", "terse", APP.format("Grobogan"), "jalan rusak")
O("""Kepada Yth. Bapak Bupati Cianjur

Assalamu'alaikum Wr. Wb.

Dengan hormat, semoga Bapak selalu dalam lindungan Allah SWT dan sukses dalam menjalankan amanah. Kami warga Desa Sukamulya, Kecamatan Cikalongkulon, ingin menyampaikan aspirasi mengenai kondisi jalan penghubung desa kami dengan jalan provinsi sepanjang kurang lebih 4 kilometer. Jalan tersebut terakhir diperbaiki sekitar tahun 2015 dan kini aspalnya sudah hilang, berganti batu dan lumpur. Pada musim hujan kendaraan roda empat tidak dapat lewat, dan hasil panen warga sering terlambat sampai ke pasar.

Kami sudah mengusulkan perbaikan melalui musrenbang desa dan kecamatan selama tiga tahun berturut-turut, namun belum terealisasi. Besar harapan kami Bapak berkenan memasukkan ruas jalan ini dalam rencana perbaikan tahun depan.

Demikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.

Wassalamu'alaikum Wr. Wb.
Perwakilan warga""", "letter", LET.format("Cianjur"), "usulan perbaikan jalan")
O("jalan ka lembur abdi ancur pisan pa, batu hungkul. kapan rek dibenerkeun, unggal taun ngan janji wungkul", "informal_message", WA.format("Tasikmalaya"), "jalan rusak")
O("pak dalan ning deso kulo bolong2 kabeh, truk tebu liwat terus ora tau didandani. nek bengi peteng akeh sing tibo", "informal_message", WA.format("Grobogan"), "jalan rusak")
O("tabe pak, jalan poros ke desa ku rusak sekali, kalau hujan tidak bisa lewat mobil. kapan diperbaiki pak", "informal_message", WA.format("Bone"), "jalan rusak")
O("Jembatan kayu di Dusun Kalijaga patah, motor tidak bisa lewat. Mohon diperbaiki", "terse", APP.format("Jember"), "jembatan rusak, infrastruktur")
O("""Penelepon: Pak, saya mau lapor ada lubang besar di jalan depan SPBU Karangploso, tadi ada yang jatuh.
Petugas: Baik Pak, untuk jalan kami teruskan ke Dinas PUPR ya.
Penelepon: Iya Pak, tolong cepat, sudah dua orang jatuh minggu ini.""", "hotline_transcript", HOT.format("Sidoarjo"), "lubang jalan, diteruskan ke PUPR")
O("""Pemerintah kabupaten mengalokasikan anggaran sekitar Rp 120 miliar untuk peningkatan dan pemeliharaan jalan tahun ini. Kepala Dinas PUPR menyebut prioritas diberikan pada ruas yang menghubungkan sentra pertanian dengan pasar. (berita lokal)""", "report", REP.format("kutipan berita lokal, Kab. Garut"), "anggaran jalan")
O("polisi tidur di jalan perumahan griya asri tinggi bgt, motor matic sy nyangkut. bisa diratain ga", "informal_message", WA.format("Bekasi"), "polisi tidur, infrastruktur")
O("Gorong-gorong depan SDN 2 mampet, tiap hujan air meluap ke jalan", "terse", APP.format("Sidoarjo"), "drainase")
O("Pengaduan warga terkait jalan longsor di ruas Salido - Painan tercatat dan diteruskan ke Dinas PUPR dan BPBD. Tidak ada kebutuhan layanan sosial yang teridentifikasi.", "case_note", "catatan petugas pengaduan Kab. Pesisir Selatan", "jalan longsor, diteruskan ke dinas teknis")
# street lights / electricity / signal
O("PJU di jalan raya cibeureum mati semua udh sebulan, gelap rawan begal", "informal_message", WA.format("Cianjur"), "lampu jalan mati")
O("min lampu jalan depan rumah sy mati", "informal_message", WA.format("Jember"), "lampu jalan mati")
O("bang lampu jalanan di gang aye mati mulu, kagak ada yg benerin. kalo malem gelap gulita", "informal_message", WA.format("Bekasi"), "lampu jalan mati")
O("Lampu PJU dekat pertigaan Lanrae mati 3 titik", "terse", APP.format("Bone"), "lampu jalan")
O("""Penelepon: Bu, ada tiang lampu jalan miring mau roboh di depan masjid Al Ikhlas. Kabelnya juga menjuntai.
Petugas: Baik, kami teruskan ke dinas perhubungan.
Penelepon: Makasih Bu.""", "hotline_transcript", HOT.format("Garut"), "tiang lampu jalan")
O("listrik mati dari td siang di desa kami, udh telpon pln blm ada yg dateng", "informal_message", WA.format("Agam"), "listrik padam")
O("website dinsos ga bisa dibuka dari kemarin min, error 503", "informal_message", WA.format("Grobogan"), "website down")
O("aplikasi cek bansos di hp sy force close terus, udah update tetep ga bisa", "terse", APP.format("Sidoarjo"), "aplikasi error, gangguan teknis")
# permits
O("cara ngurus PBG (dulu IMB) buat rumah tinggal gmn ya min, syaratnya apa aja", "informal_message", WA.format("Bekasi"), "izin bangunan")
O("NIB usaha saya di OSS belum terbit sudah 2 minggu, statusnya menunggu verifikasi", "terse", APP.format("Jember"), "izin usaha")
O("""Yth. Bapak Camat,

Dengan hormat, bersama ini kami mengajukan permohonan izin keramaian untuk acara resepsi pernikahan putra kami pada hari Sabtu, dengan hiburan organ tunggal sampai pukul 22.00 WIB. Terlampir fotokopi KTP dan surat pengantar dari desa.

Hormat kami""", "letter", "surat permohonan izin, Kab. Grobogan", "izin keramaian")
O("mau buka warung makan kecil2an di depan rumah perlu izin apa aja ya kak, takut ditertibin", "informal_message", WA.format("Garut"), "izin usaha")
O("warga keberatan ada tower provider dibangun di samping rumah tanpa izin tetangga, takut radiasi", "informal_message", WA.format("Sidoarjo"), "izin tower, bukan masalah kesejahteraan sosial")
# documents
O("ktp elektronik sy udh 6 bulan blm jadi, tiap ke dukcapil katanya blangko habis", "informal_message", WA.format("Jember"), "dokumen KTP")
O("Cara ganti KK karena ada anggota keluarga yg meninggal gimana ya", "terse", APP.format("Bekasi"), "dokumen KK")
O("akta kelahiran anak sy salah tulis nama ayahnya, cara benerinnya gmn min. hrs ke pengadilan ga", "informal_message", WA.format("Sidoarjo"), "akta kelahiran")
O("punten bade naros, ngadamel akte kalahiran kanggo murangkalih nu tos umur 5 taun kedah kumaha, syaratna naon wae", "informal_message", WA.format("Garut"), "akta kelahiran")
O("pak KK kulo jenenge salah ketik, arep mbenerke ning ngendi nggih. ning kecamatan opo ning kabupaten", "informal_message", WA.format("Grobogan"), "perbaikan KK")
O("""Penelepon: Mbak, kartu identitas anak itu wajib ya? Anak saya umur 6 tahun, buat daftar SD diminta.
Petugas: Untuk KIA silakan ke Disdukcapil atau lewat layanan di kecamatan Bu.
Penelepon: Oh iya, bawa apa saja?""", "hotline_transcript", HOT.format("Cianjur"), "dokumen KIA")
O("KTP hilang di angkot, syarat bikin baru apa aja?", "terse", APP.format("Tasikmalaya"), "dokumen KTP")
O("""Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil

Dengan hormat, saya bermaksud memohon legalisir akta kelahiran dan kartu keluarga sebanyak masing-masing lima lembar untuk keperluan pendaftaran kuliah anak saya. Karena saya bekerja di luar kota, mohon informasi apakah legalisir dapat diwakilkan atau dilakukan secara daring.

Hormat saya""", "letter", "surat ke Disdukcapil Kab. Agam", "legalisir dokumen")
O("surat pindah domisili dr bekasi ke garut bisa diurus online ga min? males bolak balik", "informal_message", WA.format("Garut"), "dokumen pindah domisili")
O("NIK saya dipakai orang lain buat daftar pinjol, sekarang saya yang ditagih. lapor ke mana ya", "terse", APP.format("Bekasi"), "penyalahgunaan data, ranah kepolisian/dukcapil")
O("akta cerai dari pengadilan agama kapan keluarnya ya, udh putus 2 bulan", "informal_message", WA.format("Lombok Timur"), "dokumen perceraian, administratif")
O("anak sy baru 17 th bulan ini, kapan bisa rekam ktp? di sekolah ada jemput bola ga", "informal_message", WA.format("Tasikmalaya"), "dokumen KTP")
O("ambo nak batanyo, KTP ambo masih alamaik lamo di padang, kini lah pindah ka lubuk basung. baa caro mangganti", "informal_message", WA.format("Agam"), "dokumen KTP")
# civil servants / honorer pay and recruitment
O("gaji guru honorer di sekolah kami cuma 300rb sebulan min, dibayar 3 bulan sekali dari dana bos. kapan naiknya", "informal_message", WA.format("Garut"), "gaji guru honorer")
O("""Kepada Yth. Bapak Bupati Tasikmalaya

Assalamu'alaikum Warahmatullahi Wabarakatuh.

Dengan segala kerendahan hati, kami Forum Guru Honorer Kabupaten Tasikmalaya menyampaikan salam hormat dan doa semoga Bapak senantiasa sehat. Kami ingin menyampaikan aspirasi bahwa saat ini masih terdapat lebih dari seribu guru honorer di sekolah negeri yang telah mengabdi lebih dari sepuluh tahun namun belum diangkat menjadi PPPK karena keterbatasan formasi. Sebagian dari kami menerima honor di bawah Rp 500.000 per bulan.

Kami memohon Bapak berkenan mengusulkan penambahan formasi PPPK guru pada tahun anggaran mendatang serta memprioritaskan honorer dengan masa kerja terlama.

Atas perhatian dan kebijaksanaan Bapak kami haturkan terima kasih.

Wassalamu'alaikum Warahmatullahi Wabarakatuh.
Forum Guru Honorer""", "letter", LET.format("Tasikmalaya"), "pengangkatan dan honor guru honorer")
O("TPP ASN bulan ini kok belum cair ya, sudah tanggal 20", "terse", APP.format("Grobogan"), "tunjangan ASN")
O("pengumuman seleksi PPPK tahap 2 kapan ya min", "informal_message", WA.format("Bone"), "rekrutmen PPPK")
O("sy guru honorer 15 thn ga lolos PPPK padahal nilai tinggi, yg baru 2 thn malah lolos. ini gimana penilaiannya", "informal_message", WA.format("Jember"), "rekrutmen guru")
O("pak gaji perangkat desa telat 3 wulan, siltap durung cair. kulo kudu utang warung", "informal_message", WA.format("Grobogan"), "penghasilan perangkat desa")
O("Tunjangan sertifikasi guru triwulan 2 belum cair, padahal kabupaten sebelah sudah", "terse", APP.format("Lombok Timur"), "tunjangan guru")
O("formasi CPNS pemda tahun ini ada ga untuk lulusan S1 kesehatan masyarakat", "terse", WA.format("Cianjur"), "rekrutmen ASN")
O("""Penelepon: Pak, saya tenaga honorer perawat di puskesmas, kontrak saya habis bulan Desember. Ada perpanjangan nggak ya?
Petugas: Untuk kepegawaian silakan ke BKPSDM atau Dinas Kesehatan Bu.
Penelepon: Soalnya katanya honorer mau dihapus semua.""", "hotline_transcript", HOT.format("Sidoarjo"), "kontrak tenaga honorer kesehatan")
O("abdi honorer TU di SMP, tos 3 sasih teu acan gajian. saurna nunggu dana BOS cair", "informal_message", WA.format("Garut"), "gaji honorer sekolah")
O("Insentif guru ngaji dari pemda tahun ini kok tidak ada lagi?", "terse", APP.format("Cianjur"), "insentif guru keagamaan, mirip honor pegawai")
O("mau tanya lowongan pendamping PKH buka kapan ya, syaratnya apa", "informal_message", WA.format("Agam"), "rekrutmen petugas")
# PDAM
O("tagihan pdam bulan ini 450rb padahal biasanya 80rb, meterannya kayaknya rusak. tolong dicek", "informal_message", WA.format("Sidoarjo"), "tagihan PDAM")
O("air PDAM mati 4 hari di perumahan kami, tangki juga ga dikirim", "terse", APP.format("Bekasi"), "gangguan air PDAM")
O("bayar tagihan pdam bisa lewat indomaret ga min", "informal_message", WA.format("Jember"), "pembayaran PDAM")
O("tagihan banyu PDAM kulo mundhak drastis wulan iki pak, padahal ra tau ngisi kolam", "informal_message", WA.format("Grobogan"), "tagihan PDAM")
O("""Kepada Yth. Direktur PDAM

Dengan hormat, saya pelanggan dengan nomor sambungan (disamarkan) ingin menyampaikan keberatan atas tagihan bulan Juli sebesar Rp 612.000, jauh di atas rata-rata pemakaian saya. Mohon dilakukan pengecekan meter dan peninjauan ulang tagihan.

Hormat saya""", "letter", "surat ke PDAM Kab. Agam", "tagihan PDAM")
O("kenapa tarif pdam naik ga ada pemberitahuan ke pelanggan", "informal_message", WA.format("Bone"), "tarif PDAM")
# praise / thanks
O("terima kasih pak bupati jalan di desa kami sudah diaspal mulus 🙏", "informal_message", WA.format("Grobogan"), "ucapan terima kasih")
O("Pelayanan di Disdukcapil sekarang cepat, ga sampai sejam KTP jadi. Mantap, pertahankan", "terse", APP.format("Sidoarjo"), "pujian layanan")
O("makasih min kemarin bantuan ibu sy udh cair, ibu sy seneng bgt. semoga berkah", "informal_message", WA.format("Garut"), "terima kasih, tidak ada masalah dilaporkan")
O("""Yth. Bapak Bupati Bone

Dengan hormat, kami warga Desa Tadang Palie menyampaikan terima kasih yang sebesar-besarnya atas kunjungan Bapak ke desa kami dalam rangka panen raya. Kehadiran Bapak memberi semangat bagi para petani. Semoga Bapak selalu diberi kesehatan.

Hormat kami""", "letter", LET.format("Bone"), "ucapan terima kasih")
O("tarimo kasih pak, pelayanan di kantor camat lah rancak kini, indak lamo manunggu", "informal_message", WA.format("Agam"), "pujian layanan")
O("""Penelepon: Nggak Pak, saya cuma mau bilang terima kasih, kemarin petugasnya ramah bantu ibu saya.
Petugas: Alhamdulillah, terima kasih Bu atas apresiasinya.
Penelepon: Sama-sama Pak, sukses terus.""", "hotline_transcript", HOT.format("Jember"), "apresiasi")
# spam / promotions / hoaxes
O("SLOT GACOR HARI INI!!! deposit 10rb bisa WD jutaan 💰💰 daftar sekarang di link bio, dijamin maxwin", "informal_message", WA.format("Jember"), "spam judi")
O("Butuh dana cepat? Pinjaman tanpa jaminan, cair 1 jam, bunga rendah. Hubungi admin kami sekarang juga", "informal_message", WA.format("Cianjur"), "spam pinjaman")
O("Assalamualaikum kak, perkenalkan saya reseller madu herbal asli untuk asam urat, diabetes, darah tinggi. Harga promo 99rb. Minat kak?", "informal_message", WA.format("Bone"), "promosi produk")
O("Investasi aset kripto profit 30% per bulan dijamin aman, sudah ribuan member. Gabung grup telegram kami", "informal_message", WA.format("Sidoarjo"), "spam investasi")
O("DIJUAL tanah kavling murah dekat tol, SHM, bisa cicil tanpa bank. Info lebih lanjut japri", "informal_message", WA.format("Bekasi"), "iklan properti")
O("Selamat! Nomor anda terpilih memenangkan hadiah mobil dari undian bank. Segera konfirmasi dengan membayar biaya administrasi", "informal_message", WA.format("Grobogan"), "penipuan undian")
O("PENTING!!! sebarkan ke 10 grup, besok ada razia besar2an, yg tidak menyebarkan akan sial 7 hari", "informal_message", WA.format("Tasikmalaya"), "pesan berantai")
O("Menerima jasa joki tugas, makalah, skripsi, jurnal. Cepat, murah, terpercaya. Fast respon", "informal_message", WA.format("Jember"), "iklan jasa")
O("Promo paket umroh awal tahun 28jt all in, hotel dekat masjidil haram, kuota terbatas", "informal_message", WA.format("Lombok Timur"), "iklan travel")
O("Kami menawarkan jasa pembuatan website dan aplikasi untuk instansi pemerintah, harga bersahabat, portofolio di banyak dinas", "letter", "email masuk Dinsos Kab. Garut", "penawaran jasa")
O("PENDAFTARAN BANSOS 2025 SUDAH DIBUKA!! klik link berikut untuk cek nama dan dapatkan 600rb langsung ke rekening: bit.ly/bansos-cair", "informal_message", WA.format("Cianjur"), "pesan phishing berkedok bansos")
O("INFO: gempa besar akan terjadi malam ini jam 3 menurut BMKG, segera keluar rumah!! sebarkan", "informal_message", WA.format("Agam"), "hoaks berantai")
# greetings
O("assalamualaikum", "terse", WA.format("Bone"), "salam")
O("selamat pagi min", "terse", WA.format("Bekasi"), "salam")
O("halo", "terse", WA.format("Jember"), "salam")
O("Punten", "terse", WA.format("Garut"), "salam")
O("sugeng enjing pak", "terse", WA.format("Grobogan"), "salam")
O("halo min apa kabar, lama ga chat hehe", "informal_message", WA.format("Sidoarjo"), "sapaan")
O("Salam sejahtera untuk kita semua", "terse", APP.format("Lombok Timur"), "salam")
O("tabe", "terse", WA.format("Bone"), "salam")
O("assalamualaikum wr wb bapak ibu admin, selamat hari senin semoga sehat selalu dan dimudahkan urusannya", "informal_message", WA.format("Agam"), "salam")
O("Selamat Hari Jadi Kabupaten Garut, semoga makin maju dan sejahtera warganya", "informal_message", WA.format("Garut"), "ucapan selamat")
O("minal aidin wal faizin min, mohon maaf lahir batin 🙏", "informal_message", WA.format("Tasikmalaya"), "ucapan hari raya")
# test messages / gibberish
O("p", "terse", WA.format("Bekasi"), "pesan uji")
O("tes", "terse", WA.format("Garut"), "pesan uji")
O("test 123", "terse", APP.format("Sidoarjo"), "pesan uji")
O("ping", "terse", WA.format("Cianjur"), "pesan uji")
O("tes tes ini nyampe ga", "terse", WA.format("Grobogan"), "pesan uji")
O(".", "terse", WA.format("Bone"), "pesan kosong")
O("asdfghj", "terse", APP.format("Agam"), "teks acak")
O("👍", "terse", WA.format("Tasikmalaya"), "emoji saja")
O("🙏🙏🙏", "terse", WA.format("Pesisir Selatan"), "emoji saja")
O("maaf salah kirim", "terse", WA.format("Sidoarjo"), "salah kirim")
O("""Petugas: Halo, layanan pengaduan, ada yang bisa dibantu?
(tidak ada suara, terdengar tawa anak-anak)
Petugas: Halo? Halo?
(telepon ditutup)""", "hotline_transcript", HOT.format("Garut"), "panggilan iseng")
O("""Penelepon: Halo, ini martabak Pak Kumis? Saya mau pesan dua.
Petugas: Maaf Bu, ini layanan pengaduan pemerintah kabupaten.
Penelepon: Oh salah sambung, maaf maaf.""", "hotline_transcript", HOT.format("Bekasi"), "salah sambung")
# office hours / contact
O("kantor dinsos buka jam berapa ya min", "informal_message", WA.format("Garut"), "jam layanan")
O("sabtu buka ga min", "terse", WA.format("Bekasi"), "jam layanan")
O("Alamat kantor Dinas Sosial di mana ya? Yang lama katanya sudah pindah", "terse", APP.format("Jember"), "alamat kantor")
O("""Penelepon: Mbak, Disdukcapil hari ini buka sampai jam berapa ya?
Petugas: Sampai jam tiga Pak, untuk Jumat sampai jam sebelas.
Penelepon: Oke makasih.""", "hotline_transcript", HOT.format("Sidoarjo"), "jam layanan")
O("kantor e buka jam piro pak, aku meh mrono sesuk esuk", "informal_message", WA.format("Grobogan"), "jam layanan")
O("nomor wa resmi dinsos yg mana ya? takut ketipu yg palsu", "informal_message", WA.format("Lombok Timur"), "kontak resmi")
O("hari ini kan cuti bersama, kantor kecamatan buka ga?", "informal_message", WA.format("Bone"), "jam layanan")
# other languages
O("Hello, is this the social affairs office? I would like to know your opening hours on Saturday.", "informal_message", WA.format("Lombok Timur"), "bahasa Inggris, jam layanan")
O("Hi, I ordered a phone case two weeks ago and the package still hasn't arrived. Order number A-2231. Please help.", "informal_message", APP.format("Bekasi"), "bahasa Inggris, salah alamat keluhan belanja")
O("Good morning sir, I want to ask where I can extend my tourist visa near Garut. Thank you.", "informal_message", WA.format("Garut"), "bahasa Inggris, urusan imigrasi")
O("السلام عليكم ورحمة الله وبركاته", "terse", WA.format("Bone"), "salam berbahasa Arab")
O("Dear Sir/Madam, we are a Singapore-based consultancy offering CSR partnership programmes and capacity-building workshops for local governments. Kindly let us know a suitable time for a call.", "letter", "email masuk Dinsos Kab. Sidoarjo", "bahasa Inggris, penawaran")
O("Hello, my elderly neighbour lives alone and I have not seen her for a few days. Her door is locked. Who should I contact?", "informal_message", WA.format("Lombok Timur"), "teks berbahasa asing (panduan: out_of_scope) walau isinya soal lansia")
O("Magandang araw po, paano po mag-apply ng trabaho dito?", "informal_message", WA.format("Sidoarjo"), "bahasa Tagalog")
O("您好，请问这里可以办理商业执照吗？", "informal_message", APP.format("Bekasi"), "bahasa Mandarin, perizinan")
# misc infrastructure / public order / other
O("sampah di TPS pasar ga diangkut seminggu, bau bgt sampe ke rumah", "informal_message", WA.format("Cianjur"), "pengangkutan sampah")
O("Banyak anjing liar berkeliaran di komplek, anak2 takut main", "terse", APP.format("Bekasi"), "hewan liar")
O("PBB tahun ini kok naik 2x lipat, NJOP nya dinaikin ya? bayarnya di mana", "informal_message", WA.format("Sidoarjo"), "pajak bumi dan bangunan")
O("pajak motor mati 2 tahun bisa bayar di samsat keliling ga", "informal_message", WA.format("Jember"), "pajak kendaraan")
O("tetangga karaoke tiap malam sampai jam 2, berisik banget ga bisa tidur", "informal_message", WA.format("Tasikmalaya"), "gangguan kebisingan")
O("dompet sy ketinggalan di bus damri jurusan garut-bandung tadi sore, isinya ktp sama atm", "informal_message", WA.format("Garut"), "barang hilang")
O("pak bupati nyalon lagi ga taun depan", "informal_message", WA.format("Bone"), "pertanyaan politik")
O("pendaftaran lomba agustusan antar RT di kecamatan kapan ditutup", "informal_message", WA.format("Grobogan"), "acara")
O("kapan turnamen sepak bola bupati cup dimulai min? tim desa kami mau daftar", "informal_message", WA.format("Pesisir Selatan"), "olahraga")
O("besok hujan ga ya min, mau jemur gabah", "informal_message", WA.format("Lombok Timur"), "cuaca")
O("Toko bangunan di Jl. Raya Pacet jual semen yang sudah mengeras, tidak mau retur", "terse", APP.format("Cianjur"), "keluhan konsumen")
O("kopi di kedai depan alun2 enak bgt, harganya juga murah. recommended", "informal_message", WA.format("Agam"), "ulasan")
O("Parkir liar di depan pasar bikin macet tiap pagi, juru parkir minta 5rb", "terse", APP.format("Sidoarjo"), "parkir, ketertiban")
O("pohon besar tumbang nutup jalan di depan sd cikalong, belum ada yg motong", "informal_message", WA.format("Tasikmalaya"), "pohon tumbang, infrastruktur")
O("nama sy ga ada di DPT padahal pemilu kmrn ada, cek di mana ya", "informal_message", WA.format("Jember"), "daftar pemilih")
O("""Ratusan peserta mengikuti jalan sehat dalam rangka Hari Jadi Kabupaten Grobogan, Minggu pagi. Panitia menyediakan doorprize berupa sepeda motor dan peralatan elektronik. Bupati melepas peserta di alun-alun. (berita lokal)""", "report", REP.format("kutipan berita lokal, Kab. Grobogan"), "berita acara seremonial")
O("""Dinas Perhubungan akan menerapkan sistem satu arah di sekitar alun-alun mulai bulan depan untuk mengurangi kemacetan. Warga diimbau memperhatikan rambu yang baru dipasang. (berita lokal)""", "report", REP.format("kutipan berita lokal, Kab. Sidoarjo"), "lalu lintas")
O("Pengaduan melalui WA: pelapor menanyakan status tagihan PDAM dan diarahkan ke kantor layanan PDAM. Tidak ada indikasi masalah kesejahteraan sosial. Ditutup.", "case_note", "catatan petugas pengaduan Kab. Jember", "catatan petugas, diarahkan ke PDAM")
O("cara daftar sekolah SMP lewat jalur zonasi gimana min, webnya bingung", "informal_message", WA.format("Cianjur"), "prosedur PPDB")
O("min harga pupuk di kios kok beda sama HET, 2 kios sama semua", "informal_message", WA.format("Grobogan"), "harga pupuk, perdagangan")
O("Angkot jurusan terminal - pasar sekarang jarang lewat, nunggu bisa 1 jam", "terse", APP.format("Garut"), "transportasi umum")
O("ban motor sy bocor kena paku di jalan baru diaspal, banyak paku berserakan sisa proyek", "informal_message", WA.format("Jember"), "sisa proyek jalan")

# ---------------- validation and output ----------------
VALID = {
    "mikro": {"individual_casework", "family_casework", "group_work"},
    "mezzo": {"mpok", "community_development", "community_education", "community_planning",
              "community_action", "social_marketing"},
    "makro": {"community_development", "community_action", "social_marketing", "social_planning",
              "social_policy", "social_legislation"},
    "global": {"international_social_policy", "international_legislation",
               "international_social_marketing"},
}
REGISTERS = {"case_note", "informal_message", "letter", "report", "terse", "hotline_transcript"}
BANNED = re.compile(r"casework|group work|\bmpok\b|community (development|education|planning|action)|"
                    r"social (marketing|policy|planning|legislation)|pemasaran sosial|kebijakan sosial|"
                    r"perencanaan sosial|perundang-undangan sosial|pengembangan masyarakat|"
                    r"manajemen organisasi pelayanan|aksi komunitas|pendidikan masyarakat|"
                    r"perencanaan masyarakat|international (legislation|social)", re.I)

def check(items):
    seen = set()
    for it in items:
        t = it["text"]
        assert t not in seen, ("duplicate", t[:60]); seen.add(t)
        assert not re.search(r"\d{10,}", t.replace(" ", "").replace("-", "")) , ("digits", t[:60])
        n = len(t.split())
        assert 1 <= n <= 250, (n, t[:60])
        assert not BANNED.search(t), ("technical label", t[:60])
        assert it["register"] in REGISTERS
        if it["level"] is None:
            assert it["method"] is None
        else:
            assert it["method"] in VALID[it["level"]], (it["level"], it["method"])

def main():
    check(ITEMS)
    rng = random.Random(20240611)
    items = ITEMS[:]
    rng.shuffle(items)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "intake-sample.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for k, it in enumerate(items, 1):
            rec = {"id": "X-%04d" % k, "text": it["text"],
                   "label": "out_of_scope" if it["level"] is None else "in_scope",
                   "level": it["level"], "method": it["method"], "register": it["register"],
                   "source": it["source"], "notes": it["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(items), "items to", out)

if __name__ == "__main__":
    main()
