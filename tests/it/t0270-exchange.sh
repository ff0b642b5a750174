# Exchange, part 1: the FHIR R4 API after the IKNL ACP guide (/fhir), the
# child's FHIR Bundle and zib 2020 ADA document (/kinderen/{id}/berichten/
# fhir|ada).  Every FHIR answer is checked by the npm `fhir` validator with
# the structure checks of tests/fhir/validate.js, every ADA registration by
# xmllint against the unchanged Nictiz schema.  A child is made through the
# forms with the guide's four limits and hostile text in every field.
evil='%3Cscript%3Ealert(1)%3C%2Fscript%3E%22+onmouseover%3D%22x%27+--+%3B'
hostile="<script>alert(1)</script>\" onmouseover=\"x' -- ;"
today=$(date +%Y-%m-%d)
treatment_scope='scope=http://terminology.hl7.org/CodeSystem/consentscope|treatment&category=http://snomed.info/sct|129125009'
fhirdir=$out/fhir-answers; rm -rf "$fhirdir"; mkdir -p "$fhirdir"
ada_schemas=$IZP_REPO/../shared/standards/nictiz-ada-zib2020

keep() { cp "$out/body" "$fhirdir/$1.xml"; }    # kept for one validator run
fhir_valid() {
  node "$IZP_REPO/tests/fhir/validate.js" "$out/body" >"$out/fhir" 2>&1 || { cat "$out/fhir" >&2; return 1; }
}
ada_valid() {  # ada_valid FILE: each registration against its own schema
  local r ok=0
  for r in patient_registratie contactpersoon_registratie zorgverlener_registratie \
      behandel_aanwijzing2_registratie wilsverklaring_registratie \
      behandeldoel_registratie zorg_afspraak_registratie; do
    xmllint --xpath "/adaxml/data/$r" "$1" >"$out/ada-part.xml" 2>/dev/null &&
      xmllint --noout --schema "$ada_schemas/$r.xsd" "$out/ada-part.xml" 2>"$out/ada-err" ||
      { echo "    $r: $(head -c 600 "$out/ada-err")" >&2; ok=1; }
  done
  return $ok
}
# The text as an XPath expression: it holds both kinds of quote.
hostile_xpath="concat('<script>alert(1)</script>\" onmouseover=\"x', \"'\", ' -- ;')"
paths() { xsltproc --param text "$hostile_xpath" "$IZP_REPO/tests/exchange/paths.xsl" "$out/body"; }
arrived() { paths | grep -qx -- "$1" || { echo "    not at $1" >&2; return 1; }; }
xpath() { xmllint --xpath "$1" "$out/body" 2>/dev/null; }
total() { xpath 'string(//*[local-name()="total"]/@value)'; }     # a searchset's matches
# A BSN that passes the 11-test, fresh for every run.
new_bsn() {
  local d s i
  while :; do
    d=$(printf '%08d' $((RANDOM * 32768 + RANDOM % 100000000)) | tail -c 8); s=0
    for i in 0 1 2 3 4 5 6 7; do s=$((s + (9 - i) * ${d:$i:1})); done
    [ $((s % 11)) -lt 10 ] && [ "${d:0:1}" != 0 ] && { echo "$d$((s % 11))"; return; }
  done
}

# ---- A child through the forms: the guide's limits, hostile text everywhere.
bsn=$(new_bsn)
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "csrf_token=$csrf&request_id=$rid&given_name=Vera&family_name=$evil&birth_date=2013-03-03&bsn=$bsn&diagnosis=$evil&diagnosis_date=2025-01-01&gp_name=$evil&gp_practice=$evil&gp_phone=010-1234567"
check "exchange child registered" status_is 303
vera=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
family_lets_see "$vera" team_id=1
form_tokens "/kinderen/$vera/izp/nieuw" verpleegkundige
post "/kinderen/$vera/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
check "exchange plan made" status_is 303
plan=$(location | sed 's|/izp/||')
form_tokens "/kinderen/$vera/vertegenwoordigers/nieuw" casemanager
post "/kinderen/$vera/vertegenwoordigers/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&name=$evil&relation=moeder&has_authority=ja&phone=0611111111"
check "a mother with authority" status_is 303
mother=$(sqlq "SELECT MAX(id) FROM representatives WHERE child_id = $vera")
form_tokens "/kinderen/$vera/wilsverklaringen/nieuw" casemanager
post "/kinderen/$vera/wilsverklaringen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&kind=NR&signed_on=$today&representative=$evil&document=$evil&comment=$evil"
check "an advance directive" status_is 303
directive=$(sqlq "SELECT MAX(id) FROM advance_directives WHERE child_id = $vera")
limit() {  # limit FIELDS: recorded by the hoofdbehandelaar (kinderarts)
  form_tokens "/kinderen/$vera/behandelgrenzen/nieuw" kinderarts
  post "/kinderen/$vera/behandelgrenzen/nieuw" kinderarts "csrf_token=$csrf&request_id=$rid&discussed_on=$today&party_child=ja&party_parents=ja&party_caregiver=ja&$1"
  check "limit $1: 303" status_is 303
}
limit "treatment=89666000&decision=niet&comment=$evil&directive_id=$directive"
limit "treatment=305351004&decision=niet&verified_with=40683002&verified_on=$today"
limit "treatment=32485007&decision=anders&decision_detail=$evil"
limit "treatment=281789004&decision=wel"
limit "treatment=OTH&treatment_other=$evil&decision=niet"
limit "treatment=SEDATIE&decision=wel"
limit "treatment=ICD&decision=niet"
cpr=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = '89666000'")
hospital=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = '32485007'")
form_tokens "/izp/$plan/doelen/nieuw" casemanager
post "/izp/$plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&description=$evil&dimension=sociaal&serves=$evil&responsible_id=3"
check "a goal" status_is 303
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan")
form_tokens "/izp/$plan/afspraken/nieuw" casemanager
post "/izp/$plan/afspraken/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&activity=$evil&goal_id=$goal&party_child=ja&party_parents=ja&performer=zorgverlener&performer_id=1&coordinator_id=3&start_date=$today"
check "an agreement" status_is 303
form_tokens "/izp/$plan/wensen/nieuw" casemanager
post "/izp/$plan/wensen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&dimension=sociaal&kind=wens&description=$evil"
check "a wish" status_is 303
form_tokens "/izp/$plan/plaatswens" casemanager
post "/izp/$plan/plaatswens" casemanager "csrf_token=$csrf&request_id=$rid&kind=overlijden&place=anders&place_other=$evil&note=$evil&discussed_on=$today"
check "a wish for the place of death" status_is 303
form_tokens "/izp/$plan/acp/nieuw" casemanager
post "/izp/$plan/acp/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&held_on=$today&child_participated=ja&present=$evil&summary=$evil&outcome=$evil"
check "an ACP conversation" status_is 303
form_tokens "/izp/$plan/team/nieuw" casemanager
post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=vrijwilliger&name=$evil&phone=0612345678&tasks=$evil"
check "a team member" status_is 303
acp=$(sqlq "SELECT MAX(id) FROM acp_conversations WHERE plan_id = $plan")

# ---- The main goal of the medical policy: the hoofdbehandelaar's.
goal_form="/izp/$plan/beleidsdoel"
req GET "$goal_form" casemanager
check "policy goal: the casemanager may not set it (403)" status_is 403
check "policy goal: says who may" body_has "Alleen de hoofdbehandelaar"
form_tokens "$goal_form" kinderarts
check "policy goal form: 200" status_is 200
check "policy goal form offers the guide's four answers" [ "$(grep -o '<option value="\(curatief\|levensverlengend\|symptoomgericht\|onbekend\)"' "$out/body" | wc -l)" = 4 ]
before=$(snapshot)
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=genezen&policy_goal_on=$today&policy_goal_note=Typed+text"
check "policy goal: unknown answer 400" status_is 400
check "policy goal: the form keeps what was typed" body_has "Typed text"
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=curatief&policy_goal_on=$(date -d '+3 days' +%Y-%m-%d)"
check "policy goal: a future date 400" status_is 400
check "policy goal: Dutch" body_has "in de toekomst"
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=curatief&policy_goal_on=2012-01-01"
check "policy goal: a date before the child's birth 400" status_is 400
check "policy goal: says so" body_has "vóór de geboorte"
check "policy goal: refusals changed nothing" [ "$before" = "$(snapshot)" ]
v0=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=symptoomgericht&policy_goal_on=$today&policy_goal_note=$evil"
check "policy goal set: 303 to the plan" location_is "/izp/$plan#beleid"
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=symptoomgericht&policy_goal_on=$today&policy_goal_note=$evil"
check "a resent copy lands alike" location_is "/izp/$plan#beleid"
check "policy goal: one new version of the plan, not two" [ "$(sqlq "SELECT version FROM care_plans WHERE id = $plan")" = $((v0 + 1)) ]
form_tokens "$goal_form" kinderarts
post "$goal_form" kinderarts "csrf_token=$csrf&request_id=$rid&policy_goal=curatief&policy_goal_on=$(date -d '-2 days' +%Y-%m-%d)"
check "policy goal: an older discussion cannot replace the recorded one" status_is 400
check "policy goal: says which is recorded" body_has "Het vastgelegde hoofddoel is besproken op $(date +%d-%m-%Y)"
req GET "/izp/$plan" kinderarts
check "the plan shows the policy goal" body_has "Alleen gericht op het verlichten van klachten"
req GET "/kinderen/$vera/spoed" kinderarts
check "the spoedoverzicht shows it too" body_has "Hoofddoel medisch beleid"

# ---- The guide's queries, sent literally (data-exchange.md).
fb() { req GET "$1" "${2-casemanager}"; }
fb "/fhir/Patient?identifier=http://fhir.nl/fhir/NamingSystem/bsn|$bsn"; keep patient-search
check "Patient by BSN: 200 FHIR XML" header_has "Content-Type: application/fhir+xml"
check "Patient by BSN: one match" [ "$(total)" = 1 ]
check "Patient by BSN: the child's id" [ "$(xpath 'string(//*[local-name()="Patient"]/*[local-name()="id"]/@value)')" = "$vera" ]
check "Patient by BSN: audited as a search on the child" [ "$(last_audit "CONCAT_WS('|', action, outcome, patient_id, program)")" = "search|success|$vera|fhir" ]
fb "/fhir/Consent?patient=$vera&$treatment_scope&_include=Consent:actor"; keep consent-treatment
check "treatment directives: 200" status_is 200
check "treatment directives: all seven limits match" [ "$(total)" = 7 ]
consent() { xpath "//*[local-name()='Consent'][*[local-name()='id']/@value='limit-$1']"; }
check "niet reanimeren: deny 89666000" grep -q 'type value="deny".*code value="89666000"' <<<"$(consent "$cpr" | tr -d '\n')"
check "niet reanimeren: its advance directive as source" grep -q "Consent/directive-$directive" <<<"$(consent "$cpr")"
icu=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = '305351004'")
check "niet naar de IC: deny 305351004" grep -q 'type value="deny".*code value="305351004"' <<<"$(consent "$icu" | tr -d '\n')"
check "niet naar de IC: verified with a parent" grep -q 'verificationDate' <<<"$(consent "$icu")"
check "anders: no provision.type" bash -c '! grep -q "<type value=\"\(permit\|deny\)\"" <<<"$1"' _ "$(consent "$hospital")"
check "anders: the specification as the zib's modifier extension" grep -q 'ext-TreatmentDirective2.SpecificationOther' <<<"$(consent "$hospital")"
ab=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = '281789004'")
check "wel antibiotica: permit 281789004" grep -q 'type value="permit".*code value="281789004"' <<<"$(consent "$ab" | tr -d '\n')"
sedation=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = 'SEDATIE'")
check "palliative sedation: OTH with its text" grep -q 'code value="OTH".*text value="Palliatieve sedatie"' <<<"$(consent "$sedation" | tr -d '\n')"
check "every Consent carries the guide's profile" [ "$(xpath 'count(//*[local-name()="Consent"]/*[local-name()="meta"]/*[local-name()="profile"][@value="https://fhir.iknl.nl/fhir/StructureDefinition/ACP-TreatmentDirective"])')" = 7 ]
check "every party a CONSENTER actor" [ "$(xpath 'count(//*[local-name()="actor"]/*[local-name()="role"]//*[local-name()="code"][@value="CONSENTER"])')" = 21 ]
icd=$(sqlq "SELECT id FROM treatment_limits WHERE child_id = $vera AND treatment = 'ICD'")
check "ICD deactivation: OTH with the guide's text, and its SNOMED code to match on" grep -q 'code value="OTH".*code value="400231000146108".*SNOMED CT - 400231000146108' <<<"$(consent "$icd" | tr -d '\n')"
for who in "Patient/$vera" "RelatedPerson/$mother" "PractitionerRole/2"; do
  check "_include=Consent:actor: $who included once" [ "$(xpath "count(//*[local-name()='entry'][*[local-name()='fullUrl'][substring(@value, string-length(@value) - string-length('$who') + 1) = '$who']][*[local-name()='search']/*[local-name()='mode']/@value='include'])")" = 1 ]
done
role_in_include=$(xpath "//*[local-name()='PractitionerRole'][*[local-name()='id']/@value='2']" | tr -d ' \n')
fb "/fhir/PractitionerRole/2"
if [ -n "$role_in_include" ] && [ "$role_in_include" = "$(tr -d ' \n' <"$out/body" | sed 's/<?xml[^>]*?>//; s/xmlns="[^"]*"//')" ]; then ok; else fail "an included caregiver is the same resource as its read (phone, organisation)"; fi
check "an included caregiver carries a phone to call" grep -q 'telecom' <<<"$role_in_include"
fb "/fhir/Consent?patient=$vera&$treatment_scope"; keep consent-no-include
check "without _include: no included entries" [ "$(xpath 'count(//*[local-name()="mode"][@value="include"])')" = 0 ]
fb "/fhir/Consent?patient=$vera&scope=http://terminology.hl7.org/CodeSystem/consentscope|adr&category=http://terminology.hl7.org/CodeSystem/consentcategorycodes|acd&_include=Consent:actor"; keep consent-adr
check "advance directives: exactly the one" [ "$(total)" = 1 ]
check "advance directives: NR" body_has '<code value="NR"/>'
fb "/fhir/Consent?patient=$vera&scope=http://terminology.hl7.org/CodeSystem/consentscope|adr&category=http://snomed.info/sct|129125009"
check "scope and category must both match: none" [ "$(total)" = 0 ]
fb "/fhir/Procedure?patient=$vera&code=http://snomed.info/sct|713603004&_include:Procedure:encounter"; keep procedure
check "ACP procedures (the guide's _include: form): one" [ "$(total)" = 1 ]
check "ACP procedures: its Encounter included" [ "$(xpath 'count(//*[local-name()="Encounter"])')" = 1 ]
fb "/fhir/Encounter?patient=$vera&reason-reference:Procedure.code=http://snomed.info/sct|713603004&_include:Encounter:reason-reference"; keep encounter
check "ACP encounters: one, with its Procedure" [ "$(xpath 'count(//*[local-name()="Encounter"]) + count(//*[local-name()="Procedure"])')" = 2 ]
fb "/fhir/Goal?patient=$vera&description:in=https://fhir.iknl.nl/fhir/ValueSet/ACP-MedicalPolicyGoal"; keep goal-policy
check "medical policy goal: one" [ "$(total)" = 1 ]
check "medical policy goal: symptom relief (713148004)" body_has '<code value="713148004"/>'
fb "/fhir/Goal?patient=$vera&description:in=https://api.iknl.nl/docs/pzp/r4/ValueSet/ACP-MedicalPolicyGoal"
check "medical policy goal by the newer canonical URL: one" [ "$(total)" = 1 ]
fb "/fhir/Goal?patient=$vera&description=http://snomed.info/sct|385987000,1351964001,713148004"; keep goal-description
check "medical policy goal by its codes: one" [ "$(total)" = 1 ]
fb "/fhir/Goal?patient=$vera&description=http://snomed.info/sct|385987000"
check "another policy goal code: none" [ "$(total)" = 0 ]
fb "/fhir/DeviceUseStatement?patient=$vera&device.type:in=https://fhir.iknl.nl/fhir/ValueSet/ACP-MedicalDeviceProductType-ICD&_include:DeviceUseSatement:device"; keep devices
if [ "$status" = 200 ] && [ "$(total)" = 0 ]; then ok; else fail "ICD devices (the guide's query 6, typo and all): none recorded, an empty searchset"; fi
fb "/fhir/Goal?patient=$vera"; keep goals
check "all goals: the policy goal and the plan's goal" [ "$(total)" = 2 ]
fb "/fhir/Observation?patient=$vera&code=http://snomed.info/sct|153851000146100,395091006,340171000146104,247751003"; keep observations
check "wishes observations: the wish and the place of death" [ "$(total)" = 2 ]
check "preferred place of death: 395091006" body_has '<code value="395091006"/>'
fb "/fhir/Observation?patient=$vera&code=http://snomed.info/sct|395091006"
check "one code: only the place of death" [ "$(total)" = 1 ]
fb "/fhir/Communication?patient=$vera&reason-code=http://snomed.info/sct|713603004"; keep communication
check "communications: none recorded, an empty searchset" [ "$(total)" = 0 ]
fb "/fhir/CarePlan?patient=$vera&_include=CarePlan:care-team"; keep careplan
check "CarePlan: the IZP, concept -> draft" grep -q '<status value="draft"/>' "$out/body"
check "CarePlan: its CareTeam included" [ "$(xpath 'count(//*[local-name()="CareTeam"])')" = 1 ]
check "CarePlan: the agreement as an activity with its performer" [ "$(xpath 'count(//*[local-name()="activity"]//*[local-name()="performer"]/*[local-name()="reference"][@value="PractitionerRole/1"])')" = 1 ]
check "CarePlan: the agreement's parties" [ "$(xpath 'count(//*[local-name()="activity"]//*[local-name()="extension"][@url="urn:izp:fhir:afspraakpartij"])')" = 2 ]
check "CareTeam: hoofdbehandelaar and casemanager" [ "$(xpath 'count(//*[local-name()="CareTeam"]//*[local-name()="member"]/*[local-name()="reference"][@value="PractitionerRole/2" or @value="PractitionerRole/3"])')" = 2 ]
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
post "/izp/$plan/actueel-maken" casemanager "csrf_token=$(csrf_for casemanager "/izp/$plan/actueel-maken")&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&version=$version"
fb "/fhir/CarePlan?patient=Patient/$vera"; keep careplan-active
check "CarePlan: actueel -> active (patient=Patient/{id})" grep -q '<status value="active"/>' "$out/body"

# ---- A child without any plan still has its limits (demo: Noor, ventilation "anders").
noor=$(sqlq "SELECT c.id FROM children c WHERE c.given_name = 'Noor'")
if [ -z "$(sqlq "SELECT id FROM care_plans WHERE child_id = $noor")" ]; then
  noor_limit=$(sqlq "SELECT MIN(id) FROM treatment_limits WHERE child_id = $noor AND status = 'actief'")
  fb "/fhir/Consent?patient=$noor&$treatment_scope&_include=Consent:actor" huisarts; keep noplan-search
  if [ "$(total)" = "$(sqlq "SELECT COUNT(*) FROM treatment_limits WHERE child_id = $noor AND status = 'actief'")" ] && [ "$(total)" -gt 0 ]; then ok; else fail "no plan: the limits are still found"; fi
  fb "/fhir/Consent/limit-$noor_limit" huisarts; keep noplan-read
  check "no plan: a limit reads" status_is 200
  check "no plan: 'anders' with its text" body_has "Wel zuurstof en high flow, geen intubatie."
  fb "/kinderen/$noor/berichten/fhir" huisarts; keep noplan-bundle
  if [ "$status" = 200 ] && body_has "limit-$noor_limit"; then ok; else fail "no plan: the child's Bundle has the limit"; fi
  fb "/kinderen/$noor/berichten/ada" huisarts
  if body_has "Wel zuurstof en high flow" && ada_valid "$out/body"; then ok; else fail "no plan: ADA has the limit and is valid"; fi
  fb "/kinderen/$noor/berichten/nhg" huisarts
  if [ "$status" = 200 ] && body_has "Wel zuurstof en high flow"; then ok; else fail "no plan: the NHG message still carries the limit"; fi
fi

# ---- Every resource of the child's Bundle can be read by its own id.
fb "/kinderen/$vera/berichten/fhir"; keep bundle
check "the child's Bundle: a collection" body_has '<type value="collection"/>'
for url in $(xpath '//*[local-name()="fullUrl"]/@value' | sed 's/.*value="\([^"]*\)".*/\1/'); do
  path=/fhir/${url#*/fhir/}
  fb "$path"; keep "read-$(tr '/' '_' <<<"${path#/fhir/}")"
  check "read $path: 200" status_is 200
  check "read $path: the same resource" [ "$(xpath 'string(/*/*[local-name()="id"]/@value)')" = "${path##*/}" ]
done

# ---- Every demo child: the Bundle, its reads and the guide's searches.
for child in $(sqlq "SELECT id FROM children WHERE given_name IN ('Noor','Daan','Lotte','Sem','Eva') ORDER BY id"); do
  fb "/kinderen/$child/berichten/fhir"
  if [ "$status" = 200 ]; then
    keep "bundle-$child"
    for url in $(xpath '//*[local-name()="fullUrl"]/@value' | sed 's/.*value="\([^"]*\)".*/\1/'); do
      fb "/fhir/${url#*/fhir/}"; keep "demo-$child-$(tr '/' '_' <<<"${url#*/fhir/}")"
      check "demo child $child: ${url#*/fhir/} reads" status_is 200
    done
    fb "/kinderen/$child/berichten/ada"
    check "demo child $child: ADA valid against the Nictiz schemas" ada_valid "$out/body"
  else
    check "demo child $child: no Bundle only for want of a plan or access ($status)" grep -qx '403\|404' <<<"$status"
  fi
  for q in "Consent?patient=$child&$treatment_scope&_include=Consent:actor" \
      "Consent?patient=$child&scope=http://terminology.hl7.org/CodeSystem/consentscope|adr&category=http://terminology.hl7.org/CodeSystem/consentcategorycodes|acd&_include=Consent:actor" \
      "Procedure?patient=$child&code=http://snomed.info/sct|713603004&_include=Procedure:encounter" \
      "Goal?patient=$child" "Observation?patient=$child&code=http://snomed.info/sct|153851000146100,395091006" \
      "CarePlan?patient=$child&_include=CarePlan:goal" "Patient/$child"; do
    fb "/fhir/$q"; keep "demo-$child-search-$(tr -c 'A-Za-z0-9' '_' <<<"$q" | head -c 60)-$RANDOM"
    check "demo child $child: $q answers 200 or 403 ($status)" grep -qx '200\|403' <<<"$status"
  done
done

# ---- Errors are FHIR too, and change nothing.
n=$(audit_count); before=$(snapshot)
fb "/fhir/Consent?patient=$vera&colour=blue"; keep error-unknown-param
check "unknown parameter: 400" status_is 400
check "unknown parameter: an OperationOutcome" body_has '<OperationOutcome xmlns="http://hl7.org/fhir">'
check "unknown parameter: names it, in Dutch" body_has "Onbekende zoekparameter voor Consent: colour."
check "unknown parameter: one audit row" [ "$(audit_count)" = $((n + 1)) ]
fb "/fhir/Consent?patient=$vera&patient=1"
check "a repeated parameter: 400" status_is 400
fb "/fhir/Consent?patient=$vera&_include=Consent:patient"
check "an _include not offered: 400" status_is 400
fb "/fhir/Consent?scope=http://terminology.hl7.org/CodeSystem/consentscope|treatment"
check "no patient: 400" status_is 400
check "no patient: says how" body_has "patient=Patient/{id}"
fb "/fhir/Consent?patient=$vera&scope=http://x|"
check "a token without its code: 400" status_is 400
fb "/fhir/Patient?identifier=http://fhir.nl/fhir/NamingSystem/bsn|123456789"
check "an invalid BSN: 400" status_is 400
check "an invalid BSN: the 11-test in Dutch" body_has "elfproef"
fb "/fhir/Patient?identifier=http://fhir.nl/fhir/NamingSystem/bsn|$(new_bsn)"; keep patient-nobody
check "a BSN nobody has: an empty searchset" [ "$(total)" = 0 ]
fb "/fhir/Consent?patient=987654321&$treatment_scope"; keep nobody
check "an unknown patient: an empty searchset" [ "$(total)" = 0 ]
fb "/fhir/Consent?patient=$vera&_format=json"
check "JSON asked: 400, this server speaks XML" status_is 400
fb "/fhir/Consent?patient=$vera&$treatment_scope&_format=xml"
check "_format=xml: fine" status_is 200
fb "/fhir/Observation"
check "a type without patient: 400, not an HTML page" header_has "application/fhir+xml"
fb "/fhir/Consent?patient=https://elders.example/fhir/Patient/$vera&$treatment_scope"
check "another server's Patient/{id}: 400, not our child" status_is 400
fb "/fhir/metadata"; keep metadata
check "metadata: a CapabilityStatement" body_has "<CapabilityStatement"
check "metadata: parameter names without modifiers" body_lacks 'name value="description:in"'
fb "/kinderen/$vera/berichten/fhir?_format=json"
check "a message knows only at=: 400" status_is 400
fb "/kinderen/$vera/berichten/nhg?at=$today&at=$today"
check "two moments: 400" status_is 400
fb "/fhir/Flag?patient=$vera"; keep error-type
if [ "$status" = 400 ] && body_has "OperationOutcome"; then ok; else fail "an unknown resource type: 400 OperationOutcome"; fi
fb "/fhir/Goal/policy-$(sqlq "SELECT id FROM care_plans WHERE policy_goal IS NULL AND child_id IN (SELECT child_id FROM care_plans WHERE id = 1) LIMIT 1")"
check "a plan without a policy goal has no such Goal: 404" status_is 404
req POST "/fhir/Consent?patient=$vera" casemanager
check "read-only: POST 405" status_is 405
check "read-only: 405 is an OperationOutcome" body_has "OperationOutcome"
check "errors changed nothing" [ "$before" = "$(snapshot)" ]

# An ended limit is gone for readers that hold its id.
form_tokens "/behandelgrenzen/$sedation/beeindigen" kinderarts
post "/behandelgrenzen/$sedation/beeindigen" kinderarts "csrf_token=$csrf&request_id=$rid&ended_on=$today&end_reason=Niet+meer+van+toepassing&version=1"
fb "/fhir/Consent/limit-$sedation"; keep error-gone
check "an ended limit: 410 Gone" status_is 410
check "an ended limit: the status line says Gone" grep -q "^HTTP/1.1 410 Gone" "$out/headers"
check "an ended limit: says so" body_has "beëindigd"
fb "/fhir/Consent?patient=$vera&$treatment_scope"
check "an ended limit is no longer found" [ "$(total)" = 6 ]

# ---- Access: 403 with nothing of the child, audited on the child.
for q in "/fhir/Patient/$vera" "/fhir/Consent?patient=$vera&$treatment_scope&_include=Consent:actor" \
    "/fhir/Patient?identifier=http://fhir.nl/fhir/NamingSystem/bsn|$bsn" "/fhir/Consent/limit-$cpr" \
    "/kinderen/$vera/berichten/fhir" "/fhir/RelatedPerson/$mother"; do
  n=$(audit_count)
  fb "$q" verpleegkundige2; keep "denied-$RANDOM"
  check "no access $q: 403" status_is 403
  check "no access $q: an OperationOutcome" body_has '<code value="forbidden"/>'
  check "no access $q: nothing of the child" body_lacks "Vera"
  if [ "$(audit_count)" = $((n + 1)) ] && [ "$(last_audit "CONCAT_WS('|', outcome, patient_id)")" = "denied|$vera" ]; then ok; else fail "no access $q: one row, denied, on the child"; fi
done
fb "/fhir/Consent?patient=$vera&$treatment_scope"
check "a search is audited as an export of the child" [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, program)")" = "export|success|casemanager|$vera|fhir" ]
fb "/fhir/Consent/limit-$cpr"
check "a read is audited on its object and the child" [ "$(last_audit "CONCAT_WS('|', action, object_type, object_id, patient_id)")" = "export|treatment_limit|$cpr|$vera" ]

# ---- Hostile text survives every format, unchanged and well-formed.
fb "/kinderen/$vera/berichten/fhir"
check "FHIR: no live markup" body_lacks "<script>"
for p in /Bundle/entry/resource/Patient/name/family/@value \
    /Bundle/entry/resource/Consent/modifierExtension/valueString/@value \
    /Bundle/entry/resource/Consent/provision/code/text/@value \
    /Bundle/entry/resource/Consent/extension/valueString/@value \
    /Bundle/entry/resource/Consent/sourceAttachment/title/@value \
    /Bundle/entry/resource/RelatedPerson/name/text/@value \
    /Bundle/entry/resource/Goal/description/text/@value \
    /Bundle/entry/resource/Goal/note/text/@value \
    /Bundle/entry/resource/CarePlan/activity/detail/description/@value \
    /Bundle/entry/resource/Observation/valueString/@value \
    /Bundle/entry/resource/Observation/valueCodeableConcept/text/@value \
    /Bundle/entry/resource/Observation/note/text/@value \
    /Bundle/entry/resource/Procedure/note/text/@value; do
  check "FHIR: hostile text arrives at $p" arrived "$p"
done
fb "/kinderen/$vera/berichten/ada" casemanager
check "ADA: valid with hostile text" ada_valid "$out/body"
check "ADA: no live markup" body_lacks "<script>"
check "ADA: hostile text in the limits, goals, agreements, contacts" [ "$(paths | grep -c 'behandel_aanwijzing2_registratie\|behandeldoel_registratie\|zorg_afspraak_registratie\|contactpersoon_registratie')" -ge 5 ]
fb "/kinderen/$vera/berichten/nhg" casemanager
check "NHG: valid with hostile text" xmllint --noout --schema "$IZP_REPO/xslt/nhg/izp-nhg.xsd" "$out/body" 2>/dev/null
check "NHG: no live markup" body_lacks "<script>"
check "NHG: hostile text in limit, goal, agreement" [ "$(paths | grep -c 'behandelgrens\|doel\|afspraak')" -ge 3 ]

# ---- ?at=: the messages as the plan stood then.
fb "/kinderen/$vera/berichten/fhir?at=$(date -d '-1 hour' +%Y-%m-%dT%H:%M:%S)"
if [ "$status" = 404 ] && body_has "OperationOutcome"; then ok; else fail "FHIR before the plan existed: 404 as an OperationOutcome"; fi
moment=$(date +%Y-%m-%dT%H:%M:%S); sleep 1
form_tokens "/izp/$plan/doelen/nieuw" casemanager
post "/izp/$plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&description=Doel+na+het+moment&dimension=sociaal&serves=Meedoen&responsible_id=3"
fb "/kinderen/$vera/berichten/fhir?at=$moment"; keep bundle-at
check "FHIR as of a moment: without what came later" body_lacks "Doel na het moment"
check "FHIR as of a moment: says so" body_has 'url="urn:izp:fhir:historisch"'
check "FHIR as of a moment: states the moment" body_has "<valueString value=\"$moment\"/>"
fb "/kinderen/$vera/berichten/fhir"
check "FHIR now: with it" body_has "Doel na het moment"
fb "/kinderen/$vera/berichten/fhir?at=$today"
stand=$(sed -n 's/.*<valueString value="\([0-9T:-]*\)"\/>.*/\1/p' "$out/body" | head -n 1)
if [ -n "$stand" ] && [ "$(date -d "$stand" +%s)" -le "$(date +%s)" ]; then ok; else fail "today as a date: as it stands now, never a moment to come ($stand)"; fi
fb "/kinderen/$vera/berichten/ada?at=$moment"
if body_lacks "Doel na het moment" && ada_valid "$out/body"; then ok; else fail "ADA as of a moment: without it, still valid"; fi
check "ADA as of a moment: states the moment" body_has "creation-date=\"$moment\""

# ---- One validator run over every FHIR answer kept above: zero errors.
node "$IZP_REPO/tests/fhir/validate.js" "$fhirdir"/*.xml >"$out/fhir-all" 2>&1
while read -r verdict file; do
  check "FHIR valid: $(basename "$file")" [ "$verdict" = ok ]
done < <(grep '^\(ok\|FAIL\) ' "$out/fhir-all")
grep -A5 '^FAIL' "$out/fhir-all" | head -40 >&2
check "the validator saw every answer" [ "$(grep -c '^\(ok\|FAIL\) ' "$out/fhir-all")" = "$(ls "$fhirdir" | wc -l)" ]
