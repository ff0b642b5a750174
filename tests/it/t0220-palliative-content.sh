# Representatives, advance directives, crisis step plans, the next step and
# the wishes for the place of care and death: each with its refusals, shown
# on the overview, the spoedoverzicht and the printout, kept in the history.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
today=$(date +%Y-%m-%d)

# Representatives.
form_tokens "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager
check "representative form: 200" status_is 200
rep() { post "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
rep "relation=voogd&phone=0612345678"
check "no name: 400" status_is 400
rep "name=Oma+Proef&relation=oma&phone=0612345678"
check "unknown relation: 400" status_is 400
rep "name=Oma+Proef&relation=overig&phone=bel+maar"
check "not a phone number: 400" status_is 400
check "phone: Dutch" body_has "Geen geldig telefoonnummer."
rep "name=Oma+Proef&relation=overig&phone=0612345678&email=oma%40"
check "not an e-mail address: 400" status_is 400
req GET "/kinderen/$sem/vertegenwoordigers/nieuw" huisarts
check "GP may not add representatives: 403" status_is 403
check "refused representatives changed nothing" [ "$before" = "$(snapshot)" ]
rep "name=Oma+Proef+(fictief)&relation=overig&phone=%2B31+6+1234+5678&email=oma%40example.org&note=Past+op+de+broertjes"
check "representative added: 303" status_is 303
grandma=$(sqlq "SELECT MAX(id) FROM representatives WHERE child_id = $sem")
check "stored" [ "$(sqlq "SELECT CONCAT_WS('|', name, relation, has_authority, phone, email) FROM representatives WHERE id = $grandma")" = "Oma Proef (fictief)|overig|0|+31 6 1234 5678|oma@example.org" ]
req GET "/kinderen/$sem/spoed" casemanager
check "spoedoverzicht lists the new contact" body_has "+31 6 1234 5678"
sleep 1
moment=$(sqlq "SELECT DATE_FORMAT(NOW(), '%Y-%m-%dT%H:%i:%s')")
sleep 1.2
form_tokens "/vertegenwoordigers/$grandma/beeindigen" casemanager
post "/vertegenwoordigers/$grandma/beeindigen" casemanager "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Verhuisd"
check "representative ended: 303" status_is 303
req GET "/kinderen/$sem/spoed" casemanager
check "ended contact gone from the spoedoverzicht" body_lacks "+31 6 1234 5678"

# Advance directives.
form_tokens "/kinderen/$sem/wilsverklaringen/nieuw" casemanager
dir() { post "/kinderen/$sem/wilsverklaringen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
dir "kind=OTH&signed_on=$today"
check "'other' directive without text: 400" status_is 400
dir "kind=XX&signed_on=$today"
check "unknown kind: 400" status_is 400
dir "kind=NR&signed_on=2099-01-01"
check "signed in the future: 400" status_is 400
check "refused directives changed nothing" [ "$before" = "$(snapshot)" ]
dir "kind=NR&signed_on=$today&representative=Anja+Proefpersoon&document=Map+in+de+woonkamer"
check "directive recorded: 303" status_is 303
directive=$(sqlq "SELECT MAX(id) FROM advance_directives WHERE child_id = $sem")
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht shows the directive" body_has "Niet-reanimerenverklaring"
check "and where the document is" body_has "Map in de woonkamer"
form_tokens "/kinderen/$sem/behandelgrenzen/nieuw" kinderarts2
check "limit form offers the directive, in words" body_has "<option value=\"$directive\">Niet-reanimerenverklaring van $(date +%d-%m-%Y)</option>"
form_tokens "/kinderen/$sem/wilsverklaringen/nieuw" casemanager
before=$(snapshot)
dir "kind=NR&signed_on=$today&document=Nog+een+keer"
check "a second NR statement in force: 400" status_is 400
check "a second NR: says so, and how to replace it" body_has "Er is al een geldige Niet-reanimerenverklaring van $(date +%d-%m-%Y). Beëindig die eerst als deze nieuwe haar vervangt."
check "a second NR: links to ending the first" body_has "href=\"/wilsverklaringen/$directive/beeindigen\""
check "a second NR: what was typed is kept" body_has 'value="Nog een keer"'
check "a second NR: nothing stored" [ "$before" = "$(snapshot)" ]
form_tokens "/kinderen/$sem/behandelgrenzen/nieuw" kinderarts2
post "/kinderen/$sem/behandelgrenzen/nieuw" kinderarts2 "csrf_token=$csrf&request_id=$rid&treatment=116762002&decision=niet&discussed_on=$today&party_child=ja&party_parents=ja&directive_id=$directive"
check "limit linked to the directive: 303" status_is 303
check "link stored" [ "$(sqlq "SELECT directive_id FROM treatment_limits WHERE child_id = $sem AND treatment = '116762002' AND status = 'actief'")" = "$directive" ]

# Crisis step plans.
form_tokens "/izp/$plan/stappenplannen/nieuw" casemanager
crisis() { post "/izp/$plan/stappenplannen/nieuw" ${2-casemanager} "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
crisis "situation=verstikking"
check "no steps: 400" status_is 400
crisis "situation=verstikking&step_1=Rechtop+zetten&actor_1=Ouders&step_3=Bellen&actor_3=Ouders"
check "a gap in the steps: 400" status_is 400
check "gap: Dutch" body_has "zonder een stap over te slaan"
crisis "situation=verstikking&step_1=Rechtop+zetten&actor_1=Ouders&step_2=Zuurstof"
check "a step without who: 400" status_is 400
check "who: Dutch" body_has "Wie doet deze stap?"
crisis "situation=anders&step_1=x&actor_1=y"
check "'other' situation without text: 400" status_is 400
crisis "situation=verstikking&step_1=Rechtop+zetten&actor_1=Ouders"
check "no sign that starts it: 400" status_is 400
check "no sign: Dutch, on its field" body_has '<a target="_self" href="#f-starts_when">Wanneer begint dit stappenplan?</a>: Vul dit veld in.'
crisis "situation=verstikking&step_1=x&actor_1=y&starts_when=Als+Sem+blauw+ziet" verpleegkundige
check "the nurse who drew it up may not: 403" status_is 403
check "refused step plans changed nothing" [ "$before" = "$(snapshot)" ]
crisis "situation=verstikking&starts_when=Sem+hapt+naar+lucht+en+kleurt+blauw&step_1=Zet+Sem+rechtop&actor_1=Ouders&step_2=Geef+zuurstof+2+liter&actor_2=Ouders&step_3=Bel+de+huisartsenpost&actor_3=Ouders"
check "step plan recorded: 303" status_is 303
crisis_id=$(sqlq "SELECT MAX(id) FROM crisis_plans WHERE plan_id = $plan")
check "steps stored in order" [ "$(sqlq "SELECT GROUP_CONCAT(CONCAT(position, ':', actor) ORDER BY position) FROM crisis_steps WHERE crisis_plan_id = $crisis_id")" = "1:Ouders,2:Ouders,3:Ouders" ]
req GET "/izp/$plan" casemanager
check "overview shows the step plan" body_has "Geef zuurstof 2 liter"
check "overview shows when it starts" body_has "Begin als: Sem hapt naar lucht en kleurt blauw"
req GET "/kinderen/$sem/spoed" casemanager
check "the spoedoverzicht shows when it starts" body_has "Begin als: Sem hapt naar lucht en kleurt blauw"
req GET "/izp/$plan/afdruk" casemanager
check "the printout shows when it starts" body_has "Begin als: Sem hapt naar lucht en kleurt blauw"
form_tokens "/stappenplannen/$crisis_id/beeindigen" casemanager
post "/stappenplannen/$crisis_id/beeindigen" casemanager "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Vervangen+door+nieuw+plan"
check "step plan ended: 303" status_is 303
req GET "/kinderen/$sem/spoed" casemanager
check "ended step plan gone from the spoedoverzicht" body_lacks "Geef zuurstof 2 liter"

# The next step.
form_tokens "/izp/$plan/volgende-stap" verpleegkundige
step() { post "/izp/$plan/volgende-stap" verpleegkundige "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
step "actor=Casemanager"
check "no description: 400" status_is 400
step "description=Gesprek&actor=Casemanager&due_on=2001-01-01"
check "due in the past: 400" status_is 400
check "refused next steps changed nothing" [ "$before" = "$(snapshot)" ]
step "description=Huisarts+op+huisbezoek+over+pijnpomp&actor=Henk+Fictief&due_on=$(date -d '+7 days' +%Y-%m-%d)"
check "next step recorded: 303" status_is 303
req GET "/izp/$plan" casemanager
check "overview shows the newest next step" body_has "Huisarts op huisbezoek over pijnpomp"
check "the older one is replaced" body_lacks "Gesprek met Sem en ouders over de wens"
check "the older one stays in the database" [ "$(sqlq "SELECT COUNT(*) FROM next_steps WHERE plan_id = $plan")" = 2 ]

# Wishes for the place of care and death.
form_tokens "/izp/$plan/plaatswens" casemanager
wish() { post "/izp/$plan/plaatswens" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
wish "kind=overlijden&place=anders&discussed_on=$today"
check "'other' place without text: 400" status_is 400
wish "kind=elders&place=thuis&discussed_on=$today"
check "unknown kind: 400" status_is 400
wish "kind=zorg&place=thuis&discussed_on=2099-01-01"
check "discussed in the future: 400" status_is 400
check "refused wishes changed nothing" [ "$before" = "$(snapshot)" ]
wish "kind=zorg&place=kinderzorghuis&note=Als+het+thuis+niet+meer+gaat&discussed_on=$today"
check "wish recorded: 303" status_is 303
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: place of care" body_has "in een kinderzorghuis"
check "spoedoverzicht: place of death still shown" body_has "<strong>thuis</strong>"

# The printout in plain words; the plan as it stood before.
req GET "/izp/$plan/afdruk" casemanager
check "printout: treatment agreements in plain words" body_has "Reanimatie: niet doen"
check "printout: the next step" body_has "Wat is de volgende stap?"
check "printout: the wishes" body_has "Waar uw kind wil overlijden: thuis"
req GET "/izp/$plan.xml" casemanager
check "overview XML with all content valid" valid_xml
req GET "/izp/$plan?at=$moment" casemanager
check "as of before it ended, the contact is there" body_has "+31 6 1234 5678"
req GET "/izp/$plan" casemanager
check "now it is not" body_lacks "+31 6 1234 5678"
# History of the palliative content: every version with who, when and why.
req GET "/izp/$plan/geschiedenis" casemanager
check "history shows the ended treatment limit and why" body_has "Sem wil toch beademing bij een infectie"
check "history shows the ended representative and why" body_has "Verhuisd"
check "history shows the ended step plan and why" body_has "Vervangen door nieuw plan"
check "history shows the replaced next step" body_has "Gesprek met Sem en ouders over de wens"
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "history XML with the content valid" valid_xml
check "every limit version listed" [ "$(grep -o '<limit-version ' "$out/body" | wc -l)" = "$(sqlq "SELECT COUNT(*) FROM treatment_limits FOR SYSTEM_TIME ALL WHERE child_id = $sem")" ]
