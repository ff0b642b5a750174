# Who carries out an agreement: a caregiver who may see the child, or any
# member of the plan's treatment team who need not be a user (a school
# counsellor, a volunteer, home care), the parents or the child.  The
# drop-downs offer only those, the printout and the messages name the
# right person, and every other choice is refused with nothing stored.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
today=$(date +%Y-%m-%d)
form_tokens "/izp/$plan/team/nieuw" casemanager
post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=zorgverlener&name=Schoolbegeleider+Fictief&organisation=Basisschool+De+Proef&tasks=Belt+de+ouders+wekelijks"
check "a school counsellor joins the treatment team" status_is 303
counsellor=$(sqlq "SELECT MAX(id) FROM care_team WHERE plan_id = $plan AND name = 'Schoolbegeleider Fictief'")
goal=$(sqlq "SELECT MIN(id) FROM goals WHERE plan_id = $plan AND status = 'actief'")
if [ -z "$goal" ] || [ "$goal" = NULL ]; then
  form_tokens "/izp/$plan/doelen/nieuw" casemanager
  post "/izp/$plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&description=Sem+voelt+zich+gesteund&dimension=sociaal&serves=Steun&responsible_id=3"
  goal=$(sqlq "SELECT MIN(id) FROM goals WHERE plan_id = $plan AND status = 'actief'")
fi

form_tokens "/izp/$plan/afspraken/nieuw" casemanager
check "the form offers the team member" body_has "<option value=\"$counsellor\">Schoolbegeleider Fictief, Basisschool De Proef</option>"
check "the form offers the choice 'someone from the team'" body_has "Iemand anders uit het behandelteam"
check "the caregivers offered are those who may see Sem: not the nurse of another team" body_lacks ">Ruben Elders</option>"
check "the caregivers offered include Sem's KCT nurse" body_has ">Sanne Voorbeeld</option>"
ag() { echo "csrf_token=$csrf&request_id=$rid&activity=De+schoolbegeleider+belt+de+ouders+wekelijks&goal_id=$goal&party_parents=ja&party_caregivers=ja&start_date=$today&$1"; }
before=$(snapshot)
post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=teamlid)"
check "a team member without saying who: 400" status_is 400
check "without who: Dutch" body_has "Kies wie uit het behandelteam het uitvoert."
post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=teamlid\&performer_team_id=999999)"
check "someone not in this plan's team: 400" status_is 400
check "not in the team: Dutch" body_has "Kies iemand uit het behandelteam van dit IZP."
check "not in the team: what was typed is kept" body_has "De schoolbegeleider belt de ouders wekelijks"
other_team=$(sqlq "SELECT MIN(id) FROM care_team WHERE plan_id <> $plan")
if [ -n "$other_team" ] && [ "$other_team" != NULL ]; then
  post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=teamlid\&performer_team_id=$other_team)"
  check "a member of another child's team: 400" status_is 400
fi
post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=zorgverlener\&performer_id=6)"
check "a caregiver who may not see Sem: 400" status_is 400
check "not allowed to see: Dutch" body_has "die dit kind mag zien"
post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=ouders\&evaluate_on=2020-01-01)"
check "evaluated before it starts: 400" status_is 400
check "evaluated before it starts: Dutch" body_has "De evaluatie ligt vóór de ingangsdatum."
check "refused agreements stored nothing" [ "$before" = "$(snapshot)" ]

post "/izp/$plan/afspraken/nieuw" casemanager "$(ag performer=teamlid\&performer_team_id=$counsellor)"
check "carried out by the school counsellor: 303" status_is 303
agreement=$(sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $plan")
check "stored with the team member, no user" [ "$(sqlq "SELECT CONCAT(performer, '|', IFNULL(performer_id, '-'), '|', performer_team_id) FROM agreements WHERE id = $agreement")" = "teamlid|-|$counsellor" ]
req GET "/izp/$plan" casemanager
check "the plan names the school counsellor" body_has "Uitvoering: Schoolbegeleider Fictief"
req GET "/izp/$plan/afdruk" casemanager
check "the parents' printout names the right person" body_has "Wie doet het: Schoolbegeleider Fictief."
req GET "/izp/$plan.xml" casemanager
check "plan XML valid" valid_xml
req GET "/kinderen/$sem/berichten/nhg" casemanager
check "NHG message: the team member as uitvoerder" body_has '<uitvoerder soort="teamlid">Schoolbegeleider Fictief</uitvoerder>'
check "NHG message valid" xmllint --noout --schema "$IZP_REPO/xslt/nhg/izp-nhg.xsd" "$out/body"
req GET "/izp/$plan/geschiedenis" casemanager
check "the history names the performer" body_has "Schoolbegeleider Fictief"

# Amending keeps the team member as the form's starting point.
form_tokens "/afspraken/$agreement/aanpassen" casemanager
check "the amend form starts from the team member" body_has "<option value=\"$counsellor\" selected"

# The same for who is responsible for a goal.
form_tokens "/izp/$plan/doelen/nieuw" casemanager
check "the goal form offers Sem's caregivers" body_has ">Sanne Voorbeeld</option>"
check "the goal form does not offer a nurse of another team" body_lacks ">Ruben Elders</option>"
before=$(snapshot)
post "/izp/$plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&description=Sem+gaat+naar+school&dimension=sociaal&serves=School&responsible_id=6"
check "a goal in the hands of someone who may not see Sem: 400" status_is 400
check "refused goal: Dutch" body_has "alleen wie dit kind mag zien"
check "refused goal: nothing stored" [ "$before" = "$(snapshot)" ]

# The school counsellor cannot leave the team while carrying out an agreement.
form_tokens "/team/$counsellor/beeindigen" casemanager
before=$(snapshot)
post "/team/$counsellor/beeindigen" casemanager "csrf_token=$csrf&request_id=$rid&version=1&ended_on=$today&end_reason=Andere+school"
check "ending a team member who carries out an agreement: 400" status_is 400
check "says why and what to do" body_has "Deze persoon voert nog een lopende afspraak uit."
check "links to the agreements" body_has "href=\"/izp/$plan#afspraken\""
check "nothing ended" [ "$before" = "$(snapshot)" ]
