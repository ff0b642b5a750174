# The treatment team, values/wishes/needs per dimension, current and
# expected problems, ACP conversations, other topics (worldview, social
# matters, aftercare) and deviations from the guideline: refusals change
# nothing; what is stored shows on the overview, in the history, and the
# team's 24/7 contacts on the spoedoverzicht.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
today=$(date +%Y-%m-%d)
add() {  # add PATH USER BODY
  form_tokens "/izp/$plan/$1" "$2"
  post "/izp/$plan/$1" "$2" "csrf_token=$csrf&request_id=$rid&$3"
}

before=$(snapshot)
add team/nieuw casemanager "role=kct&name=Team+Demo&tasks=x&reachable_24_7=ja"
check "24/7 without a phone: 400" status_is 400
check "24/7: Dutch" body_has "heeft een telefoonnummer nodig"
add team/nieuw casemanager "role=tovenaar&name=X&tasks=x"
check "unknown role: 400" status_is 400
add team/nieuw casemanager "role=kct&name=X"
check "no tasks: 400" status_is 400
req GET "/izp/$plan/team/nieuw" verpleegkundige
check "the nurse may not change the team: 403" status_is 403
add wensen/nieuw casemanager "dimension=lichamelijk&kind=wens"
check "wish without text: 400" status_is 400
add wensen/nieuw casemanager "dimension=fysiek&kind=wens&description=x"
check "unknown dimension: 400" status_is 400
add problemen/nieuw casemanager "dimension=lichamelijk&kind=actueel&description=Pijn&action=Pijnpomp"
check "problem without action holder: 400" status_is 400
add problemen/nieuw casemanager "dimension=lichamelijk&kind=later&description=Pijn&action=x&action_holder=y"
check "unknown problem kind: 400" status_is 400
add problemen/nieuw casemanager "dimension=lichamelijk&kind=actueel&description=Pijn&action=x&action_holder=y&evaluate_on=2001-01-01"
check "problem evaluation in the past: 400" status_is 400
add acp/nieuw casemanager "held_on=$today&present=Moeder"
check "ACP without summary: 400" status_is 400
add acp/nieuw casemanager "held_on=2099-01-01&present=Moeder&summary=x"
check "ACP in the future: 400" status_is 400
add acp/nieuw casemanager "held_on=$today&present=Moeder&summary=x"
check "ACP without saying whether the child took part: 400" status_is 400
add acp/nieuw casemanager "held_on=2001-01-01&child_participated=ja&present=Moeder&summary=x"
check "ACP before the child was born: 400" status_is 400
check "ACP before birth: Dutch" body_has "Die datum ligt vóór de geboorte van het kind."
add acp/nieuw casemanager "held_on=$today&child_participated=nee&present=Moeder&summary=x"
check "ACP without the child, no reason: 400" status_is 400
check "ACP without the child: Dutch" body_has "Leg uit waarom het kind niet heeft meegedaan."
add afwijkingen/nieuw kinderarts2 "what=Geen+sonde&decided_by=dr.+Test&decided_on=$today"
check "deviation without why: 400" status_is 400
add afwijkingen/nieuw verpleegkundige "what=x&why=y&decided_by=z&decided_on=$today"
check "the nurse may not record deviations: 403" status_is 403
add onderwerpen/nieuw casemanager "topic=hobby&note=x"
check "unknown topic: 400" status_is 400
check "refusals changed nothing" [ "$before" = "$(snapshot)" ]

add team/nieuw casemanager "role=kct&name=KCT+Demostad+dienstdoende&organisation=KCT+Demostad&phone=088-0000000&reachable_24_7=ja&tasks=Dag+en+nacht+advies+aan+ouders+en+huisarts"
check "team member added: 303" status_is 303
member=$(sqlq "SELECT MAX(id) FROM care_team WHERE plan_id = $plan")
check "team member audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "create/success/care_team_member/$member/$sem" ]
add wensen/nieuw verpleegkundige "dimension=sociaal&kind=wens&description=Sem+wil+zijn+vrienden+blijven+zien"
check "wish added: 303" status_is 303
add problemen/nieuw verpleegkundige "dimension=psychisch&kind=verwacht&description=Angst+voor+benauwdheid+%27s+nachts&action=Uitleg+en+nachtlampje%3B+zo+nodig+lorazepam&action_holder=Casemanager&evaluate_on=$(date -d '+10 days' +%Y-%m-%d)"
check "problem added: 303" status_is 303
req GET "/werklijsten.xml?lijst=evaluaties" casemanager
check "the problem's evaluation is on the worklist" body_has 'what="problem" activity="Angst voor benauwdheid'

add acp/nieuw casemanager "held_on=$today&child_participated=deels&child_absent_reason=Alleen+het+eerste+deel%2C+over+school&present=Moeder%2C+vader%2C+kinderarts&summary=Sem+wil+thuis+blijven+en+niet+meer+naar+de+IC&outcome=Behandelgrens+IC+bevestigd"
check "ACP conversation added: 303" status_is 303
add afwijkingen/nieuw kinderarts2 "what=Geen+sondevoeding+ondanks+gewichtsverlies&why=Sem+wil+geen+sonde%3B+comfort+gaat+voor&decided_by=dr.+Fatima+Test&decided_on=$today"
check "deviation added: 303" status_is 303
add onderwerpen/nieuw casemanager "topic=broers_zussen&note=Broertje+(8)+krijgt+begeleiding+van+de+brussenwerkgroep"
check "topic added: 303" status_is 303
add onderwerpen/nieuw casemanager "topic=broers_zussen&note=Broertje+gaat+nu+naar+een+psycholoog"
check "newer note on the topic: 303" status_is 303

req GET "/izp/$plan" casemanager
check "overview: team member with 24/7 flag" body_has "dag en nacht bereikbaar"
check "overview: wish" body_has "Sem wil zijn vrienden blijven zien"
check "overview: expected problem" body_has "Angst voor benauwdheid"
check "overview: ACP conversation" body_has "Sem wil thuis blijven en niet meer naar de IC"
check "overview: the child took part in part, and which" body_has "het kind deed deels mee (Alleen het eerste deel, over school)"
check "overview: deviation" body_has "Geen sondevoeding ondanks gewichtsverlies"
check "overview: the newest note per topic" body_has "Broertje gaat nu naar een psycholoog"
check "overview: the older note replaced" body_lacks "brussenwerkgroep"
req GET "/izp/$plan.xml" casemanager
check "overview XML valid" valid_xml
req GET "/izp/$plan/afdruk" casemanager
check "printout: who helps, in plain words" body_has "ook 's nachts en in het weekend"
check "printout: what matters to them" body_has "Sem wil zijn vrienden blijven zien"
check "printout: what we watch for" body_has "Wat we doen: Uitleg en nachtlampje"
req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht lists the 24/7 team contact" body_has "088-0000000"

problem=$(sqlq "SELECT MAX(id) FROM problems WHERE plan_id = $plan")
form_tokens "/problemen/$problem/beeindigen" verpleegkundige
post "/problemen/$problem/beeindigen" verpleegkundige "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today"
check "ending a problem without a reason: 400" status_is 400
post "/problemen/$problem/beeindigen" verpleegkundige "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Sem+slaapt+weer+goed"
check "problem ended: 303" status_is 303
form_tokens "/team/$member/beeindigen" casemanager
post "/team/$member/beeindigen" casemanager "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Dienst+overgedragen"
check "team member ended: 303" status_is 303
req GET "/kinderen/$sem/spoed" huisarts
check "ended team member gone from the spoedoverzicht" body_lacks "088-0000000"
req GET "/izp/$plan/geschiedenis" casemanager
check "history: the ended problem and why" body_has "Sem slaapt weer goed"
check "history: the team change" body_has "Dienst overgedragen"
check "history: the older topic note kept" body_has "brussenwerkgroep"
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "history XML valid" valid_xml

# Hostile text in a step plan, a team member and a limit's comment: inert on
# the spoedoverzicht, the overview and the printout.
add stappenplannen/nieuw casemanager "situation=anders&situation_other=$evil&starts_when=$evil&step_1=$evil&actor_1=$evil"
check "hostile step plan accepted as text" status_is 303
add team/nieuw casemanager "role=anders&name=$evil&tasks=$evil&phone=0612345678&reachable_24_7=ja"
check "hostile team member accepted as text" status_is 303
inert "/kinderen/$sem/spoed" huisarts
inert "/izp/$plan" casemanager
inert "/izp/$plan/afdruk" casemanager
req GET "/kinderen/$sem/spoed" huisarts -H 'Accept: application/xml'
check "hostile spoedoverzicht XML valid" valid_xml
