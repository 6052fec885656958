# First aid: what a person reads at once when they write in a language the hotline does not answer in
# (or when the hotline is another country's embassy). Four messages, the same in every language:
#   first-aid              whose help line this is, the languages it reads, that SOS or a location reaches an
#                          officer now, and the emergency numbers of the country ($numbers: lines made by
#                          code, one number a line with a sign for the service).
#   first-aid-not-citizen  the line belongs to $embassy; an SOS from someone who is not its citizen still
#                          reaches its officers.
#   first-aid-own-embassy  how to reach their own embassy ($name, $phone; only a number the embassy confirmed).
#   first-aid-alerted      after a danger message: it arrived, an officer is alerted, keep the chat, share
#                          the location if you can.
# Rules: a few short lines a frightened person reads in seconds on a small screen; plain words. These
# messages name the embassy and danger, so they are deleted from the chat once the person answers (as the
# consent screen is) and at the auto-delete time: nothing here stays on screen for a guard to read.
# Keep SOS in Latin letters: it is what the person types. Placeholders: $embassy $languages $numbers
# (first-aid), $embassy (first-aid-not-citizen), $name $phone (first-aid-own-embassy).

first-aid =
    { $embassy }: အကူအညီလိုင်း။ ဖတ်နိုင်သော ဘာသာ: { $languages }။
    အခု အန္တရာယ်ရှိနေလား။ SOS လို့ရေးပါ၊ ဒါမှမဟုတ် တည်နေရာ ပို့ပါ။ တာဝန်ရှိသူ ချက်ချင်းမြင်ပါမယ်။
    ဒီနိုင်ငံရဲ့ အရေးပေါ်ဖုန်းနံပါတ်များ:
    { $numbers }
first-aid-not-citizen = ဒီလိုင်းက { $embassy } ရဲ့လိုင်းပါ။ သင် အဲဒီနိုင်ငံသား မဟုတ်ရင်တောင် SOS ကို တာဝန်ရှိသူတွေဆီ ရောက်ပါတယ်။
first-aid-own-embassy = သင့်နိုင်ငံ သံရုံး: { $name }, { $phone }
first-aid-alerted = သင့်စာ ရောက်ပါပြီ။ တာဝန်ရှိသူကို အသိပေးပြီးပါပြီ။ ဒီ chat ကို မဖျက်ပါနဲ့၊ ဖြစ်နိုင်ရင် တည်နေရာ ပို့ပါ။
