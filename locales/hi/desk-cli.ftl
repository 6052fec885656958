# कमांड-लाइन डेस्क (npm run desk): अधिकारी टर्मिनल में जो पढ़ते हैं। कार्ड और कतार के लेबल desk.ftl से आते हैं।

desk-cli-usage =
    टर्मिनल में ड्यूटी डेस्क, हेल्पलाइन के Redis पर।
    
    उपयोग: npm run desk -- [--as NAME] [--lang LANG] COMMAND
    
      list [--json]              खुले केस, सबसे ज़रूरी पहले
      show ID                    एक केस: उसका कार्ड और नोट
      claim ID                   केस अपने नाम लें
      unclaim ID                 केस वापस कतार में डालें
      note ID TEXT…              अधिकारियों के लिए नोट जोड़ें
      reply ID TEXT… [--confirm] व्यक्ति को जवाब दें (हेल्पलाइन अभी भेजती है या उनके सुरक्षित समय तक रोकती है);
                                 --confirm वह जवाब भेजता है जिसमें दूसरे केस का नाम हो या जो केस कार्ड जैसा लगे
      location ID                व्यक्ति से नई लोकेशन माँगें
      status ID STATUS [OTHER]   STATUS: in-progress, resolved, closed, या duplicate OTHER-ID
      lower ID [LEVEL] REASON…   झूठा अलार्म घटाएँ, कारण के साथ (या --reason "…"); LEVEL: high या normal,
                                 नहीं तो एक स्तर नीचे। व्यक्ति को कभी नहीं बताया जाता।
      restore ID                 घटाना पलटें: पहले वाली तात्कालिकता पर वापस
      resume ID                  व्यक्ति के दबाव-शब्द या "बात नहीं कर सकते" शब्द से रुकी चैट में संदेश फिर पहुँचाएँ
      unlock ID                  गलत गुप्त-शब्द कोशिशों से लॉक हुए रोके गए जवाब खोलें
      tell ID WHAT               परिजन की स्थिति-जाँच क्या बताए: located, closed, या nothing (केवल
                                 मिल गई / देखी जा रही है); पहले परिजन की पुष्टि करें
      reset-pin ID               PIN भूल गए परिजन के लिए नया PIN (पहले पुष्टि करें); यह केवल
                                 उसी चैट में जाता है जिससे रिपोर्ट आई थी
      link ID OTHER              दोनों केस एक ही व्यक्ति के हैं (दोनों कार्ड दोनों दिखाते हैं)
      notlink ID OTHER           वे एक ही व्यक्ति नहीं हैं: लिंक हटता है और फिर कभी नहीं सुझाया जाता
      watch                      कतार, फिर हर केस की घटना जैसे होती है (Ctrl-C रोकता है)
      web-link                   वेब डेस्क में साइन इन का एक बार का लिंक (10 मिनट)
    
    कौन कार्रवाई कर रहा है: --as NAME या DESK_OFFICER=NAME (अक्षर, अंक, . _ -; 32 तक); सुपरवाइज़र के लिए DESK_SUPERVISOR=1।
    हर कार्रवाई, केस देखना भी, आपके नाम के साथ दर्ज होती है।
    एग्ज़िट कोड: 0 हो गया, 1 मना किया, 2 गलत उपयोग, 3 चल नहीं सका (कॉन्फ़िगरेशन या Redis)।
desk-cli-bad-usage = { $problem } उपयोग के लिए `npm run desk -- help` चलाएँ।
desk-cli-unknown-command = अज्ञात कमांड "{ $command }"।
desk-cli-bad-option = { $message }।
desk-cli-need-id = कौन सा केस? उसका नंबर दें, जैसे: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = "{ $command }" के बाद बहुत ज़्यादा शब्द।
desk-cli-need-officer = कार्रवाई कौन कर रहा है? --as YOUR-NAME जोड़ें (या DESK_OFFICER सेट करें): हर कार्रवाई इसके साथ दर्ज होती है।
desk-cli-bad-officer = "{ $name }" अधिकारी का नाम नहीं हो सकता: अक्षर, अंक, बिंदु, डैश या अंडरस्कोर इस्तेमाल करें, अधिकतम 32।
desk-cli-bad-lang = डेस्क की कोई भाषा "{ $lang }" नहीं है: इनमें से एक इस्तेमाल करें: { $languages }।
desk-cli-bad-status = "{ $status }" कोई स्थिति नहीं है: in-progress, resolved, closed, या duplicate OTHER-ID इस्तेमाल करें।
desk-cli-need-link-other = कौन सा दूसरा केस? npm run desk -- { $command } { $caseId } OTHER-ID
desk-cli-need-other = किस केस का डुप्लिकेट? npm run desk -- status { $caseId } duplicate OTHER-ID
desk-cli-other-only-duplicate = दूसरे केस की id केवल "duplicate" के साथ आती है।
desk-cli-need-reason = यह झूठा अलार्म क्यों है? npm run desk -- lower { $caseId } [high|normal] --reason "…" (आपके नाम के साथ सील करके रखा जाता है)
desk-cli-reason-only-lower = --reason केवल "lower" के साथ आता है।
desk-cli-confirm-only-reply = --confirm केवल "reply" के साथ आता है।
desk-cli-failed = डेस्क नहीं चल सका: { $message }

desk-cli-col-case = केस
desk-cli-col-urgency = तात्कालिकता
desk-cli-col-age = समय
desk-cli-col-status = स्थिति
desk-cli-col-claimed = किसने लिया
desk-cli-col-country = देश
desk-cli-col-lang = भाषा
desk-cli-col-reasons = कारण
desk-cli-queue-count = { $count } खुले केस, सबसे ज़रूरी पहले।
desk-cli-queue-empty = कोई खुला केस नहीं।
desk-cli-nobody = —

desk-cli-suspect-head = सभी { $count } बदलाव जो शायद व्यक्ति के नहीं हैं (रखे गए, किसी ने तात्कालिकता नहीं घटाई):
desk-cli-notes-head = नोट:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = अभी कोई नोट नहीं।
desk-cli-actions = आगे:

desk-cli-claimed = { $caseId } अब आपका है।
desk-cli-already-yours = { $caseId } पहले से आपका है।
desk-cli-taken = { $caseId } { $officer } ने लिया है।
desk-cli-unclaimed = { $caseId } फिर से कतार में है, किसी के पास नहीं।
desk-cli-not-claimed = { $caseId } किसी ने नहीं लिया है।
desk-cli-status-set = { $caseId } अब: { $status }।
desk-cli-status-same = { $caseId } पहले से: { $status }।
desk-cli-lowered = { $caseId } को { $urgency } पर घटाया गया। व्यक्ति को नहीं बताया जाता; `npm run desk -- restore { $caseId }` इसे पलटता है।
desk-cli-urgency-same = { $caseId } पहले से { $urgency } है।
desk-cli-restored = { $caseId } फिर से { $urgency } पर है।
desk-cli-not-lower = { $caseId } { $urgency } है: इसे केवल नीचे किया जा सकता है (उच्च या सामान्य)।
desk-cli-not-lowered = { $caseId } घटाया नहीं गया था: वापस करने को कुछ नहीं।
desk-cli-closed = { $caseId } { $status } है: फिर से काम करने के लिए `npm run desk -- status { $caseId } in-progress` चलाएँ।
desk-cli-missing = { $caseId } नाम का कोई केस नहीं है।
desk-cli-bad-duplicate = { $other } कोई दूसरा मौजूदा केस नहीं है।
desk-cli-note-added = { $caseId } में नोट जोड़ा गया।
desk-cli-empty = भेजने को कुछ नहीं: केस नंबर के बाद टेक्स्ट लिखें।
desk-cli-too-long = बहुत लंबा: { $length } अक्षर, अधिकतम { $max }। कृपया बाँटकर भेजें।
desk-cli-gone = { $caseId }: व्यक्ति से अब संपर्क नहीं हो सकता (बॉट ब्लॉक किया या अकाउंट मिटाया)। कुछ नहीं भेजा गया।
desk-cli-reply-queued = { $caseId } को जवाब कतार में, ठीक यही:
desk-cli-reply-other = नहीं भेजा गया: इसमें किसी दूसरे केस का नाम है ({ $cases })। क्या यह सच में { $caseId } के लिए है? किसी दूसरे केस की जानकारी इस व्यक्ति तक कभी नहीं पहुँचनी चाहिए। अगर यही इरादा है, तो कमांड --confirm के साथ फिर चलाएँ।
desk-cli-reply-card = नहीं भेजा गया: यह केस कार्ड जैसा लगता है, जो फ़ोन पकड़ने वाले किसी को भी व्यक्ति का केस दिखा देगा। अगर यही इरादा है, तो कमांड --confirm के साथ फिर चलाएँ।
desk-cli-location-queued = { $caseId } को लोकेशन का अनुरोध कतार में।
desk-cli-send-now = उन्होंने कहा कि अभी लिखना सुरक्षित है: चलती हेल्पलाइन उन्हें तुरंत बताती है "आपके लिए एक नया संदेश है"; जवाब खुद उनके गुप्त शब्द, या उनके टाइप किए संदेश के बाद आता है।
desk-cli-send-now-relative = घर से रिपोर्ट करने वाले परिजन, जिन्होंने इस समय यही चैट चुनी: चलती हेल्पलाइन जवाब तुरंत भेजती है (चुपचाप, सादे शीर्षक के साथ)।
desk-cli-held-first = रोका गया: उन्होंने कहा था कि उनके लिखने के बाद ही लिखें। उनके अगली बार लिखने पर जाएगा।
desk-cli-held-until = { $time } तक रोका गया (उनका सुरक्षित समय), या उनके अगली बार लिखने तक।
desk-cli-held-unknown = रोका गया: उन्होंने नहीं बताया कि कब लिखना सुरक्षित है (या हम पढ़ नहीं सकते)। उनके अगली बार लिखने पर जाएगा।
desk-cli-held-phone = रोका गया: उन्होंने फ़ोन पर कॉल बैक माँगा है (नंबर और समय `npm run desk -- show` में हैं)। उनके अगली बार वहाँ लिखने पर उनकी चैट में जाएगा।
desk-cli-watch-hint = `npm run desk -- watch` दिखाता है कि यह कब जाता है।

desk-cli-watching = केस की घटनाओं पर नज़र (Ctrl-C रोकता है)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = नया केस
desk-cli-what-case-updated = व्यक्ति ने अपडेट किया
desk-cli-what-case-escalated = तात्कालिकता बढ़ी
desk-cli-what-case-claimed = लिया गया
desk-cli-what-case-unclaimed = छोड़ा गया
desk-cli-what-case-unclaimed-freed = शुरुआत में { $was } का दावा हटाया: अब सूची में अधिकारी नहीं
desk-cli-what-case-realerted-claim = फिर से अलर्ट (चरण { $step }): किसी ने नहीं लिया
desk-cli-what-case-realerted-answer = फिर से अलर्ट (चरण { $step }): { $owner } ने लिया, व्यक्ति को अभी तक जवाब नहीं
desk-cli-what-case-paged-sent = { $to } को डायरेक्ट मैसेज से पेज किया (चरण { $step })
desk-cli-what-case-paged-unreachable = { $to } को पेज नहीं कर सके (चरण { $step }): उन्होंने बॉट शुरू नहीं किया; रोस्टर में अगले
desk-cli-what-case-paged-failed = { $to } को पेज नहीं कर सके (चरण { $step }): Telegram त्रुटि; रोस्टर में अगले
desk-cli-what-case-status = स्थिति: { $status }
desk-cli-what-case-note = नोट जोड़ा गया
desk-cli-what-case-lowered = { $from } से घटाया गया
desk-cli-what-case-restored = तात्कालिकता वापस (पहले { $from })
desk-cli-what-case-reply-queued = जवाब कतार में
desk-cli-what-case-reply-delivered = जवाब पहुँचा ({ $count }), { $rule }
desk-cli-what-case-reply-held = जवाब रोका गया{ $until }{ $why }
desk-cli-what-case-reply-gone = व्यक्ति से संपर्क नहीं हो सकता
desk-cli-what-case-wiped = व्यक्ति ने बॉट के साथ अपनी चैट मिटा दी (केस रहता है)
desk-cli-until = {" "}{ $time } तक

desk-cli-resumed = { $caseId }: संदेश फिर से उनकी चैट तक पहुँचते हैं। रोके गए जवाब सामान्य नियमों से जाएँगे।
desk-cli-unlocked = { $caseId }: अनलॉक हुआ। उनका गुप्त शब्द फिर से रोके गए जवाब दिखाता है।
desk-cli-not-stopped = { $caseId } के लिए कुछ भी रुका हुआ नहीं है।
desk-cli-not-locked = { $caseId } के जवाब लॉक नहीं हैं।
desk-cli-what-case-duress = दबाव-शब्द (DURESS): `resume` तक उनकी चैट में कुछ नहीं जाता
desk-cli-what-case-cant-talk-on = "बात नहीं कर सकते": बॉट उनकी चैट में चुप है
desk-cli-what-case-cant-talk-off = "बात नहीं कर सकते" के बाद फिर बात
desk-cli-what-case-release-locked = गुप्त शब्द की { $tries } गलत कोशिशों के बाद जवाब लॉक
desk-cli-what-case-release-unlocked = जवाब अनलॉक
desk-cli-what-case-resumed = उनकी चैट में संदेश फिर शुरू
desk-cli-what-case-reply-announced = बताया गया "आपके लिए एक नया संदेश है"; दिखेगा { $waiting }
desk-cli-rule-code-word = उनके गुप्त शब्द के बाद
desk-cli-rule-typed-reply = उनके टाइप किए संदेश के जवाब में
desk-cli-held-stopped = {" "}(उनकी चैट रुकी है)
desk-cli-held-locked = {" "}(लॉक: गुप्त शब्द की गलत कोशिशें)
# परिजन की स्थिति-जाँच और PIN।
desk-cli-bad-tell = "{ $what }" ऐसा कुछ नहीं जो स्थिति-जाँच बता सके: located, closed या nothing इस्तेमाल करें।
desk-cli-told-located = { $caseId }: स्थिति-जाँच अब "पता चल गया / दूतावास के संपर्क में" बताती है।
desk-cli-told-closed = { $caseId }: स्थिति-जाँच अब "बंद" बताती है।
desk-cli-told-nothing = { $caseId }: स्थिति-जाँच अब केवल "मिल गई" / "देखी जा रही है" बताती है।
desk-cli-told-same = { $caseId }: स्थिति-जाँच पहले से यही बताती है।
desk-cli-pin-reset = { $caseId }: नया PIN उस चैट के लिए कतार में है जिससे रिपोर्ट आई थी (चलती हेल्पलाइन इसे भेजती है)। पुराना अब काम नहीं करता।
desk-cli-not-relative = { $caseId } परिजन की रिपोर्ट नहीं है: इसका कोई PIN नहीं है।
desk-cli-pin-stopped = { $caseId } की चैट में संदेश रुके हुए हैं: कोई PIN नहीं भेजा गया। सुरक्षित हो तो पहले फिर शुरू करें (npm run desk -- resume { $caseId })।
desk-cli-what-case-pin-capped = आज बहुत ज़्यादा गलत PIN: गलती करने वाली चैट के लिए जाँच रोकी गई
desk-cli-what-case-pin-forgotten = परिजन कहते हैं कि वे PIN भूल गए
desk-cli-what-case-pin-reset = रिपोर्ट वाली चैट में नया PIN भेजा गया
desk-cli-what-case-told = स्थिति-जाँच जो बताती है वह बदला गया

desk-cli-what-case-forgotten = व्यक्ति ने डेटा मिटाने को कहा (बातचीत मिटा दी गई, केस रहता है)
desk-cli-what-case-purged-retention = केस मिटाया गया: रखने की अवधि से ज़्यादा समय पहले बंद हुआ
desk-cli-what-case-purged-forgotten = केस मिटाया गया: व्यक्ति ने डेटा मिटाने को कहा
desk-cli-web-link = वेब डेस्क का साइन-इन लिंक (एक बार, { $minutes } मिनट तक; किसी को न भेजें): { $url }
