# Mga sagot ng officer ayon sa natatanggap ng tao: neutral na header na walang embahada, kaso o officer
# (nananatili ang sagot sa chat hanggang sa auto-delete, kung saan baka mabasa ito ng bantay).
relay-header = Mensahe para sa iyo:
relay-location-request = Kung ligtas, ibahagi kung nasaan ka ngayon (📎 → Location), o i-type ito.
# Ang iisang neutral na linya na nag-aanunsyo ng sagot ng officer (ito lang ang nakikita sa lock screen). Ang mga
# sagot mismo ay sumusunod lang pagkatapos ng code word ng tao, o kung wala, bilang sagot sa mensaheng i-type niya.
relay-notice = { $count ->
    [1] May bago kang mensahe.
   *[other] May { $count } kang bagong mensahe.
}
