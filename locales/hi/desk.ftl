# अधिकारियों का डेस्क: केस कार्ड, बटन और अधिकारियों को जवाब (डेस्क की भाषा: डिप्लॉयमेंट का embassy.deskLanguage)।

desk-urgency-critical = 🔴 गंभीर
desk-urgency-high = 🟠 उच्च
desk-urgency-normal = ⚪ सामान्य
desk-status-new = नया
desk-status-claimed = लिया गया
desk-status-in-progress = कार्रवाई जारी
desk-status-resolved = हल हुआ
desk-status-duplicate = डुप्लिकेट
desk-status-closed = बंद
desk-kind-self-report = स्वयं की रिपोर्ट
desk-kind-missing-person = लापता व्यक्ति की रिपोर्ट

desk-reason-danger-now = कहते हैं कि अभी खतरे में हैं
desk-reason-danger-words = खतरे वाले शब्द लिखे
desk-reason-injured-and-violence = घायल और हिंसा
desk-reason-violence = हिंसा
desk-reason-threats = उन्हें या उनके परिवार को धमकी
desk-reason-injured = बीमार या घायल
desk-reason-confined = बाहर जाने की अनुमति नहीं
desk-reason-many-people = कई लोग बंधक
desk-reason-passport = पासपोर्ट ले लिया गया
desk-reason-forced-scam = ज़बरदस्ती ठगी करवाई जाती है
desk-reason-debt = कर्ज़ या जुर्माना
desk-reason-wages = वेतन रोका गया
desk-reason-indicators = जबरन मज़दूरी के कई संकेत
desk-reason-sold = दूसरी कंपनी को बेचा गया
desk-reason-minor = नाबालिग
desk-reason-minor-at-risk = खतरे में नाबालिग
desk-reason-hurt-and-threatened = चोट और धमकी
desk-reason-unfinished = रिपोर्ट अधूरी छोड़ी (चुप हो गए)
desk-reason-duress = अपना दबाव-शब्द (duress) भेजा

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = कारण: { $reasons }
desk-card-score = संकेत: 8 में से { $score }
desk-card-alarm = ⚠ खतरे के शब्द ({ $time }): { $text }
desk-card-first-where = पहली लोकेशन ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … और { $count } पिछले बदलाव जो शायद व्यक्ति के नहीं हैं (npm run desk -- show सब दिखाता है)।
desk-card-retraction = ⚠ रिपोर्ट वापस लेने को कहा ({ $time }), माना नहीं गया, शायद व्यक्ति नहीं है: "{ $text }"
desk-suspect-restart = /restart के बाद बदला (शायद व्यक्ति नहीं)
desk-suspect-retraction = वापस लिया (शायद व्यक्ति नहीं)
desk-suspect-after-silence = लंबी चुप्पी के बाद बदला (शायद व्यक्ति नहीं)
desk-message-suspect-restart = ⚠ /restart के बाद भेजा: लिखने वाला शायद वही व्यक्ति नहीं है।
desk-message-suspect-retraction = ⚠ रिपोर्ट वापस लेता है: माना नहीं गया (तात्कालिकता और स्थिति वही रहती है), लिखने वाला शायद वही व्यक्ति नहीं है।
desk-message-suspect-after-silence = ⚠ लंबी चुप्पी के बाद भेजा: लिखने वाला शायद वही व्यक्ति नहीं है।
desk-answer-danger-now = अभी खतरा
desk-answer-location = कहाँ
desk-answer-country = देश
desk-answer-place = जगह
desk-answer-situation = स्थिति
desk-answer-people = साथ में बंधक
desk-answer-people-words = साथ में बंधक (उनके शब्द)
desk-answer-contact = कब लिखना सुरक्षित
desk-answer-contact-times = सुरक्षित समय
desk-answer-name = नाम
desk-answer-relationship = रिश्ता
desk-answer-age = उम्र
desk-answer-birth-date = जन्म तिथि
desk-answer-sex = लिंग
desk-answer-hometown = गृह नगर
desk-answer-document = पासपोर्ट या ID
desk-answer-phone = फ़ोन
desk-answer-last-heard = आखिरी संपर्क
desk-answer-last-message = आखिरी बार क्या कहा
desk-answer-city = शहर
desk-answer-company = कंपनी
desk-answer-job = वादा की गई नौकरी
desk-answer-recruiter = एजेंट
desk-answer-photo = फ़ोटो
desk-answer-harm = उन्होंने क्या बताया
desk-answer-contact-phone = कॉल करने का नंबर
desk-answer-contact-when = संपर्क का समय
desk-answer-words = उनके शब्द
desk-contact-anytime = कभी भी
desk-contact-they-write-first = केवल उनके पहले लिखने के बाद
desk-contact-times = कुछ निश्चित समय पर
desk-contact-this-chat = इस चैट में
desk-contact-phone = फ़ोन पर
desk-card-opened = खोला गया { $time } ({ $age } पहले) · { $kind } · { $language } · { $channel }
desk-card-claimed = { $officer } ने लिया
desk-card-unclaimed = अभी किसी ने नहीं लिया
desk-card-duplicate = { $other } का डुप्लिकेट
desk-card-reopened = 🔁 { $times } बार फिर खोला गया: केस { $was } होने के बाद खतरे का नया संदेश।
desk-card-lowered = ⬇ { $officer } ने { $from } से घटाया — { $reason }
desk-card-where-pin = कहाँ: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(लाइव)
desk-card-where-near = {" "}{ $place } के पास
desk-card-where-text = कहाँ (लिखा हुआ): { $text }
desk-card-where-unknown = कहाँ: अभी नहीं बताया
desk-card-country = देश: { $country }
desk-card-danger = अभी खतरे में: { $answer }
desk-card-situation = स्थिति: { $items }
desk-card-details = उनके शब्द: { $text }
desk-card-people = साथ में बंधक: { $people }
desk-card-safe = कब लिखना सुरक्षित: { $when }
desk-card-safe-anytime = कभी भी
desk-card-safe-first = केवल उनके पहले लिखने के बाद
desk-card-safe-times = केवल: { $times }
desk-card-safe-unreadable = उनके लिखने तक रोका गया: सुरक्षित समय वाला जवाब सुरक्षित घंटों के रूप में पढ़ा नहीं जा सका (उनके शब्द: { $times })
desk-card-name = नाम: { $name }
desk-card-links = जुड़े केस: { $cases }
desk-card-possible = संभावित मिलान (पुष्टि करें): { $cases }
desk-card-about = उनके बारे में: { $about }
desk-card-about-phone = फ़ोन { $phone }
desk-card-link-age = उम्र { $age }
desk-card-link-hometown = { $place } से
desk-card-link-reporter = रिपोर्ट करने वाले: { $relationship }
desk-card-link-by-parent = माता या पिता ने रिपोर्ट की
desk-card-link-by-child = उनकी संतान ने रिपोर्ट की
desk-card-link-by-sibling = भाई या बहन ने रिपोर्ट की
desk-card-link-by-spouse = पति या पत्नी ने रिपोर्ट की
desk-card-link-by-relative = किसी रिश्तेदार ने रिपोर्ट की
desk-card-link-by-friend = किसी दोस्त ने रिपोर्ट की
desk-card-link-confirmed = 🔗 एक ही व्यक्ति (अधिकारी ने पुष्टि की): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 वही फ़ोन या पासपोर्ट: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ संभावित मिलान, पुष्टि करें या खारिज करें: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ { $other } वाला ही व्यक्ति
desk-button-link-reject = ✗ { $other } नहीं
desk-link-ok-confirm = { $caseId } और { $other } एक ही व्यक्ति हैं: दोनों कार्ड दोनों को दिखाते हैं।
desk-link-ok-reject = { $caseId } और { $other } एक ही व्यक्ति नहीं हैं: इन्हें फिर नहीं सुझाया जाएगा।
desk-link-already-confirm = { $caseId } और { $other } की एक ही व्यक्ति के रूप में पहले ही पुष्टि हो चुकी है।
desk-link-already-reject = { $caseId } और { $other } पहले ही अलग व्यक्ति चिह्नित हैं।
desk-link-missing = { $caseId } या { $other } नाम का कोई केस नहीं है।
desk-link-same-case = { $caseId } वही केस है: दूसरे केस का नंबर दें।
desk-usage-link = केस के टॉपिक में: /link OTHER-ID (एक ही व्यक्ति) या /notlink OTHER-ID (एक ही व्यक्ति नहीं)। कहीं और: /link ID OTHER-ID।
desk-card-held = उनके लिए रोके गए जवाब: { $count }
desk-card-notes = नोट: { $count } (/case { $caseId } दिखाता है)
desk-card-intake-open = अभी इनटेक के जवाब दे रहे हैं।
desk-card-gone = ⚠ संपर्क नहीं हो सकता: उन्होंने बॉट ब्लॉक किया या अपना अकाउंट मिटा दिया।
desk-yes = हाँ
desk-no = नहीं
desk-not-given = नहीं बताया
desk-minutes = { $n } मिनट
desk-hours = { $h } घं { $m } मिनट
desk-days = { $d } दिन { $h } घं

desk-button-claim = ✋ लें
desk-button-unclaim = छोड़ें
desk-button-in-progress = कार्रवाई जारी
desk-button-resolved = ✅ हल हुआ
desk-button-closed = बंद करें
desk-button-location = 📍 लोकेशन माँगें
desk-button-lower = ⬇ घटाएँ (झूठा अलार्म)
desk-button-restore = ⬆ तात्कालिकता वापस

desk-claimed = { $caseId } अब आपका है।
desk-already-yours = { $caseId } पहले से आपका है।
desk-taken = { $caseId } { $officer } ने लिया है।
desk-unclaimed = { $caseId } फिर से कतार में है, किसी के पास नहीं।
desk-not-claimed = { $caseId } किसी ने नहीं लिया है।
desk-status-set = { $caseId } अब: { $status }।
desk-status-same = { $caseId } पहले से: { $status }।
desk-closed = { $caseId } { $status } है: फिर से काम करने के लिए पहले इसे "कार्रवाई जारी" करें।
desk-missing = { $caseId } नाम का कोई केस नहीं है।
desk-bad-duplicate = { $other } कोई दूसरा मौजूदा केस नहीं है।
desk-note-added = { $caseId } में नोट जोड़ा गया।
desk-empty = भेजने को कुछ नहीं: कमांड के बाद टेक्स्ट लिखें।
desk-too-long = बहुत लंबा: { $length } अक्षर, अधिकतम { $max }। कृपया बाँटकर भेजें।
desk-gone = { $caseId }: व्यक्ति से अब संपर्क नहीं हो सकता (बॉट ब्लॉक किया या अकाउंट मिटाया)। कुछ नहीं भेजा गया।
desk-reply-queued =
    → { $caseId } को जवाब कतार में, ठीक यही:
    { $text }
desk-reply-sent = ✓ { $caseId } को भेजा गया { $when }, ठीक यही ({ $count }):
desk-reply-held-first = ⏸ रोका गया: { $caseId } ने कहा था कि उनके लिखने के बाद ही लिखें। उनके अगली बार लिखने पर जाएगा।
desk-reply-held-until = ⏸ { $time } तक रोका गया (उनका सुरक्षित समय), या उनके अगली बार लिखने तक।
desk-reply-held-unreadable = ⏸ उनके लिखने तक रोका गया: { $caseId } का सुरक्षित समय वाला जवाब सुरक्षित घंटों के रूप में पढ़ा नहीं जा सका (अस्पष्ट, या केवल यह बताता है कि कब न लिखें)।
desk-reply-held-unknown = ⏸ रोका गया: { $caseId } ने नहीं बताया कि कब लिखना सुरक्षित है। उनके अगली बार लिखने पर जाएगा।
desk-reply-held-phone = ⏸ रोका गया: { $caseId } ने फ़ोन पर कॉल बैक माँगा है, यहाँ लिखना नहीं (नंबर और समय कार्ड पर हैं: /case { $caseId })। उनके अगली बार लिखने पर इसी चैट में जाएगा।
desk-reply-failed = ⚠ { $caseId }: व्यक्ति तक नहीं पहुँचा जा सका ({ $why })। केस में दर्ज है।
desk-location-requested = { $caseId } से नई लोकेशन माँगी गई।
desk-lowered = { $caseId } को { $urgency } पर घटाया गया। व्यक्ति को नहीं बताया जाता। /restore { $caseId } इसे पलटता है।
desk-urgency-same = { $caseId } पहले से { $urgency } है।
desk-restored = { $caseId } फिर से { $urgency } पर है।
desk-not-lower = { $caseId } { $urgency } है: इसे केवल नीचे किया जा सकता है (उच्च या सामान्य)।
desk-not-lowered = { $caseId } घटाया नहीं गया था: वापस करने को कुछ नहीं।
desk-lower-how = { $caseId } को घटाने के लिए (झूठा अलार्म), भेजें: /lower { $caseId } [high|normal] कारण। इसे कमांड के रूप में भेजें: इस टॉपिक में सादा संदेश केवल नोट के रूप में रखा जाता है।
desk-person-wrote = 💬 { $caseId } ने लिखा:
desk-person-pin = 📍 { $caseId } ने लोकेशन भेजी: { $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } ने { $channel } पर { $media } भेजा{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = { $caseId } ने कुछ ऐसा भेजा जो बॉट नहीं दिखा सकता ({ $what })।
desk-person-wiped = 🧹 { $caseId }: व्यक्ति ने { $time } पर बॉट के साथ अपनी चैट मिटा दी। केस और उनका भेजा सब कुछ यहीं रहता है।
desk-private-hello = यह चैट डेस्क के पेज के लिए है: जब कोई ज़रूरी केस बहुत देर तक इंतज़ार करता है, तो बॉट आपको यहाँ लिखता है। केस अधिकारियों के ग्रुप में संभाले जाते हैं।
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) { $age } से इंतज़ार में है और किसी ने नहीं लिया। कृपया अधिकारियों का ग्रुप देखें।
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) { $age } पहले लिया गया और व्यक्ति को अभी तक जवाब नहीं मिला। कृपया अधिकारियों का ग्रुप देखें।
desk-page-unreachable = 📵 { $who } को डायरेक्ट मैसेज से पेज नहीं किया जा सका: उन्होंने बॉट के साथ प्राइवेट चैट में Start नहीं दबाया (या बॉट ब्लॉक किया)। जब तक वे ऐसा नहीं करते, ड्यूटी रोस्टर में अगले व्यक्ति को पेज किया जाता है।
desk-reopened = 🔁 { $caseId } ({ $urgency }) फिर खोला गया: केस { $was } होने के बाद व्यक्ति ने खतरे का नया संदेश लिखा।
desk-digest-head = { $count } और केस इंतज़ार में हैं; Telegram जितना अनुमति देता है, हर एक का अलग कार्ड आएगा। सबसे ज़रूरी पहले:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = खुले केस: { $count } (सबसे ज़रूरी पहले)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = कोई खुला केस नहीं।
desk-queue-more = … और { $count }: सबके लिए `npm run desk -- list` चलाएँ।
desk-queue-parked-head = ⚠ पोस्ट जो ग्रुप ने नहीं लीं ({ $count }); हर एक को बाद में फिर भेजा जाएगा:
desk-queue-parked-line = { $what } { $caseId } · { $since } से · अगली कोशिश { $next } · { $reason }
desk-parked = ⚠ { $caseId } के बारे में एक पोस्ट ({ $what }) नहीं गई: { $reason }। बाकी पोस्ट जारी हैं; इसे बाद में फिर भेजा जाएगा, और /queue इसे दिखाता है।
desk-post-card = कार्ड
desk-post-msg = व्यक्ति का संदेश
desk-post-status = जवाब की स्थिति
desk-post-alert = अलर्ट
desk-realert-head = ⏰ { $count } ज़रूरी केस अधिकारी के इंतज़ार में (सबसे ज़रूरी पहले):
desk-realert-line = { $urgency } { $caseId } · { $age } से इंतज़ार
desk-realert-line-unanswered = { $urgency } { $caseId } · { $officer } ने { $age } पहले लिया, व्यक्ति को अभी तक जवाब नहीं
desk-realert-more = … और { $count }: /queue सब दिखाता है।
desk-swarm-head = 🆘 { $count } नए SOS, अभी कोई जानकारी नहीं (खतरे का एक शब्द और कुछ नहीं)। हर एक का कार्ड जानकारी वाले केसों के बाद आएगा; जो भी और भेजेगा वह तुरंत ऊपर आ जाएगा। सुपरवाइज़र इन सबको उच्च पर घटा सकते हैं:
desk-button-swarm-lower = सबको उच्च करें (सुपरवाइज़र)
desk-swarm-reason = बिना जानकारी के SOS, एक झुंड में: सुपरवाइज़र ने झुंड सारांश से एक साथ घटाए
desk-swarm-lowered = { $count } को उच्च पर घटाया गया। किसी एक को /restore KH-XXXX से पलटें। { $skipped } वैसे ही छोड़े गए (जानकारी आ गई, या कोई अधिकारी उन्हें देख रहा है)।
desk-swarm-expired = यह सूची अब सक्रिय नहीं है।
desk-swarm-supervisors-only = पूरी सूची केवल सुपरवाइज़र घटा सकते हैं।
desk-not-officer = यह केवल दूतावास के ड्यूटी अधिकारी कर सकते हैं।
desk-usage-case = उपयोग: /case KH-XXXX
desk-usage-reply = उपयोग: केस के टॉपिक में /reply आपका टेक्स्ट, या कहीं भी /reply KH-XXXX आपका टेक्स्ट (/send भी चलता है)।
desk-usage-note = उपयोग: केस के थ्रेड में /note टेक्स्ट, या /note KH-XXXX टेक्स्ट
desk-usage-dup = उपयोग: केस के थ्रेड में /dup KH-YYYY (यह केस KH-YYYY का डुप्लिकेट है)
desk-usage-lower = उपयोग: /lower KH-XXXX [high|normal] कारण (केस के थ्रेड में नंबर छोड़ा जा सकता है)। high या normal के बिना एक स्तर नीचे जाता है। व्यक्ति को कभी नहीं बताया जाता।
desk-which-case = कौन सा केस? इसे केस के थ्रेड में इस्तेमाल करें, या केस नंबर दें।
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = इस कार्ड का केस अब मौजूद नहीं है।
desk-help = ड्यूटी डेस्क: /queue खुले केस दिखाता है, /case ID एक केस दिखाता है। केस के टॉपिक में आप जो लिखते हैं वह अधिकारियों के बीच रहता है: नोट के रूप में रखा जाता है, कभी भेजा नहीं जाता। व्यक्ति को जवाब देने के लिए: /reply टेक्स्ट (या कार्ड को रिप्लाई करें, फिर Send दबाएँ)। फ़ॉरवर्ड किए संदेश, फ़ोटो और फ़ाइलें कभी व्यक्ति को नहीं जातीं। /note टेक्स्ट नोट जोड़ता है; /dup ID डुप्लिकेट चिह्नित करता है; /lower ID [high|normal] कारण झूठा अलार्म घटाता है (व्यक्ति को नहीं बताया जाता), /restore ID उसे पलटता है; /resume ID दबाव-शब्द या "बात नहीं कर सकते" शब्द से रुकी चैट में संदेश फिर पहुँचाता है; /unlock ID गलत गुप्त-शब्द कोशिशों से लॉक जवाब खोलता है; /tell ID located|closed|nothing तय करता है कि परिजन की स्थिति-जाँच क्या बताए (पहले उनकी पुष्टि करें); /resetpin ID परिजन को नया PIN भेजता है; /link ID और /notlink ID बताते हैं कि संभावित मिलान एक ही व्यक्ति है या नहीं; बटन केस लेते हैं और स्थिति तय करते हैं। /hand ID नाम केस किसी साथी को सौंपता है।

# केस के टॉपिक में अधिकारी जो लिखते हैं: नोट, जब तक किसी स्पष्ट कदम से न भेजा जाए (/reply, या प्रीव्यू पर Send)।
desk-reply-when-queued = अभी
desk-reply-when-person-active = जब उन्होंने लिखा
desk-reply-when-due = तय समय पर (उनके सुरक्षित घंटे, या फिर से कोशिश)
desk-note-kept = 📝 { $caseId } पर नोट के रूप में रखा गया — व्यक्ति को नहीं भेजा गया। उन्हें जवाब देने के लिए: /reply आपका टेक्स्ट
desk-not-sent-forward = ⛔ नहीं भेजा गया: फ़ॉरवर्ड किया संदेश कभी व्यक्ति को नहीं जाता (उसमें किसी और केस का नाम, जगह या शब्द हो सकते हैं), और रखा भी नहीं जाता। { $caseId } को जवाब देने के लिए /reply और अपने शब्द लिखें।
desk-not-sent-media = ⛔ नहीं भेजा गया: व्यक्ति को केवल अधिकारी के टाइप किए शब्द जाते हैं — फ़ोटो, फ़ाइल, स्टिकर, वॉइस, वीडियो या लोकेशन नहीं। यह इसी टॉपिक में रहता है। { $caseId } को जवाब देने के लिए: /reply आपका टेक्स्ट
desk-preview =
    ✉ व्यक्ति को ({ $caseId }), अगर आप Send दबाएँ:
    { $text }
desk-preview-warn-other = ⚠ इसमें किसी दूसरे केस का नाम है ({ $cases }): क्या यह सच में { $caseId } के लिए है? किसी दूसरे केस की जानकारी इस व्यक्ति तक कभी नहीं पहुँचनी चाहिए।
desk-preview-warn-card = ⚠ यह केस कार्ड जैसा लगता है: व्यक्ति के फ़ोन पर यह फ़ोन उठाने वाले किसी को भी उनका केस दिखा देगा।
desk-preview-warn-topic = ⚠ यह { $here } का टॉपिक है, लेकिन जवाब { $caseId } को जाएगा।
desk-preview-expires = इसे केवल आप { $minutes } मिनट के भीतर भेज सकते हैं; कोई भी इसे रद्द कर सकता है।
desk-preview-expired = कुछ नहीं भेजा गया: यह प्रीव्यू समाप्त हो गया या पहले ही इस्तेमाल हो चुका। जवाब देने के लिए /reply और अपना टेक्स्ट भेजें।
desk-preview-not-author = इसे केवल { $officer }, जिन्होंने लिखा, भेज सकते हैं। खुद भेजने के लिए: /reply और आपका टेक्स्ट।
desk-preview-cancelled = ✖ { $officer } ने रद्द किया: { $caseId } को कुछ नहीं भेजा गया।
desk-preview-sent = { $caseId } के लिए कतार में।
desk-button-preview-send = 📤 भेजें
desk-button-preview-cancel = ✖ रद्द करें

# सुरक्षा शब्द (src/core/safety-words.ts): व्यक्ति का दबाव-शब्द और "बात नहीं कर सकते" शब्द, उनका गुप्त शब्द।
desk-card-stopped-duress = 🚨 दबाव-शब्द (DURESS) भेजा ({ $time }): अधिकारी के निर्णय तक उनकी चैट में कुछ नहीं भेजा जाता, रोके गए जवाब भी नहीं: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "बात नहीं कर सकते" ({ $time }): उनके गुप्त शब्द, उनके बाद में टाइप किए संदेश, या /resume { $caseId } तक बॉट उनकी चैट में चुप है
desk-card-release-locked = 🔒 जवाब लॉक ({ $time }): एक दिन में गुप्त शब्द की 5 गलत कोशिशें। जाँचें, फिर /unlock { $caseId }
desk-card-code-word = 🔑 गुप्त शब्द तय है: जवाब उसके भेजे जाने के बाद ही दिखते हैं।
desk-card-released-code-word = जवाब आखिरी बार { $time } पर दिखाए गए, उनके गुप्त शब्द के बाद।
desk-card-released-typed-reply = जवाब आखिरी बार { $time } पर दिखाए गए, उनके टाइप किए संदेश के जवाब में।
desk-card-released-relative = जवाब आखिरी बार { $time } पर भेजे गए, जैसा परिजन ने कहा (यही चैट)।
desk-duress = 🚨 { $caseId }: व्यक्ति ने अपना दबाव-शब्द (DURESS) भेजा। हो सकता है कोई उनसे ज़बरदस्ती लिखवा रहा हो। अधिकारी के निर्णय तक उनकी चैट में और कुछ नहीं भेजा जाएगा (/resume { $caseId })।
desk-duress-line = 🚨 दबाव-शब्द: व्यक्ति को केवल एक सामान्य दिखने वाला जवाब मिला; /resume { $caseId } तक उनकी चैट में और कुछ नहीं जाता।
desk-cant-talk-on = 🤫 { $caseId } ने "बात नहीं कर सकते" भेजा: बॉट उनकी चैट में चुप है।
desk-cant-talk-off-code = 🗣 { $caseId } ने अपना गुप्त शब्द भेजा: बॉट फिर से उनसे बात करता है।
desk-cant-talk-off-typed = 🗣 { $caseId } ने "बात नहीं कर सकते" के बाद फिर लिखा: बॉट फिर से उनसे बात करता है।
desk-release-locked = 🔒 { $caseId }: गुप्त शब्द की { $tries } गलत कोशिशें। रोके गए जवाब रुके रहते हैं; हो सकता है फ़ोन किसी और के पास हो। पक्का होने पर /unlock { $caseId }।
desk-release-unlocked = 🔓 { $caseId }: { $officer } ने रिलीज़ अनलॉक की।
desk-resumed = ▶ { $caseId }: { $officer } ने उनकी चैट में संदेश फिर शुरू किए।
desk-reply-rule-code-word = — उनके गुप्त शब्द के बाद दिखाया गया।
desk-reply-rule-typed-reply = — उनके टाइप किए संदेश के जवाब में दिखाया गया।
desk-reply-rule-relative = — जैसा परिजन ने कहा वैसे भेजा गया (घर से रिपोर्ट: यही चैट, उनका समय; गुप्त शब्द नहीं)।
desk-reply-announced-code-word = 📩 { $caseId } को बताया गया "आपके लिए एक नया संदेश है"; यह उनके गुप्त शब्द भेजने के बाद दिखेगा।
desk-reply-announced-typed-reply = 📩 { $caseId } को बताया गया "आपके लिए एक नया संदेश है"; यह उनके टाइप करके जवाब देने पर दिखेगा।
desk-reply-held-stopped = ⏸ रोका गया: दबाव-शब्द या "बात नहीं कर सकते" शब्द के बाद { $caseId } की चैट में कुछ नहीं जाता। सुरक्षित होने पर /resume { $caseId }।
desk-reply-held-locked = 🔒 रोका गया: { $caseId } ने गुप्त शब्द भेजा, लेकिन गलत कोशिशों से रिलीज़ लॉक है। पक्का होने पर /unlock { $caseId }।
desk-not-stopped = { $caseId } के लिए कुछ भी रुका हुआ नहीं है।
desk-not-locked = { $caseId } के जवाब लॉक नहीं हैं।
desk-resumed-done = { $caseId }: संदेश फिर से उनकी चैट तक पहुँचते हैं। रोके गए जवाब सामान्य नियमों से जाएँगे।
desk-unlocked-done = { $caseId }: अनलॉक हुआ। उनका गुप्त शब्द फिर से रोके गए जवाब दिखाता है।
desk-memory = ⚠ हेल्पलाइन का डेटाबेस { $percent } % भरा है ({ $limitMb } MB में से { $usedMb })। 100 % पर कुछ भी नया सेव नहीं होगा: न संदेश, न केस। तकनीकी टीम को अभी बताएँ (Redis maxmemory बढ़ाएँ, या मेमोरी खाली करें)।
desk-memory-full = 🛑 हेल्पलाइन का डेटाबेस भर गया है ({ $limitMb } MB में से { $usedMb }): नए संदेश और केस सेव नहीं हो रहे। तकनीकी टीम को अभी बताएँ (Redis maxmemory बढ़ाएँ, या मेमोरी खाली करें); तब तक फ़ोन लाइन इस्तेमाल करें।

## कार्ड पर परिजन की लापता-व्यक्ति रिपोर्ट (src/officers/report-lines.ts)
desk-mp-again = ⚠ { $count } बार रिपोर्ट किया गया। रिपोर्ट { $n } में नया: { $fields }
desk-mp-nothing-new = कुछ नया नहीं
desk-mp-report = रिपोर्ट { $n } ({ $time }): { $relationship } द्वारा; कॉल बैक { $contact }, { $when }
desk-mp-person = लापता व्यक्ति:
desk-mp-field = { $label }: { $value }
desk-mp-from = (रिपोर्ट { $n }, { $time })
desk-mp-new = 🆕 नया
desk-mp-also = {"  "}↳ साथ ही, रिपोर्ट { $n } ({ $time }): { $value } { $new }
desk-mp-words = लिखा गया, पढ़ा नहीं जा सका ({ $step }): { $text }
desk-mp-born = जन्म { $date }
desk-mp-minor = ⚠ 18 से कम
desk-mp-country-other = कोई और देश
desk-mp-photo-telegram = हाँ, Telegram पर भेजी (केस के टॉपिक में फिर भेजी गई)
desk-mp-photo-not-forwarded = { $channel } पर भेजी: फ़ॉरवर्ड नहीं हुई (बॉट केवल संदेश की id रखता है, फ़ाइल नहीं; परिजन से Telegram या ई-मेल पर फिर भेजने को कहें)
desk-mp-photo-caption = लापता व्यक्ति की फ़ोटो, केस { $caseId } (रिपोर्ट { $n }), जैसी परिजन ने भेजी।
desk-mp-contact-phone = फ़ोन पर { $phone }
desk-mp-contact-this-chat = उनकी चैट में ({ $channel })
desk-mp-when-anytime = कभी भी
desk-mp-when-times = केवल { $times }
desk-mp-field-name = नाम
desk-mp-field-age = उम्र
desk-mp-field-birthDate = जन्म
desk-mp-field-sex = लिंग
desk-mp-field-hometown = गृह नगर
desk-mp-field-document = पासपोर्ट / ID
desk-mp-field-phone = फ़ोन
desk-mp-field-lastHeard = आखिरी संपर्क
desk-mp-field-lastMessage = तब क्या कहा
desk-mp-field-country = कहाँ गए
desk-mp-field-city = शहर
desk-mp-field-company = कंपनी
desk-mp-field-job = वादा की गई नौकरी
desk-mp-field-recruiter = एजेंट
desk-mp-field-photo = फ़ोटो
desk-mp-field-notes = अन्य नोट
desk-mp-relationship-parent = माता या पिता (लापता व्यक्ति उनकी संतान है)
desk-mp-relationship-child = बेटा या बेटी (लापता व्यक्ति उनके माता या पिता हैं)
desk-mp-relationship-sibling = भाई या बहन
desk-mp-relationship-spouse = पति या पत्नी
desk-mp-relationship-relative = कोई और रिश्तेदार
desk-mp-relationship-friend = दोस्त

# परिजन की स्थिति-जाँच और PIN (src/officers/relative-desk.ts, src/cases/relative-access.ts)।
desk-card-verify-relative = ⚠ परिजन की रिपोर्ट परिवार बनकर आए किसी एजेंट की भी हो सकती है। उन्हें कुछ भी बताने से पहले पहचान की पुष्टि करें: स्थिति-जाँच केवल "मिल गई" / "देखी जा रही है" बताती है, जब तक कोई अधिकारी न चुने (/tell { $caseId } located)।
desk-card-told-located = 📣 इस रिपोर्ट की स्थिति-जाँच "पता चल गया / दूतावास के संपर्क में" बताती है ({ $officer } ने चुना)। रोकने के लिए /tell { $caseId } nothing।
desk-card-told-closed = 📣 इस रिपोर्ट की स्थिति-जाँच "बंद" बताती है ({ $officer } ने चुना)। रोकने के लिए /tell { $caseId } nothing।
desk-usage-tell = उपयोग: /tell KH-XXXX located|closed|nothing (केस के टॉपिक में नंबर छोड़ा जा सकता है)। केवल परिजन की पुष्टि के बाद: रिपोर्ट किसी एजेंट ने भी की हो सकती है।
desk-usage-resetpin = उपयोग: /resetpin KH-XXXX, केवल यह पुष्टि करने के बाद कि यह सच में परिजन हैं। नया PIN केवल उसी चैट में जाता है जिससे रिपोर्ट आई थी; यहाँ कोई उसे नहीं देखता।
desk-told-located = { $caseId }: स्थिति-जाँच अब "पता चल गया / दूतावास के संपर्क में" बताती है।
desk-told-closed = { $caseId }: स्थिति-जाँच अब "बंद" बताती है।
desk-told-nothing = { $caseId }: स्थिति-जाँच अब केवल "मिल गई" / "देखी जा रही है" बताती है।
desk-told-same = { $caseId }: स्थिति-जाँच पहले से यही बताती है।
desk-pin-reset-done = 🔑 { $caseId }: नया PIN उस चैट की ओर भेजा जा रहा है जिससे रिपोर्ट आई थी। पुराना अब काम नहीं करता।
desk-not-relative = { $caseId } परिजन की रिपोर्ट नहीं है: इसका कोई PIN नहीं है।
desk-pin-stopped = { $caseId } की चैट में संदेश रुके हुए हैं: कोई PIN नहीं भेजा गया। सुरक्षित हो तो पहले /resume { $caseId }।
desk-pin-capped = ⚠ { $caseId }: एक दिन में { $senders } चैट से { $failures } गलत PIN। हो सकता है कोई अंदाज़ा लगा रहा हो। गलत करने वाली चैट के लिए जाँच रोकी गई है; जिस चैट ने गलती नहीं की वह अब भी जाँच सकती है। अगर परिजन लॉक हो गए हैं, तो उनकी पुष्टि करें और /resetpin { $caseId }।
desk-pin-forgotten = 🔑 { $caseId }: परिजन कहते हैं कि वे PIN भूल गए (उसी चैट से जिससे रिपोर्ट आई थी)। उनसे संपर्क करें और पुष्टि करें कि यह वही हैं, फिर /resetpin { $caseId }।
desk-pin-forgotten-other = ⚠ { $caseId }: किसी दूसरी चैट से (जिससे रिपोर्ट नहीं आई थी) कोई कहता है कि वे PIN भूल गए। शायद यह परिजन नहीं हैं। नया PIN केवल रिपोर्ट वाली चैट में जाएगा।
desk-pin-reset = 🔑 { $caseId }: { $officer } ने रिपोर्ट वाली चैट में नया PIN भेजा।
desk-told-line-located = 📣 { $caseId }: { $officer } ने चुना कि स्थिति-जाँच "पता चल गया / दूतावास के संपर्क में" बताए।
desk-told-line-closed = 📣 { $caseId }: { $officer } ने चुना कि स्थिति-जाँच "बंद" बताए।
desk-told-line-nothing = 📣 { $caseId }: { $officer } ने चुना कि स्थिति-जाँच केवल "मिल गई" / "देखी जा रही है" बताए।

## A channel down or back (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} बंद है: { $problem ->
    [unauthorized] Telegram बॉट का टोकन नहीं मान रहा (BotFather में रद्द या बदला गया)।
    [logged-out] फ़ोन पर नंबर लॉग आउट हो गया है, फिर से जोड़ना होगा।
    [replaced] किसी दूसरे डिवाइस या प्रोसेस ने यह WhatsApp सेशन ले लिया है।
    [unlinked] कोई नंबर जुड़ा नहीं है।
    [forbidden] WhatsApp इस नंबर को नहीं मान रहा (प्रतिबंधित या बैन?)।
    [unreachable] हॉटलाइन उस तक नहीं पहुँच पा रही (नेटवर्क)।
   *[other] कनेक्शन टूट गया है।
} वहाँ लिखने वालों को कोई जवाब नहीं मिलेगा। तकनीकी टीम को अभी बताएँ; तब तक फ़ोन लाइन का उपयोग करें।
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} फिर से चल रहा है{ $minutes ->
    [0] {""}
   *[other] {" "}({ $minutes } मिनट बंद रहा)
}। कतार में रुके संदेश देखें।

desk-person-forgotten = 🗑 { $caseId }: व्यक्ति ने { $time } पर अपना डेटा मिटाने को कहा। बॉट के साथ उनकी बातचीत मिटा दी गई; केस रहता है ताकि आप कार्रवाई कर सकें। सिर्फ़ ज़रूरी जानकारी रखें।
desk-card-forgotten = 🗑 डेटा मिटाने को कहा ({ $time }): कार्रवाई के लिए ज़रूरी जानकारी ही रखें।

# Handing a case to a colleague (/hand).
desk-usage-hand = उपयोग: /hand KH-XXXX नाम (केस के थ्रेड में नंबर छोड़ सकते हैं)। नाम: साथी का नाम, जैसा डेस्क दिखाता है।
desk-handed = { $caseId } अब { $officer } के पास है।
desk-hand-same = { $caseId } पहले से { $officer } के पास है।
desk-hand-unknown = इस नाम का कोई अधिकारी नहीं। अधिकारी: { $officers }
desk-hand-self = आप { $caseId } खुद को नहीं सौंप सकते।
desk-handed-line = 🤝 { $officer } ने { $caseId } { $to } को सौंपा।
