# Command menu ng Telegram. Mababasa ito ng kahit sinong magbukas ng chat: walang binabanggit dito na embahada,
# hotline, tulong sa biktima, o kung bakit sumusulat ang tao.
command-start = Simulan o ituloy
command-help = Tulong
command-language = Palitan ang wika
command-restart = Magsimula ulit
command-discreet = Privacy: ipakita o itago ang detalye
command-wipe = I-clear ang chat na ito
command-forget = Burahin ang data ko

# Sagot sa /discreet, sa bawat flow. Binubura ang "on" kapag sumulat ulit ang tao.
discreet-on = Naka-on ang discreet mode: walang numero ng kaso na ipapakita rito, at nawawala ang bawat tanong kapag nasagot na. /discreet para i-off.
discreet-off = Naka-off ang discreet mode: ipinapakita rito ang mga numero ng kaso. /discreet para i-on ulit.
