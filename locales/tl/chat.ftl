# Ang chat mismo: binubura ang mga mensahe pagkalipas ng ilang oras, pansamantalang screen, agarang pagbura ng
# chat (src/core/trail.ts, src/core/wipe-words.ts). Neutral na salita: baka may ibang makabasa ng chat.

# Once, in reply to the person's next message, when some messages could not be deleted any more (too old).
trail-clear-chat = May ilang lumang mensahe rito na hindi na mabura. Kung kaya mo, i-clear mo mismo ang chat na ito.
# After the help text: what wiping does, on the channel the person writes on ($channel).
help-wipe = { $channel ->
    [whatsapp] Para burahin agad ang chat na ito, i-type ang burahin (o /wipe). Sa WhatsApp, mga mensahe lang namin ang nabubura, at bawat isa ay nag-iiwan ng "This message was deleted". Nasa phone mo pa ang sarili mong mga mensahe hanggang mawala pagkalipas ng 24 oras: burahin mo mismo kung kaya (sa chat na ito: ⋮ → More → Clear chat).
   *[other] Para burahin agad ang chat na ito, i-type ang burahin (o /wipe): mabubura ang mga mensahe mo at namin. Kung hindi, nabubura ang lahat dito pagkalipas ng ilang oras.
}

# /forget (src/core/forget.ts)
forget-ask = Burahin ang chat na ito at lahat ng sinabi mo rito? Hindi na ito maibabalik.
forget-yes = Oo, burahin
forget-no = Hindi, itago
forget-done = Tapos na. Nabura na.
forget-kept = Walang binura.
