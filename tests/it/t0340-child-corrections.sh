# Correcting a child's contacts after registration: the GP (practice, AGB
# code), the HAP, the address and the home phone, by a caregiver who may
# see the child, based on the version seen, with why; the spoedoverzicht
# shows the new contacts at once and the history keeps every version.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
path="/kinderen/$sem/gegevens"
version=$(sqlq "SELECT version FROM children WHERE id = $sem")
gp=$(sqlq "SELECT gp_name FROM children WHERE id = $sem")

req GET "/izp/$plan" casemanager
check "the child's card offers the correction" body_has "href=\"$path\">Huisarts, huisartsenpost of adres wijzigen</a>"
req GET "$path" casemanager
check "the form: 200" status_is 200
check "the form starts from what is stored" body_has "value=\"$gp\" id=\"f-gp_name\""
check "the form carries the version seen" body_has "name=\"version\" value=\"$version\""
req GET "$path" huisarts
check "a GP may not correct: 403" status_is 403
req GET "$path" verpleegkundige2
check "someone without access: 403" status_is 403

form_tokens "$path" casemanager
body="gp_name=Anna+Nieuw&gp_practice=Huisartsenpraktijk+Verhuisd&gp_phone=010-1111111&gp_agb=01888881&hap_name=Huisartsenpost+Elders&hap_phone=0900-1111111&address=Proefstraat+1%2C+Demostad&phone=010-2222222"
fix() { post "$path" "${2-casemanager}" "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
fix "$body&version=$version"
check "without a reason: 400" status_is 400
check "without a reason: Dutch" body_has "Vul dit veld in."
check "without a reason: what was typed is kept" body_has 'value="Huisartsenpost Elders"'
fix "${body/gp_agb=01888881/gp_agb=12345678}&change_reason=Verhuisd&version=$version"
check "a wrong AGB code: 400" status_is 400
check "a wrong AGB code: Dutch" body_has "begint met 01"
fix "$body&change_reason=Verhuisd&version=$((version - 1 + 10))"
check "based on another version: 409" status_is 409
check "409 explains" body_has "Iemand anders heeft de gegevens van dit kind intussen gewijzigd"
fix "gp_name=$(sqlq "SELECT REPLACE(gp_name, ' ', '+') FROM children WHERE id = $sem")&gp_practice=$(sqlq "SELECT REPLACE(gp_practice, ' ', '+') FROM children WHERE id = $sem")&gp_phone=$(sqlq "SELECT gp_phone FROM children WHERE id = $sem")&gp_agb=$(sqlq "SELECT gp_agb FROM children WHERE id = $sem")&hap_name=$(sqlq "SELECT REPLACE(hap_name, ' ', '+') FROM children WHERE id = $sem")&hap_phone=$(sqlq "SELECT hap_phone FROM children WHERE id = $sem")&change_reason=Niets&version=$version"
check "nothing changed: 400" status_is 400
check "nothing changed: Dutch" body_has "Er is niets gewijzigd."
fix "$body&change_reason=Verhuisd&version=$version" verpleegkundige2
check "someone without access posting: 403" status_is 403
check "refused corrections changed nothing" [ "$before" = "$(snapshot)" ]

fix "$body&change_reason=Verhuisd+naar+Demostad-Noord&version=$version"
check "corrected: 303 back to the plan" status_is 303
check "back to the plan" location_is ".*/izp/$plan"
check "stored with who and why, one version more" [ "$(sqlq "SELECT CONCAT(gp_name,'|',gp_agb,'|',hap_phone,'|',address,'|',version,'|',changed_by,'|',change_reason) FROM children WHERE id = $sem")" = "Anna Nieuw|01888881|0900-1111111|Proefstraat 1, Demostad|$((version + 1))|3|Verhuisd naar Demostad-Noord" ]
check "who the child is did not change" [ "$(sqlq "SELECT given_name FROM children WHERE id = $sem")" = Sem ]
check "audited as an update of the child" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',patient_id)")" = "update/success/child/$sem" ]
fix "$body&change_reason=Verhuisd+naar+Demostad-Noord&version=$version"
if [ "$status" = 303 ] && [ "$(sqlq "SELECT version FROM children WHERE id = $sem")" = $((version + 1)) ]; then ok; else fail "the same form again: 303, still one version more"; fi

req GET "/kinderen/$sem/spoed" huisarts
check "the spoedoverzicht calls the new HAP" body_has "Huisartsenpost Elders · <strong>0900-1111111</strong>"
check "the spoedoverzicht says where the child lives" body_has "woont Proefstraat 1, Demostad"
check "the old HAP number is gone from it" body_lacks "0900-0000099"
req GET "/izp/$plan/geschiedenis" casemanager
check "the history keeps the old GP" body_has "Huisarts: $gp"
check "the history shows the new one, with why" body_has "Verhuisd naar Demostad-Noord"
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "history XML valid" valid_xml
req GET "/kinderen/$sem/berichten/nhg" casemanager
check "the GP systems get the new GP and AGB code" body_has "<agb>01888881</agb>"

# A number that cannot be dialled is refused, on correction and registration.
form_tokens "$path" casemanager
version=$(sqlq "SELECT version FROM children WHERE id = $sem")
before=$(snapshot)
fix "${body/hap_phone=0900-1111111/hap_phone=bel+maar}&change_reason=Test&version=$version"
check "a HAP phone that is no number: 400" status_is 400
check "no number: Dutch, on its field" body_has '<p class="message" id="e-hap_phone">Dit is geen telefoonnummer'
check "no number: nothing stored" [ "$before" = "$(snapshot)" ]
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Telefoon)&gp_phone=xyz"
check "registration with a GP phone that is no number: 400" status_is 400
post /kinderen/nieuw verpleegkundige "$(child_body Telefoon)&registration_kind=KCT&registration_org=KCT+Test&registration_date=2010-01-01"
check "registered before birth: 400" status_is 400
check "registered before birth: Dutch" body_has "De aanmelding kan niet vóór de geboorte liggen."

# A correction is a new revision of the plan: the same number means the same page.
form_tokens "$path" casemanager
version=$(sqlq "SELECT version FROM children WHERE id = $sem")
revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
fix "${body/hap_phone=0900-1111111/hap_phone=0900-3333333}&change_reason=Nieuw+nummer+HAP&version=$version"
check "corrected again: 303" status_is 303
check "the plan's revision counts the correction" [ "$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")" = $((revision + 1)) ]
req GET "/kinderen/$sem/spoed" huisarts
check "the spoedoverzicht shows the new revision" body_has ">revisie $((revision + 1))</abbr>"
req GET "/izp/$plan/geschiedenis" casemanager
check "the history gives the correction its revision" body_has "<td class=\"revision\">$((revision + 1))</td>"
