# Crisis medication: a structured list per child, prescribed and recorded
# by the hoofdbehandelaar only, on the overview, the spoedoverzicht and the
# printout; a step plan's step can give one of them; ended, never edited,
# and not while a step plan in force still gives it.  Every bad input is
# refused with a Dutch message, keeps what was typed and changes nothing.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
hb=$(sqlq "SELECT u.username FROM users u JOIN care_plans p ON p.hoofdbehandelaar_id = u.id WHERE p.id = $plan")
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
today=$(date +%Y-%m-%d)
path="/kinderen/$sem/crisismedicatie/nieuw"

req GET "$path" "$hb"
check "the hoofdbehandelaar gets the form" status_is 200
check "the form asks for the route in words" body_has "In de wangzak (buccaal)"
req GET "$path" casemanager
check "the casemanager may not prescribe: 403" status_is 403
req GET "$path" verpleegkundige
check "a nurse may not prescribe: 403" status_is 403
req GET "/izp/$plan" casemanager
check "others are not offered the button" body_lacks "Crisismedicatie voorschrijven"
req GET "/izp/$plan" "$hb"
check "the hoofdbehandelaar is offered it" body_has "Crisismedicatie voorschrijven"

form_tokens "$path" "$hb"
good="medicine=diazepam&dose=10+mg&route=rectaal&situation=insult&give_when=Bij+een+insult+langer+dan+5+minuten%3B+na+10+minuten+eenmaal+herhalen&maximum=2+keer+per+24+uur&prescribed_on=$today"
give() { post "$path" "${2-$hb}" "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot); audits=$(audit_count)
give "${good/medicine=diazepam/medicine=}"
check "no medicine: 400" status_is 400
check "no medicine: Dutch" body_has "Vul dit veld in."
check "no medicine: the rest kept" body_has 'value="10 mg"'
give "${good/route=rectaal/route=anders}"
check "route 'anders' without words: 400" status_is 400
check "route 'anders': Dutch" body_has "Beschrijf hoe het wordt toegediend."
give "${good/prescribed_on=$today/prescribed_on=2099-01-01}"
check "prescribed in the future: 400" status_is 400
check "future: Dutch" body_has "Een voorschrift kan niet in de toekomst gedateerd zijn."
give "${good/prescribed_on=$today/prescribed_on=2001-01-01}"
check "prescribed before the child was born: 400" status_is 400
check "before birth: Dutch" body_has "Die datum ligt vóór de geboorte van het kind."
check "before birth: what was typed is kept" body_has 'value="diazepam"'
give "${good/route=rectaal/route=in-de-oor}"
check "a route not on the list: 400" status_is 400
give "$good" casemanager
check "the casemanager's post: 403" status_is 403
check "refused prescriptions changed nothing" [ "$before" = "$(snapshot)" ]
check "each refusal audited" [ "$(audit_count)" -gt "$audits" ]

revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
give "$good"
check "prescribed: 303" status_is 303
check "back to the crisis medication on the plan" location_is ".*/izp/$plan#crisismedicatie"
med=$(sqlq "SELECT MAX(id) FROM crisis_medications WHERE child_id = $sem")
check "stored with the prescriber and the date" [ "$(sqlq "SELECT CONCAT(medicine,'|',dose,'|',route,'|',situation,'|',prescribed_on,'|',created_by,'|',status) FROM crisis_medications WHERE id = $med")" = "diazepam|10 mg|rectaal|insult|$today|$(sqlq "SELECT id FROM users WHERE username = '$hb'")|actief" ]
check "audited as a create of crisis medication for Sem" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "create/success/crisis_medication/$med/$sem" ]
check "the plan's revision counts it" [ "$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")" = $((revision + 1)) ]
give "$good"
check "the same form again: stored once" [ "$(sqlq "SELECT COUNT(*) FROM crisis_medications WHERE request_id = '$rid'")" = 1 ]

req GET "/izp/$plan" casemanager
check "overview: the medicine, dose and route in words" body_has "diazepam 10 mg rectaal"
check "overview: when and how often" body_has "Bij een insult langer dan 5 minuten; na 10 minuten eenmaal herhalen"
check "overview: who prescribed it" body_has "Voorgeschreven door $(sqlq "SELECT display_name FROM users WHERE username = '$hb'")"
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: the crisis medication" body_has "diazepam 10 mg rectaal"
check "spoedoverzicht: its maximum" body_has "Maximaal: 2 keer per 24 uur"
req GET "/kinderen/$sem/spoed" huisarts -H 'Accept: application/xml'
check "spoedoverzicht XML valid" valid_xml
req GET "/izp/$plan/afdruk" casemanager
check "printout: the crisis medication for the parents" body_has "Niet meer dan: 2 keer per 24 uur"
req GET "/izp/$plan/geschiedenis" casemanager
check "history names it in words" body_has "Crisismedicatie: diazepam 10 mg bij Epileptisch insult"

# A step plan whose step gives it.
steps="situation=insult&starts_when=Insult+langer+dan+5+minuten&step_1=Leg+Sem+op+zijn+zij&actor_1=Ouders&step_2=Geef+diazepam&actor_2=Ouders"
form_tokens "/izp/$plan/stappenplannen/nieuw" casemanager
check "the step plan form offers the crisis medication" body_has "<option value=\"$med\">diazepam 10 mg (rectaal)</option>"
crisis() { post "/izp/$plan/stappenplannen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
other=$(sqlq "INSERT INTO crisis_medications (child_id, medicine, dose, route, situation, give_when, maximum, prescribed_on, created_by, created_at, changed_by, change_reason) VALUES ($noor, 'midazolam', '2,5 mg', 'buccaal', 'insult', 'x', 'y', CURDATE(), 2, NOW(3), 2, 'Test: een ander kind'); SELECT LAST_INSERT_ID()")
before=$(snapshot)
crisis "$steps&medication_2=$other"
check "another child's medicine: 400" status_is 400
check "another child's medicine: Dutch" body_has "Kies een middel uit de crisismedicatie van dit kind die nog geldt."
check "the steps typed are kept" body_has 'value="Geef diazepam"'
crisis "$steps&medication_2=999999"
check "an unknown medicine: 400" status_is 400
crisis "$steps&medication_3=$med"
check "a medicine on a step without words: 400" status_is 400
check "a step without words: Dutch" body_has "Wat moet er in deze stap gebeuren?"
check "refused step plans changed nothing" [ "$before" = "$(snapshot)" ]
crisis "$steps&medication_2=$med"
check "step plan with a medicine: 303" status_is 303
crisis_id=$(sqlq "SELECT MAX(id) FROM crisis_plans WHERE plan_id = $plan")
check "the step refers to the medicine" [ "$(sqlq "SELECT CONCAT(position, ':', IFNULL(medication_id, '-')) FROM crisis_steps WHERE crisis_plan_id = $crisis_id ORDER BY position" | tr '\n' ' ')" = "1:- 2:$med " ]
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: the step says what to give, how and at most" body_has "Geef: <strong>diazepam 10 mg rectaal</strong> (Bij een insult langer dan 5 minuten; na 10 minuten eenmaal herhalen; maximaal 2 keer per 24 uur)"

# Ending: not while a step plan in force gives it.
form_tokens "/crisismedicatie/$med/beeindigen" casemanager
check "the casemanager may not end it" status_is 403
form_tokens "/crisismedicatie/$med/beeindigen" "$hb"
check "the hoofdbehandelaar gets the end form" body_has "Crisismedicatie beëindigen"
check "its Annuleren goes back to the crisis medication" body_has "<a class=\"cancel\" href=\"/izp/$plan#crisismedicatie\">Annuleren</a>"
before=$(snapshot)
post "/crisismedicatie/$med/beeindigen" "$hb" "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Vervangen"
check "ending while a step plan gives it: 400" status_is 400
check "says why and what to do" body_has "Een stappenplan dat geldt, geeft deze medicatie. Beëindig of vervang eerst dat stappenplan"
check "links to the step plans" body_has "href=\"/izp/$plan#stappenplannen\""
check "the reason typed is kept" body_has ">Vervangen</textarea>"
check "nothing ended" [ "$before" = "$(snapshot)" ]
form_tokens "/stappenplannen/$crisis_id/beeindigen" casemanager
post "/stappenplannen/$crisis_id/beeindigen" casemanager "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Nieuw+plan+volgt"
check "the step plan ended first: 303" status_is 303
form_tokens "/crisismedicatie/$med/beeindigen" "$hb"
post "/crisismedicatie/$med/beeindigen" "$hb" "csrf_token=$csrf&request_id=$rid&version=1&ended_on=2001-01-01&end_reason=Vervangen"
check "ended before it was prescribed: 400" status_is 400
post "/crisismedicatie/$med/beeindigen" "$hb" "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Vervangen+door+midazolam"
check "then the medicine ends: 303" status_is 303
check "ended with date and reason" [ "$(sqlq "SELECT CONCAT(status,'|',ended_on,'|',end_reason) FROM crisis_medications WHERE id = $med")" = "beeindigd|$today|Vervangen door midazolam" ]
req GET "/kinderen/$sem/spoed" huisarts
check "an ended medicine is gone from the spoedoverzicht" body_lacks "diazepam 10 mg"
req GET "/izp/$plan/geschiedenis" casemanager
check "the history keeps it, with the reason" body_has "Vervangen door midazolam"
check "the history says when it ended" body_has "beëindigd op $(date +%d-%m-%Y): Vervangen door midazolam"
sqlq "UPDATE crisis_medications SET status = 'beeindigd', ended_on = CURDATE(), end_reason = 'Test voorbij', version = version + 1 WHERE id = $other"
