# Vervolgen: planning evaluations of the plan and of one agreement, recording
# an evaluation with an outcome per current agreement (one transaction), the
# overview showing what is due, and every refusal changing nothing.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
closed_plan=$(sqlq "SELECT MIN(id) FROM care_plans WHERE child_id = $lotte AND status = 'afgesloten'")
concept_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $lotte AND status = 'concept'")
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan AND status = 'actief'")
today=$(date +%Y-%m-%d)
yesterday=$(date -d '-1 day' +%Y-%m-%d)
start=$(date -d '-3 days' +%Y-%m-%d)
soon=$(date -d '+7 days' +%Y-%m-%d)
later=$(date -d '+42 days' +%Y-%m-%d)
dutch() { date -d "$1" +%d-%m-%Y; }

new_agreement() {  # new_agreement ACTIVITY: prints its id
  form_tokens "/izp/$plan/afspraken/nieuw" verpleegkundige
  post "/izp/$plan/afspraken/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&activity=$1&goal_id=$goal&party_parents=ja&performer=ouders&start_date=$start"
  sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $plan AND status = 'actief'"
}
a1=$(new_agreement Fysiotherapie+thuis)
a2=$(new_agreement Logeren+bij+oma+op+zaterdag)
check "two current agreements to evaluate" [ "$(sqlq "SELECT COUNT(*) FROM agreements WHERE plan_id = $plan AND status = 'actief'")" = 2 ]

# Planning.
form_tokens "/izp/$plan/evaluatie-plannen?afspraak=$a1" casemanager
check "schedule form offers the agreement" body_has "Fysiotherapie thuis</option>"
check "a link from an agreement preselects it" body_has "<option value=\"$a1\" selected"
req GET "/izp/$plan/evaluatie-plannen" huisarts
check "GP may not plan evaluations" status_is 403
before=$(snapshot)
schedule() { post "/izp/$plan/evaluatie-plannen" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
schedule "evaluate_on="
check "no date: 400" status_is 400
schedule "evaluate_on=$yesterday"
check "date in the past: 400" status_is 400
check "past date: Dutch" body_has "De datum ligt in het verleden."
schedule "evaluate_on=$later&agreement_id=1"
check "agreement of another plan: 400" status_is 400
check "another plan's agreement: Dutch" body_has "Kies een lopende afspraak van dit plan."
check "typed date kept" body_has "value=\"$later\""
post "/izp/987654/evaluatie-plannen" casemanager "csrf_token=$(csrf_for casemanager /izp/987654/evaluatie-plannen)&request_id=$rid&evaluate_on=$later"
check "unknown plan: 404" status_is 404
req GET "/izp/$closed_plan/evaluatie-plannen" kinderarts
check "closed plan: 409" status_is 409
check "refused plannings changed nothing" [ "$before" = "$(snapshot)" ]
schedule "evaluate_on=$later"
check "plan evaluation planned: 303" status_is 303
check "plan has its evaluation date" [ "$(sqlq "SELECT evaluate_on FROM care_plans WHERE id = $plan")" = "$later" ]
check "planning audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "update/success/care_plan/$plan/$sem" ]
form_tokens "/izp/$plan/evaluatie-plannen" casemanager
v1=$(sqlq "SELECT version FROM agreements WHERE id = $a1")
schedule "evaluate_on=$soon&agreement_id=$a1"
check "agreement evaluation planned: 303" status_is 303
check "agreement has its evaluation date, as a new version" [ "$(sqlq "SELECT CONCAT(evaluate_on,'|',version) FROM agreements WHERE id = $a1")" = "$soon|$((v1 + 1))" ]
req GET "/izp/$plan" casemanager
check "overview shows the next plan evaluation" body_has "Volgende evaluatie van het plan: <strong>$(dutch $later)</strong>"
check "overview flags the agreement due soon" body_has "Afspraken die (bijna) geëvalueerd moeten worden"
check "due-soon flag" body_has 'flag-due-soon">binnenkort'

# Recording: refusals first.
seen_of() { sed -n 's/.*name="agreements_seen" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1; }
form_tokens "/izp/$plan/evaluaties/nieuw" casemanager
seen=$(seen_of)
check "form carries the agreements it shows" [ "$seen" = "$a1.$a2" ]
check "form asks an outcome per agreement" body_has "name=\"outcome_$a1\""
check "form names the agreement" body_has "Logeren bij oma op zaterdag"
check "form offers the three outcomes" body_has 'value="aanpassen"'
req GET "/izp/$plan/evaluaties/nieuw" huisarts
check "GP may not record evaluations" status_is 403
req GET "/izp/$concept_plan/evaluaties/nieuw" kinderarts
check "concept plan: 409" status_is 409
check "concept plan: Dutch" body_has "Maak het eerst actueel"
req GET "/izp/$closed_plan/evaluaties/nieuw" kinderarts
check "closed plan: 409" status_is 409
good="agreements_seen=$seen&held_on=$today&participants=Moeder%2C+Sem%2C+casemanager&child_participated=deels&child_absent_reason=Sem+sliep+na+het+eerste+kwartier&summary=Het+gaat+redelijk&next_on=$later"
record() { post "/izp/$plan/evaluaties/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot); audits=$(audit_count)
record "agreements_seen=$seen&held_on=$today&next_on=$later&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "no participants: 400" status_is 400
record "$good&outcome_$a1=voortzetten"
check "an agreement without outcome: 400" status_is 400
check "missing outcome: Dutch" body_has "Maak een keuze."
check "typed participants kept" body_has 'value="Moeder, Sem, casemanager"'
check "typed outcome kept" body_has "name=\"outcome_$a1\" value=\"voortzetten\" checked"
record "${good/child_absent_reason=Sem+sliep+na+het+eerste+kwartier/child_absent_reason=}&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "took part in part, without saying which: 400" status_is 400
check "part without which: Dutch" body_has "Zeg bij welk deel van het gesprek het kind meedeed."
check "the choice 'deels' kept" body_has 'name="child_participated" value="deels" checked'
record "${good/child_participated=deels/child_participated=misschien}&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "participation not one of the three: 400" status_is 400
record "$good&outcome_$a1=voortzetten&outcome_$a2=weggooien"
check "unknown outcome: 400" status_is 400
record "agreements_seen=$seen&held_on=$today&participants=x&child_participated=ja&next_on=$yesterday&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "next evaluation before this one: 400" status_is 400
check "next before this one: Dutch" body_has "De volgende evaluatie moet na deze evaluatie liggen."
record "agreements_seen=$seen&held_on=2099-01-01&participants=x&child_participated=ja&next_on=2099-02-01&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "held in the future: 400" status_is 400
record "agreements_seen=$seen&held_on=2001-01-01&participants=x&child_participated=ja&next_on=$later&outcome_$a1=voortzetten&outcome_$a2=voortzetten"
check "held before the plan existed: 400" status_is 400
check "before the plan: Dutch" body_has "Toen bestond dit IZP nog niet."
record "agreements_seen=$seen&held_on=$yesterday&participants=x&child_participated=ja&next_on=$later&outcome_$a1=voortzetten&outcome_$a2=afsluiten&summary=$(head -c 4001 /dev/zero | tr '\0' a)"
check "summary over 4000 characters: 400" status_is 400
check "refused evaluations changed nothing" [ "$before" = "$(snapshot)" ]
check "each refusal audited" [ "$(audit_count)" -gt "$audits" ]

# Someone adds an agreement while the form is open: nothing saved, form again.
form_tokens "/izp/$plan/evaluaties/nieuw" casemanager
csrf_eval=$csrf; rid_eval=$rid; seen=$(seen_of)
a3=$(new_agreement Schoolbezoek+een+ochtend+per+week)
before=$(snapshot)
post "/izp/$plan/evaluaties/nieuw" casemanager "csrf_token=$csrf_eval&request_id=$rid_eval&$good&outcome_$a1=voortzetten&outcome_$a2=afsluiten"
check "agreements changed meanwhile: 409" status_is 409
check "409 explains and keeps the form" body_has "Er is intussen een afspraak bijgekomen"
check "409 asks for the new agreement too" body_has "name=\"outcome_$a3\""
check "409 keeps what was typed" body_has 'value="Moeder, Sem, casemanager"'
check "409 keeps the outcomes chosen" body_has "name=\"outcome_$a2\" value=\"afsluiten\" checked"
check "the 409 changed nothing" [ "$before" = "$(snapshot)" ]

# Recorded: one transaction with its outcomes.
check "409 form carries the new set of agreements" [ "$(seen_of)" = "$a1.$a2.$a3" ]
good="agreements_seen=$a1.$a2.$a3&${good#*&}"
post "/izp/$plan/evaluaties/nieuw" casemanager "csrf_token=$csrf_eval&request_id=$rid_eval&$good&outcome_$a1=voortzetten&outcome_$a2=afsluiten&outcome_$a3=aanpassen"
check "evaluation recorded: 303" status_is 303
check "back to the evaluations on the plan" location_is ".*/izp/$plan#evaluaties"
evaluation=$(sqlq "SELECT MAX(id) FROM evaluations WHERE plan_id = $plan")
check "evaluation stored" [ "$(sqlq "SELECT CONCAT(held_on,'|',participants,'|',summary,'|',next_on,'|',created_by) FROM evaluations WHERE id = $evaluation")" = "$today|Moeder, Sem, casemanager|Het gaat redelijk|$later|3" ]
check "one outcome per agreement" [ "$(sqlq "SELECT GROUP_CONCAT(CONCAT(agreement_id,'=',outcome) ORDER BY agreement_id) FROM evaluation_outcomes WHERE evaluation_id = $evaluation")" = "$a1=voortzetten,$a2=afsluiten,$a3=aanpassen" ]
check "'afsluiten' closed the agreement that day" [ "$(sqlq "SELECT CONCAT(status,'|',closed_on,'|',close_reason) FROM agreements WHERE id = $a2")" = "afgesloten|$today|Besloten bij de evaluatie van $(dutch $today)." ]
check "'voortzetten' moved its evaluation" [ "$(sqlq "SELECT CONCAT(status,'|',evaluate_on) FROM agreements WHERE id = $a1")" = "actief|$later" ]
check "'aanpassen' keeps it current until amended" [ "$(sqlq "SELECT status FROM agreements WHERE id = $a3")" = actief ]
check "plan's next evaluation moved" [ "$(sqlq "SELECT evaluate_on FROM care_plans WHERE id = $plan")" = "$later" ]
check "evaluation audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "create/success/evaluation/$evaluation/$sem" ]
post "/izp/$plan/evaluaties/nieuw" casemanager "csrf_token=$csrf_eval&request_id=$rid_eval&$good&outcome_$a1=voortzetten&outcome_$a3=aanpassen"
check "resent form: same answer" status_is 303
check "resent form: stored once" [ "$(sqlq "SELECT COUNT(*) FROM evaluations WHERE request_id = '$rid_eval'")" = 1 ]
req GET "/izp/$plan" casemanager
check "overview lists the evaluation" body_has "Evaluatie van $(dutch $today)"
check "overview shows its participants" body_has "met Moeder, Sem, casemanager"
check "overview says the child took part in part, and which" body_has "het kind deed deels mee (Sem sliep na het eerste kwartier)"
check "stored: partly, with the reason" [ "$(sqlq "SELECT CONCAT(child_participated,'|',child_absent_reason) FROM evaluations WHERE id = $evaluation")" = "deels|Sem sliep na het eerste kwartier" ]
check "overview flags the agreement to amend" body_has "is besloten deze afspraak aan te passen"
check "closed agreements still present, collapsed" body_has "Afgesloten afspraken (2)"
req GET "/izp/$plan.xml" casemanager
check "overview XML valid with evaluations" valid_xml
check "XML has the outcomes" body_has "<outcome evaluation-id=\"$evaluation\" agreement-id=\"$a2\" outcome=\"afsluiten\""

# An evaluation held before the newest one is refused: it would set the
# next evaluation of the plan and of every agreement back to its own.
form_tokens "/izp/$plan/evaluaties/nieuw" casemanager
seen=$(seen_of)
outcomes=""
for a in ${seen//./ }; do outcomes="$outcomes&outcome_$a=voortzetten"; done
earlier=$(date -d '-1 day' +%Y-%m-%d)
before=$(snapshot)
post "/izp/$plan/evaluaties/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&agreements_seen=$seen&held_on=$earlier&participants=Vader&child_participated=ja&summary=Vergeten+in+te+voeren&next_on=$(date -d '+7 days' +%Y-%m-%d)$outcomes"
check "an evaluation before the newest: 400" status_is 400
check "it says which evaluation is newer" body_has "Er is al een latere evaluatie vastgelegd ($(dutch $today))"
check "the date is the only error" [ "$(grep -o 'class="field has-error"' "$out/body" | wc -l)" = 1 ]
check "what was typed is kept" body_has "Vergeten in te voeren</textarea>"
check "nothing changed: no evaluation, no date moved" [ "$before" = "$(snapshot)" ]
check "the plan's next evaluation stays" [ "$(sqlq "SELECT evaluate_on FROM care_plans WHERE id = $plan")" = "$later" ]
