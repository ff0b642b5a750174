# Treatment limits (zib BehandelAanwijzing2): only the hoofdbehandelaar
# records them; the child's age on the day discussed decides whose agreement
# the WGBO requires; never edited in place, one active per treatment, ended
# with a reason; the spoedoverzicht shows them first.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
daan=$(sqlq "SELECT id FROM children WHERE given_name = 'Daan'")
eva=$(sqlq "SELECT id FROM children WHERE given_name = 'Eva'")
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
today=$(date +%Y-%m-%d)
limits="/kinderen/$sem/behandelgrenzen/nieuw"

form_tokens "$limits" kinderarts2
check "limit form: 200" status_is 200
check "form explains the WGBO rule for the child's age" body_has "Van 12 tot en met 15 jaar stemmen het kind én de ouders"
check "form offers the zib treatments" body_has '<option value="305351004">Opname op de intensive care</option>'
req GET "$limits" casemanager
check "casemanager may not record limits: 403" status_is 403
check "403 says why" body_has "Alleen de hoofdbehandelaar"
req GET "$limits" verpleegkundige2
check "no access: 403" status_is 403
req GET /kinderen/987654/behandelgrenzen/nieuw kinderarts2
check "unknown child: 404" status_is 404
req GET "/kinderen/$noor/behandelgrenzen/nieuw" kinderarts
check "child without an open IZP: 409" status_is 409
check "no open IZP: Dutch" body_has "Dit kind heeft geen open IZP"
check "no open IZP: not called a concurrent change" body_lacks "Intussen gewijzigd"
check "no open IZP: its own title" body_has "<h1>Eerst een IZP nodig</h1>"
check "no open IZP: the link says what it does" body_has "/kinderen/$noor/izp/nieuw\">IZP aanmaken</a>"

limit() { post "/kinderen/${2-$sem}/behandelgrenzen/nieuw" ${3-kinderarts2} "csrf_token=$csrf&request_id=$rid&$1"; }
base="decision=niet&discussed_on=$today&party_child=ja&party_parents=ja"
before=$(snapshot); audits=$(audit_count)
limit "decision=niet&discussed_on=$today&party_child=ja&party_parents=ja"
check "no treatment: 400" status_is 400
limit "treatment=12345&$base"
check "unknown treatment code: 400" status_is 400
limit "treatment=OTH&$base"
check "'other' without text: 400" status_is 400
check "'other': Dutch" body_has "Beschrijf de behandeling."
limit "treatment=40617009&ventilation_scope=alle&decision=anders&discussed_on=$today&party_child=ja&party_parents=ja"
check "'anders' without detail: 400" status_is 400
check "'anders': Dutch" body_has "Licht het besluit toe."
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=$today&party_caregiver=ja"
check "one party only: 400" status_is 400
check "one party: Dutch" body_has "minstens twee partijen"
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=$today&party_parents=ja&party_caregiver=ja"
check "14-year-old not asked: 400" status_is 400
check "WGBO 12-15: Dutch" body_has "was Sem 14 jaar. Het kind was 12 tot en met 15 jaar: het kind én de ouders"
check "WGBO 12-15: the message is at the child's box, whose agreement is missing" body_has '<p class="message" id="e-party_child">Op de datum van bespreken was Sem 14 jaar.'
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=$today&party_child=ja&party_caregiver=ja"
check "14-year-old without the parents: 400" status_is 400
check "WGBO 12-15: then the message is at the parents' box" body_has '<p class="message" id="e-party_parents">Op de datum van bespreken was Sem 14 jaar.'
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=$today&party_child=ja&party_parents=ja&verified_with=40683002&verified_on=$(date -d '-1 day' +%Y-%m-%d)"
check "verified before it was discussed: 400" status_is 400
check "verified before discussed: Dutch, on its field" body_has '<p class="message" id="e-verified_on">Geverifieerd kan pas na het bespreken'
check "verified before discussed: the verification typed is kept" body_has "value=\"$(date -d '-1 day' +%Y-%m-%d)\""
check "typed choices kept" body_has '<option value="40617009" selected'
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=2099-01-01&party_child=ja&party_parents=ja"
check "discussed in the future: 400" status_is 400
limit "treatment=40617009&ventilation_scope=alle&decision=niet&discussed_on=2001-01-01&party_child=ja&party_parents=ja"
check "discussed before birth: 400" status_is 400
check "before birth: Dutch" body_has "vóór de geboorte"
limit "treatment=40617009&ventilation_scope=alle&$base&verified_with=40683002"
check "verified without a date: 400" status_is 400
limit "treatment=40617009&ventilation_scope=alle&$base&directive_id=999999"
check "unknown directive: 400" status_is 400
resuscitation=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $sem AND treatment = '89666000' AND status = 'actief'")
limit "treatment=89666000&$base&party_caregiver=ja&comment=Besproken+bij+de+ouders+thuis"
check "second active resuscitation limit: 400 with the form, not a conflict" status_is 400
check "the rule says to end the current limit first" body_has "Er geldt al een behandelgrens voor deze behandeling (Reanimatie). Beëindig eerst die grens"
check "the refused form is valid XML" bash -c 'curl -s -u kinderarts2:demo -H "Accept: application/xml" -H "Origin: $1" --data "$2" "$1$3" | xmllint --noout --schema "$4" - 2>/dev/null' _ "$IZP_URL" "csrf_token=$csrf&request_id=$rid&treatment=89666000&$base&party_caregiver=ja" "$limits" "$IZP_REPO/xslt/schema/izp.xsd"
check "it links to ending that limit, in a new tab so the form stays" body_has "<a href=\"/behandelgrenzen/$resuscitation/beeindigen\" target=\"_blank\" rel=\"noopener\">Huidige grens beëindigen (opent in een nieuw tabblad)</a>"
check "what was typed is kept" body_has "Besproken bij de ouders thuis"
check "not shown as a concurrent change" body_lacks "Intussen gewijzigd"
check "cancel goes back to the plan's limits" body_has "href=\"/izp/$plan#behandelgrenzen\">Annuleren"
# "Anders" cannot make a second limit for a listed treatment, nor for the
# same free-text treatment twice.
limit "treatment=OTH&treatment_other=Reanimatie&decision=wel&discussed_on=$today&party_child=ja&party_parents=ja&party_caregiver=ja"
check "a listed treatment typed under 'Anders': 400" status_is 400
check "it says to choose it from the list" body_has "Deze behandeling staat in de lijst: kies 'Reanimatie' bij Behandeling"
limit "treatment=VOCHT&treatment_other=Dialyse&decision=wel&discussed_on=$today&party_child=ja&party_parents=ja&party_caregiver=ja"
check "text under 'Welke behandeling' with a listed treatment: 400" status_is 400
check "text with a listed treatment: Dutch" body_has "Alleen in te vullen bij"
# Every broken rule at once: a limit for a 14-year-old agreed by the parents
# alone breaks the two-party rule and the WGBO, for a treatment that
# already has one.
limit "treatment=89666000&decision=niet&discussed_on=$today&party_parents=ja"
check "three rules broken: 400" status_is 400
check "all at once: two parties" body_has "minstens twee partijen"
check "all at once: the WGBO" body_has "het kind én de ouders"
check "all at once: the current limit" body_has "Er geldt al een behandelgrens"
# Ventilation says which: "NIET beademen" alone can stop home ventilation.
check_refused() { ! as_account plan "$1" && grep -q treatment_limits_ventilation "$out/sql-error"; }
limit "treatment=40617009&$base"
check "ventilation without its scope: 400" status_is 400
check "scope missing: Dutch" body_has "Kies welke beademing: invasief, niet-invasief of alle."
limit "treatment=40617009&ventilation_scope=half&$base"
check "unknown scope: 400" status_is 400
limit "treatment=32485007&ventilation_scope=invasief&$base"
check "a scope for another treatment: 400" status_is 400
check "scope elsewhere: Dutch" body_has "Alleen in te vullen bij beademing"
check "the form offers the scopes" body_has '<option value="niet-invasief">Niet-invasieve beademing (via masker, zoals BiPAP of CPAP)</option>'
check "the database refuses ventilation without a scope" check_refused "INSERT INTO treatment_limits (child_id, treatment, decision, discussed_on, age_at_agreement, party_child, party_parents, party_caregiver, created_by, created_at, changed_by, change_reason) VALUES ($sem, '40617009', 'niet', CURDATE(), 14, 1, 1, 0, 5, NOW(3), 5, 'test')"
check "refused limits changed nothing" [ "$before" = "$(snapshot)" ]
check "each refusal audited" [ "$(audit_count)" -gt "$audits" ]
form_tokens "$limits" kinderarts2
limit "treatment=OTH&treatment_other=Chemotherapie&decision=niet&discussed_on=$today&party_child=ja&party_parents=ja&party_caregiver=ja"
check "a free-text limit: 303" status_is 303
chemo=$(sqlq "SELECT MAX(id) FROM treatment_limits WHERE child_id = $sem")
form_tokens "$limits" kinderarts2
limit "treatment=OTH&treatment_other=chemotherapie+&decision=wel&discussed_on=$today&party_child=ja&party_parents=ja&party_caregiver=ja"
check "the same free-text treatment again: 400" status_is 400
check "it links to ending the first" body_has "/behandelgrenzen/$chemo/beeindigen"
check "only one chemotherapy limit" [ "$(sqlq "SELECT COUNT(*) FROM treatment_limits WHERE child_id = $sem AND treatment = 'OTH' AND status = 'actief' AND treatment_other = 'chemotherapie'")" = 1 ]

revision_printed() { req GET "/izp/$plan/afdruk" kinderarts2; grep -o 'Revisie [0-9]*' "$out/body" | head -n 1 | cut -d' ' -f2; }
revision_before=$(revision_printed)
form_tokens "$limits" kinderarts2
limit "treatment=40617009&ventilation_scope=invasief&decision=niet&discussed_on=$today&party_child=ja&party_parents=ja&verified_with=40683002&verified_on=$today&comment=Wel+zuurstof"
check "limit recorded: 303" status_is 303
check "back to the limits on the plan" location_is ".*/izp/$plan#behandelgrenzen"
ventilation=$(sqlq "SELECT MAX(id) FROM treatment_limits WHERE child_id = $sem")
check "stored as agreed, with the age then" [ "$(sqlq "SELECT CONCAT_WS('|', treatment, ventilation_scope, decision, discussed_on, age_at_agreement, party_child, party_parents, party_caregiver, verified_with, created_by) FROM treatment_limits WHERE id = $ventilation")" = "40617009|invasief|niet|$today|14|1|1|0|40683002|5" ]
check "recording audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "create/success/treatment_limit/$ventilation/$sem" ]
check "the printout's version grows with a new limit" [ "$(revision_printed)" = "$((revision_before + 1))" ]
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: home ventilation goes on" body_has '<p class="limit-headline">NIET invasief beademen (geen tube of tracheacanule); niet-invasieve beademing, zoals thuisbeademing met BiPAP, gaat door</p>'
req GET "/izp/$plan/afdruk" kinderarts2
check "printout: which ventilation" body_has "<strong>Beademing (invasief, via tube of tracheacanule): niet doen</strong>. Beademing met een masker, zoals BiPAP thuis, gaat door (besproken op"
req GET "/kinderen/$sem/berichten/nhg" kinderarts2
check "GP message: which ventilation" body_has 'beademing="invasief">Beademing: alleen invasief (via tube of tracheacanule)' 
# The age on the day it was discussed counts: three years ago Sem was 10 or 11.
form_tokens "$limits" kinderarts2
then=$(date -d '-3 years' +%Y-%m-%d)
limit "treatment=281789004&decision=wel&discussed_on=$then&party_parents=ja&party_caregiver=ja"
check "discussed when under 12: the parents suffice" status_is 303
antibiotics=$(sqlq "SELECT MAX(id) FROM treatment_limits WHERE child_id = $sem")
check "age then stored" [ "$(sqlq "SELECT age_at_agreement < 12 FROM treatment_limits WHERE id = $antibiotics")" = 1 ]
# Lotte is 11: the parents must agree.
form_tokens "/kinderen/$lotte/behandelgrenzen/nieuw" kinderarts
limit "treatment=89666000&decision=niet&discussed_on=$today&party_child=ja&party_caregiver=ja" "$lotte" kinderarts
check "under 12 without the parents: 400" status_is 400
check "WGBO under 12: Dutch" body_has "jonger dan 12: de ouders of de voogd moeten instemmen"
check "WGBO under 12: at the parents' box" body_has '<p class="message" id="e-party_parents">Op de datum van bespreken was Lotte'
limit "treatment=89666000&decision=niet&discussed_on=$today&party_parents=ja&party_caregiver=ja" "$lotte" kinderarts
check "under 12 with the parents: 303" status_is 303
# A 17-year-old decides herself.
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "csrf_token=$csrf&request_id=$rid&given_name=Tess&family_name=Zeventien+(fictief)&birth_date=$(date -d '-17 years -2 months' +%Y-%m-%d)&diagnosis=Testdiagnose&diagnosis_date=2026-01-10"
tess=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
family_lets_see "$tess" team_id=1
form_tokens "/kinderen/$tess/izp/nieuw" verpleegkundige
post "/kinderen/$tess/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
form_tokens "/kinderen/$tess/behandelgrenzen/nieuw" kinderarts
limit "treatment=305351004&decision=niet&discussed_on=$today&party_parents=ja&party_caregiver=ja" "$tess" kinderarts
check "16 or older without the child: 400" status_is 400
check "WGBO 16+: Dutch" body_has "16 jaar of ouder: het kind moet zelf instemmen"
limit "treatment=305351004&decision=niet&discussed_on=$today&party_child=ja&party_caregiver=ja" "$tess" kinderarts
check "16 or older with the child: 303" status_is 303

# Ending: an explicit act with a reason, version checked.
form_tokens "/behandelgrenzen/$ventilation/beeindigen" kinderarts2
check "end form names the limit" body_has "NIET invasief beademen"
version=$(sqlq "SELECT version FROM treatment_limits WHERE id = $ventilation")
req GET "/behandelgrenzen/$ventilation/beeindigen" casemanager
check "casemanager may not end limits: 403" status_is 403
end() { post "/behandelgrenzen/${2-$ventilation}/beeindigen" kinderarts2 "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
end "version=$version&ended_on=$today"
check "ending without a reason: 400" status_is 400
check "no reason: Dutch" body_has "Vul dit veld in."
end "version=$version&ended_on=2099-01-01&end_reason=x"
check "ending in the future: 400" status_is 400
end "version=$version&ended_on=$then&end_reason=x"
check "ending before it was discussed: 400" status_is 400
end "version=$((version + 1))&ended_on=$today&end_reason=x"
check "stale version: 409" status_is 409
check "refused endings changed nothing" [ "$before" = "$(snapshot)" ]
end "version=$version&ended_on=$today&end_reason=Sem+wil+toch+beademing+bij+een+infectie"
check "ended: 303" status_is 303
check "ended with date and reason" [ "$(sqlq "SELECT CONCAT_WS('|', status, ended_on, end_reason) FROM treatment_limits WHERE id = $ventilation")" = "beeindigd|$today|Sem wil toch beademing bij een infectie" ]
check "ending audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id)")" = "update/success/treatment_limit/$ventilation" ]
check "the ended limit is kept in the history" [ "$(sqlq "SELECT COUNT(*) FROM treatment_limits FOR SYSTEM_TIME ALL WHERE id = $ventilation")" = 2 ]
rid=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d " \n")  # a second form, not a resend
end "version=$((version + 1))&ended_on=$today&end_reason=nogmaals"
check "ending twice: 409" status_is 409
req GET /behandelgrenzen/987654/beeindigen kinderarts2
check "unknown limit: 404" status_is 404
form_tokens "$limits" kinderarts2
limit "treatment=40617009&ventilation_scope=alle&decision=wel&discussed_on=$today&party_child=ja&party_parents=ja"
check "after ending, a new limit for the treatment: 303" status_is 303

# The overview and the spoedoverzicht.
req GET "/izp/$plan" kinderarts2
check "overview shows the limits" body_has '<p class="limit-headline">NIET reanimeren</p>'
check "hoofdbehandelaar may record limits" body_has "Behandelgrens vastleggen"
req GET "/izp/$plan" casemanager
check "casemanager sees no limit buttons" body_lacks "Behandelgrens vastleggen"
req GET "/izp/$plan.xml" kinderarts2
check "overview XML with limits valid" valid_xml
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: 200" status_is 200
check "'NIET reanimeren' is the first limit shown" [ "$(grep -o 'limit-headline">[^<]*' "$out/body" | head -n 1)" = 'limit-headline">NIET reanimeren' ]
first_limit=$(grep -bo 'NIET reanimeren' "$out/body" | head -n 1 | cut -d: -f1)
contacts=$(grep -bo 'Wie bellen' "$out/body" | head -n 1 | cut -d: -f1)
check "limits come before everything else" [ "$first_limit" -lt "$contacts" ]
check "who agreed and when" body_has "met het kind, de ouders/voogd en de behandelaar"
check "parents' phone numbers" body_has "06-00000041"
check "crisis step plan shown, with the crisis medicine it gives" body_has "Geef midazolam in de wangzak (ligt in de koelkast).<span class=\"actor\"> (Ouders)</span><span class=\"step-medication\"> Geef: <strong>midazolam 5 mg in de wangzak</strong>"
check "place of death wish" body_has "<strong>thuis</strong>"
check "spoedoverzicht read audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',patient_id)")" = "read/success/emergency_summary/$sem" ]
req GET "/kinderen/$sem/spoed" huisarts -H 'Accept: application/xml'
check "spoedoverzicht XML valid" valid_xml
check "spoedoverzicht XML has the limits" body_has 'treatment="89666000" decision="niet"'
req GET "/kinderen/$eva/spoed" kinderarts
check "no limits: an unmistakable banner" body_has "Er zijn GEEN behandelgrenzen vastgelegd"
req GET "/kinderen/$noor/spoed" kinderarts
check "old limits: a banner" body_has "langer dan 6 maanden niet besproken"
check "old limit still shown, with what 'anders' means" body_has "ANDERS: invasief beademen (via tube of tracheacanule): Wel zuurstof en high flow, geen intubatie."
